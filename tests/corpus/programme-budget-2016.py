# -*- coding: utf-8 -*-
"""Lays out an invented IOM Council paper, C/107/9, Programme and Budget for 2017 (A4)."""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = "programme-budget-2016.pdf"
SYMBOL = "C/107/9"
PW, PH = A4
LM = 70.9
RM = PW - 70.9
W = RM - LM
TOP = 762.0          # first baseline under the running header
BOTTOM = 64.0        # lowest baseline of page text (footnotes included)

BODY = ("Times-Roman", 11.0)
LEAD = 13.6
FN_SIZE = 9.0
FN_LEAD = 10.8
TB_SIZE = 9.0
TB_LEAD = 12.2
NUM_TAB = 36.0
ITEM_LABEL = 36.0
ITEM_TEXT = 72.0

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "The Agreement is reproduced in document C/Sp/4/3. The Council approved it at its Fourth "
         "Special Session, held in Geneva on 30 June 2016, and it was signed by the Secretary-General "
         "of the United Nations and the Director General of IOM on 19 September 2016.",
    "2": "The scale of assessment for 2017 is submitted separately in document C/107/10.",
    "3": "In each of the past five years the Operational Part of the Budget has grown by between 40 and 60 "
         "per cent between the initial estimate and the final outturn; see the Financial Report for the "
         "Year Ended 31 December 2015 (C/107/3).",
    "4": "Process and Resource Integrated Systems Management, the enterprise resource planning system "
         "introduced at Headquarters and in the Administrative Centres from 2008 onwards.",
    "5": "This treatment follows the practice agreed by the Council in Resolution No. 1214 of "
         "29 November 2011.",
}

# ---------------------------------------------------------------- text model
# Markup in running text: ^N  footnote marker glued to the preceding word;
# ~ a place where a long word may be hyphenated at a line end; _x_ italic word(s).


def pieces_of(word, italic_state):
    """Split a word into (text, font, size, rise) pieces; returns pieces and new italic state."""
    out = []
    m = re.match(r"^(.*?)\^(\d+)([,.;:]?)$", word)
    marker = None
    trail = ""
    if m:
        word, marker, trail = m.group(1), m.group(2), m.group(3)
    starts = word.startswith("_")
    if starts:
        word = word[1:]
        italic_state = True
    ends = word.endswith("_") or re.search(r"_[,.;:)]$", word) is not None
    tail = ""
    if ends:
        if word.endswith("_"):
            word = word[:-1]
        else:
            tail = word[-1]
            word = word[:-2]
    font = "Times-Italic" if italic_state else "Times-Roman"
    out.append([word, font, BODY[1], 0])
    if tail:
        out.append([tail, "Times-Roman", BODY[1], 0])
    if ends:
        italic_state = False
    if marker:
        out.append([marker, "Times-Roman", 7.0, 4.2])
        if trail:
            out.append([trail, "Times-Roman", BODY[1], 0])
    return out, italic_state, marker


def width_of(pcs):
    return sum(stringWidth(p[0].replace("~", ""), p[1], p[2]) for p in pcs)


def tokens(text, size=None, font=None):
    toks = []
    it = False
    for w in text.split():
        pcs, it, marker = pieces_of(w, it)
        if size is not None:
            for p in pcs:
                if p[3] == 0:
                    p[2] = size
                    if font and p[1] == "Times-Roman":
                        p[1] = font
        toks.append({"pcs": pcs, "marker": marker})
    return toks


def split_soft(tok, avail, size):
    """Try to hyphenate tok at a ~ so that the first part plus '-' fits in avail."""
    text = "".join(p[0] for p in tok["pcs"])
    if "~" not in text or len(tok["pcs"]) != 1:
        return None
    font = tok["pcs"][0][1]
    parts = text.split("~")
    for k in range(len(parts) - 1, 0, -1):
        head = "".join(parts[:k]) + "-"
        if stringWidth(head, font, size) <= avail:
            rest = "~".join(parts[k:])
            return ({"pcs": [[head, font, size, 0]], "marker": None},
                    {"pcs": [[rest, font, size, 0]], "marker": None})
    return None


def wrap(toks, widths, size):
    """Greedy wrap; widths is a function line_index -> available width."""
    lines = []
    cur = []
    curw = 0.0
    sp = stringWidth(" ", "Times-Roman", size)
    toks = list(toks)
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = width_of(t["pcs"])
        avail = widths(len(lines))
        need = tw if not cur else curw + sp + tw
        if need <= avail:
            cur.append(t)
            curw = need
            i += 1
            continue
        room = avail - (curw + sp if cur else 0)
        sp_res = split_soft(t, room, size)
        if sp_res:
            cur.append(sp_res[0])
            lines.append(cur)
            cur, curw = [], 0.0
            toks[i] = sp_res[1]
            continue
        lines.append(cur)
        cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- page machinery
class Doc:
    def __init__(self):
        self.pages = []          # each page: dict(ops=[], label=..., fns=[])
        self.heading_pages = {}
        self.new_page()

    def new_page(self, label=None):
        self.page = {"ops": [], "fns": [], "label": label}
        self.pages.append(self.page)
        self.y = TOP

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 14.0
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LEAD + 1.5
        return h

    def fn_lines(self, key):
        toks = tokens(FOOTNOTES[key], size=FN_SIZE)
        return wrap(toks, lambda i: W - 9.0, FN_SIZE)

    def floor(self, extra_keys=()):
        keys = self.page["fns"] + [k for k in extra_keys if k not in self.page["fns"]]
        return BOTTOM + self.fn_height(keys)

    def fits(self, h, extra_keys=()):
        return self.y - h >= self.floor(extra_keys)

    def space(self, h):
        self.y -= h

    def draw_line(self, toks, x, avail, size, justify, lead):
        markers = [t["marker"] for t in toks if t["marker"]]
        if self.y < self.floor(markers):
            self.break_page()
        y = self.y
        for m in markers:
            if m not in self.page["fns"]:
                self.page["fns"].append(m)
        ws = [width_of(t["pcs"]) for t in toks]
        sp = stringWidth(" ", "Times-Roman", size)
        gap = sp
        if justify and len(toks) > 1:
            gap = (avail - sum(ws)) / (len(toks) - 1)
        cx = x
        for t, w in zip(toks, ws):
            px = cx
            for p in t["pcs"]:
                txt = p[0].replace("~", "")
                self.page["ops"].append(("text", px, y + p[3], txt, p[1], p[2]))
                px += stringWidth(txt, p[1], p[2])
            cx += w + gap
        self.y -= lead

    def break_page(self):
        self.new_page()

    # -- blocks
    def para(self, num, text, after=12.0, first_indent=NUM_TAB, keep=1):
        toks = tokens(text)
        if num is None:
            widths = lambda i: W
        else:
            widths = lambda i: W - first_indent if i == 0 else W
        lines = wrap(toks, widths, BODY[1])
        need = min(len(lines), 2) * LEAD
        if not self.fits(need):
            self.break_page()
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            if i == 0 and num is not None:
                if self.y < self.floor([t["marker"] for t in ln if t["marker"]]):
                    self.break_page()
                self.page["ops"].append(("text", LM, self.y, num + ".", "Times-Roman", BODY[1]))
                self.draw_line(ln, LM + first_indent, W - first_indent, BODY[1], not last, LEAD)
            else:
                self.draw_line(ln, LM, W, BODY[1], not last, LEAD)
        self.space(after)

    def item(self, label, text, after=4.0, bullet=False):
        toks = tokens(text)
        avail = W - ITEM_TEXT
        lines = wrap(toks, lambda i: avail, BODY[1])
        if not self.fits(min(len(lines), 2) * LEAD):
            self.break_page()
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            if i == 0:
                if self.y < self.floor([t["marker"] for t in ln if t["marker"]]):
                    self.break_page()
                if bullet:
                    self.page["ops"].append(("text", LM + ITEM_LABEL + 8, self.y, label, "Times-Roman", BODY[1]))
                else:
                    self.page["ops"].append(("text", LM + ITEM_LABEL, self.y, label, "Times-Roman", BODY[1]))
            self.draw_line(ln, LM + ITEM_TEXT, avail, BODY[1], not last, LEAD)
        self.space(after)

    def heading(self, text, key, center=False, label=None, before=8.0, after=8.0, size=11.0):
        # keep the heading with two lines of what follows
        if not self.fits(before + LEAD + 3 * LEAD):
            self.break_page()
        elif self.y != TOP:
            self.space(before)
        font = "Times-Bold"
        if center:
            w = stringWidth(text, font, size)
            self.page["ops"].append(("text", (PW - w) / 2, self.y, text, font, size))
        elif label:
            self.page["ops"].append(("text", LM, self.y, label, font, size))
            self.page["ops"].append(("text", LM + NUM_TAB, self.y, text, font, size))
        else:
            self.page["ops"].append(("text", LM, self.y, text, font, size))
        self.heading_pages[key] = len(self.pages)
        self.y -= LEAD + after

    def table(self, spec):
        """spec: caption, cols [(x_right, [header lines])], label_head, rows, notes."""
        cap = spec["caption"]
        rows = spec["rows"]
        notes = spec.get("notes", [])
        hdr_lines = max(len(c[1]) for c in spec["cols"])
        head_h = 12 + hdr_lines * TB_LEAD + 5
        note_h = sum(len(wrap(tokens(n, size=FN_SIZE), lambda i: W, FN_SIZE)) for n in notes) * FN_LEAD + 6

        def draw_head(cont):
            c = cap + (" (cont'd)" if cont else "")
            self.page["ops"].append(("text", LM, self.y, c, "Times-Bold", 10.0))
            self.y -= 15
            self.page["ops"].append(("rule", LM, self.y + 9, RM))
            yh = self.y
            self.page["ops"].append(("text", LM + 2, yh - (hdr_lines - 1) * TB_LEAD, spec["label_head"],
                                     "Times-Bold", TB_SIZE))
            for xr, lines in spec["cols"]:
                off = hdr_lines - len(lines)
                for j, s in enumerate(lines):
                    self.page["ops"].append(("rtext", xr, yh - (off + j) * TB_LEAD, s, "Times-Bold", TB_SIZE))
            self.y = yh - hdr_lines * TB_LEAD
            self.page["ops"].append(("rule", LM, self.y + 8, RM))
            self.y -= 5

        if not self.fits(6 + head_h + 3 * TB_LEAD):
            self.break_page()
        elif self.y != TOP:
            self.y -= 6
        draw_head(False)
        for k, row in enumerate(rows):
            label, vals, style = row[0], row[1], row[2] if len(row) > 2 else ""
            last = k == len(rows) - 1
            need = TB_LEAD + (note_h + 8 if last else 0) + (4 if "total" in style else 0)
            if not self.fits(need):
                self.break_page()
                draw_head(True)
            if "total" in style:
                self.page["ops"].append(("rule", LM, self.y + 9, RM))
                self.y -= 3
            font = "Times-Bold" if ("total" in style or "sub" in style) else "Times-Roman"
            self.page["ops"].append(("text", LM + 2, self.y, label, font, TB_SIZE))
            for (xr, _), v in zip(spec["cols"], vals):
                self.page["ops"].append(("rtext", xr, self.y, v, font, TB_SIZE))
            self.y -= TB_LEAD
        self.page["ops"].append(("rule", LM, self.y + 8, RM))
        self.y -= 6
        for n in notes:
            for ln in wrap(tokens(n, size=FN_SIZE), lambda i: W, FN_SIZE):
                self.draw_line(ln, LM, W, FN_SIZE, False, FN_LEAD)
        self.y -= 8


# ---------------------------------------------------------------- figures
def fmt(n):
    if n == 0:
        return "\u2013"
    s = "{:,}".format(abs(n))
    return "(" + s + ")" if n < 0 else s


OBJ = [  # object of expenditure: 2016 approved, 2017 proposed
    ("Staff salaries and benefits", 36104000, 38407000),
    ("Travel and representation", 1108000, 1152000),
    ("Office premises and maintenance", 2842000, 2870000),
    ("Communications", 845000, 812000),
    ("Information technology", 2051000, 2236000),
    ("Supplies, furniture and equipment", 512000, 498000),
    ("Contractual services", 1214000, 1315000),
    ("Governing body meetings", 541000, 568000),
    ("Miscellaneous", 405000, 392000),
]
T16 = sum(r[1] for r in OBJ)
T17 = sum(r[2] for r in OBJ)
assert T16 == 45622000 and T17 == 48250000, (T16, T17)

UNITS = [  # posts, staff costs, non-staff costs (2017)
    ("Office of the Director General", 16, 3214000, 412000),
    ("Office of the Inspector General", 12, 1902000, 236000),
    ("Office of Legal Affairs", 9, 1466000, 98000),
    ("Department of Operations and Emergencies", 14, 2288000, 184000),
    ("Department of Migration Management", 15, 2431000, 171000),
    ("Department of International Cooperation and Partnerships", 21, 3318000, 402000),
    ("Department of Financial and Administrative Management", 24, 3602000, 611000),
    "SUB:Subtotal, Headquarters",
    ("Regional Office, Bangkok", 8, 1162000, 298000),
    ("Regional Office, Brussels", 9, 1521000, 356000),
    ("Regional Office, Buenos Aires", 7, 903000, 241000),
    ("Regional Office, Cairo", 7, 884000, 233000),
    ("Regional Office, Dakar", 8, 1017000, 262000),
    ("Regional Office, Nairobi", 8, 1046000, 275000),
    ("Regional Office, Pretoria", 7, 912000, 229000),
    ("Regional Office, San Jos\u00e9", 7, 931000, 238000),
    ("Regional Office, Vienna", 8, 1204000, 301000),
    "SUB:Subtotal, Regional Offices",
    ("Manila Administrative Centre", 48, 4126000, 1102000),
    ("Panama Administrative Centre", 14, 1388000, 396000),
    ("Office to the United Nations, New York", 6, 1342000, 388000),
    ("Special Liaison Office, Addis Ababa", 4, 688000, 164000),
    ("Governing bodies and organization-wide costs", 0, 3062000, 3246000),
]


def unit_rows():
    rows = []
    acc = [0, 0, 0]
    tot = [0, 0, 0]
    for u in UNITS:
        if isinstance(u, str):
            rows.append((u[4:], [str(acc[0]), fmt(acc[1]), fmt(acc[2]), fmt(acc[1] + acc[2])], "sub"))
            acc = [0, 0, 0]
            continue
        name, p, s, n = u
        rows.append((name, [fmt(p), fmt(s), fmt(n), fmt(s + n)]))
        acc = [acc[0] + p, acc[1] + s, acc[2] + n]
        tot = [tot[0] + p, tot[1] + s, tot[2] + n]
    assert tot[0] == 252 and tot[1] == 38407000 and tot[1] + tot[2] == 48250000, tot
    rows.append(("Total", [str(tot[0]), fmt(tot[1]), fmt(tot[2]), fmt(tot[1] + tot[2])], "total"))
    return rows


SERV = [  # service classification: staff and office costs, programme costs (USD)
    ("Movement, emergency and post-crisis migration management", 148600000, 663800000),
    ("Migration health", 31200000, 67500000),
    ("Migration and development", 24900000, 46400000),
    ("Regulating migration", 52300000, 131600000),
    ("Facilitating migration", 18700000, 33900000),
    ("Migration policy, research and communications", 3900000, 2900000),
    ("Reparation programmes", 1300000, 800000),
    ("General programme support", 21400000, 35400000),
]
assert sum(a + b for _, a, b in SERV) == 1284600000

GRADES = [  # 2016, 2017
    ("Director General", 1, 1),
    ("Deputy Director General", 1, 1),
    ("D-2", 6, 6),
    ("D-1", 16, 17),
    ("P-5", 29, 31),
    ("P-4", 35, 38),
    ("P-3", 27, 29),
    ("P-2", 15, 16),
    "SUB:Subtotal, officials",
    ("General Service", 111, 113),
]


def grade_rows():
    rows = []
    acc = [0, 0]
    tot = [0, 0]
    for g in GRADES:
        if isinstance(g, str):
            assert acc == [130, 139], acc
            rows.append((g[4:], [str(acc[0]), str(acc[1]), fmt(acc[1] - acc[0])], "sub"))
            continue
        name, a, b = g
        rows.append((name, [str(a), str(b), fmt(b - a)]))
        acc = [acc[0] + a, acc[1] + b]
        tot = [tot[0] + a, tot[1] + b]
    assert tot == [241, 252], tot
    rows.append(("Total", [str(tot[0]), str(tot[1]), fmt(tot[1] - tot[0])], "total"))
    return rows


# ---------------------------------------------------------------- the body
def build_body(d):
    d.heading("INTRODUCTION", "intro", center=True, before=0)
    d.para("1", "The Programme and Budget for 2017 is submitted to Member States in accordance with the "
           "IOM Constitution and the Financial Regulations of the Organization. It sets out the resources "
           "proposed for the Administrative Part of the Budget, which is expressed in Swiss francs and "
           "funded by the assessed contributions of Member States, together with an estimate of the "
           "Operational Part of the Budget, which is expressed in US dollars and funded by voluntary "
           "contributions, for the most part earmarked for specific projects.")
    d.para("2", "The year 2016 has been an exceptional one for the Organization. On 19 September 2016, at "
           "the high-level plenary meeting of the General Assembly on addressing large movements of "
           "refugees and migrants, IOM became a related organization of the United Nations, following "
           "the approval by the Council of the Agreement concerning the Relationship between the United "
           "Nations and the Inter~national Organization for Migration through Resolution No. 1317 of "
           "30 June 2016.^1 Over the same period the membership of the Organization rose to 165 States and "
           "operational expenditure reached the highest level in its history, while the Administrative "
           "Part of the Budget has been held at zero nominal growth for most of the past ten years.")
    d.para("3", "In Resolution No. 1312 of 25 November 2015, the Council approved the Programme and Budget "
           "for 2016 (C/106/6), with an Administrative Part of CHF 45,622,000, and asked the Adminis~tration "
           "to submit for 2017 proposals that would begin to close the structural gap between the core "
           "capacity of the Organization and the scale of its operations. The present proposals were "
           "prepared in consul~tation with the Working Group on Budget Reform, whose conclusions are set "
           "out in document S/19/6.")
    d.para("4", "The proposals rest on the following considerations:", after=8.0)
    d.item("(a)", "the Administrative Part of the Budget should grow in 2017 only by the amount needed to "
           "cover statutory increases in staff costs, the first phase of the core structure review and "
           "the new obligations described in subparagraph (b);")
    d.item("(b)", "the obligations arising from the relationship with the United Nations, in particular the "
           "participation of IOM in the coordination mechanisms of the United Nations system, should be "
           "met within existing resources wherever possible;")
    d.item("(c)", "the scale of assessment for 2017 should continue to be equated with that of the United "
           "Nations, as decided by the Council in Resolution No. 1271 of 26 November 2013;^2 and")
    d.item("(d)", "the Operational Part of the Budget should include only the funding that is confirmed or "
           "reasonably assured at the time of writing; it will be updated in the revisions of the "
           "Programme and Budget submitted to the Standing Committee on Programmes and Finance during "
           "the year.", after=12.0)
    d.para("5", "Part I of this document presents the Administrative Part of the Budget by object of "
           "expenditure and by organi~zational unit, with the corresponding staffing and assessed "
           "contributions. Part II presents the estimates for the Operational Part of the Budget, "
           "including the projected level of operational support income. The posts funded from the "
           "Administrative Part of the Budget are listed by grade in the Annex.")
    d.para("6", "Amounts in Part I are expressed in Swiss francs (CHF) and amounts in Part II in US dollars "
           "(USD). Figures have been rounded to the nearest thousand francs or hundred thousand dollars, "
           "and totals may therefore differ slightly from the sum of their components.")

    d.heading("SUMMARY OF THE PROGRAMME AND BUDGET FOR 2017", "summary", center=True, before=10)
    d.para("7", "Table 1 summarizes the proposed budget for 2017 and compares it with the budget for 2016, "
           "the Operational Part of which is shown as revised in document S/19/4.")
    d.table({
        "caption": "Table 1. Summary of the Programme and Budget for 2017",
        "label_head": "",
        "cols": [(LM + 300, ["2016", "budget*"]), (LM + 385, ["2017", "estimates"]),
                 (RM - 2, ["", "Difference"])],
        "rows": [
            ("Administrative Part of the Budget (CHF)", ["45,622,000", "48,250,000", "2,628,000"]),
            ("Operational Part of the Budget (USD)", ["1,412,800,000", "1,284,600,000", "(128,200,000)"]),
            ("Operational support income (USD)", ["76,200,000", "79,500,000", "3,300,000"]),
        ],
        "notes": ["* Administrative Part as approved in Resolution No. 1312; Operational Part and "
                  "operational support income as revised in document S/19/4."],
    })
    d.para("8", "The increase of CHF 2,628,000 in the Administrative Part of the Budget, or 5.8 per cent, "
           "is explained in Part I. The lower estimate for the Operational Part of the Budget does not "
           "mean that fewer activities are expected in 2017. It reflects the fact that, at the time of "
           "preparation, much of the funding for the emergency operations in the Mediterranean, in the "
           "Syrian Arab Republic and neighbouring countries and in the Lake Chad Basin had not yet been "
           "confirmed by donors.^3")

    d.heading("PART I \u2013 ADMINISTRATION", "part1", center=True, before=12)
    d.heading("Level of the Administrative Part of the Budget", "p1a", label="A.")
    d.para("9", "The Administrative Part of the Budget for 2017 is proposed at CHF 48,250,000. It funds the "
           "essential structure of the Organization: the Director General and the Deputy Director "
           "General, the departments and offices at Headquarters, the nine Regional Offices, the Manila "
           "and Panama Administrative Centres and the two liaison offices in New York and Addis Ababa. "
           "The rest of the core structure is funded from operational support income (see Part II).")
    d.para("10", "The increase of CHF 2,628,000 over the level approved for 2016 is made up of three "
           "elements:", after=8.0)
    d.item("(a)", "CHF 1,046,000 for statutory increases in staff costs, including step increments and the "
           "changes to the common system of salaries, allowances and benefits recommended by the "
           "International Civil Service Commission and approved by the General Assembly in its "
           "resolution 70/244;")
    d.item("(b)", "CHF 1,212,000 for the first phase of the core structure review, under which eleven "
           "positions at present charged to projects are brought under the Administrative Part of the "
           "Budget (see section C below); and")
    d.item("(c)", "CHF 370,000 for the participation of the Organization in the coordination mechanisms of "
           "the United Nations system, _inter alia_ the Chief Executives Board for Coordination and its "
           "high-level committees.", after=12.0)
    d.para("11", "Table 2 shows the budget by object of expenditure. Staff costs account for 79.6 per cent "
           "of the total, a proportion comparable to that of other organizations of the United Nations "
           "system whose core budgets are mainly administrative.")
    rows = []
    for name, a, b in OBJ:
        rows.append((name, [fmt(a), fmt(b), fmt(b - a)]))
    rows.append(("Total", [fmt(T16), fmt(T17), fmt(T17 - T16)], "total"))
    d.table({
        "caption": "Table 2. Administration by object of expenditure (in Swiss francs)",
        "label_head": "Object of expenditure",
        "cols": [(LM + 300, ["2016", "approved"]), (LM + 385, ["2017", "proposed"]),
                 (RM - 2, ["", "Variance*"])],
        "rows": rows,
        "notes": ["* Figures in parentheses indicate a decrease."],
    })
    d.para("12", "Non-staff costs rise by CHF 325,000 in total. The largest increase, CHF 185,000 under "
           "information technology, corresponds to the licence and hosting costs of PRISM,^4 which were "
           "until now charged in part to operational support income. The increase under travel and "
           "representation relates to the coordination activities described in paragraph 10(c). "
           "Savings under communications and under supplies, furniture and equipment result from the "
           "consolidation of telephone contracts at Headquarters and in the Regional Offices.")

    d.heading("Budget by organizational unit", "p1b", label="B.")
    d.para("13", "Table 3 distributes the Administrative Part of the Budget among the departments and "
           "offices at Headquarters, the Regional Offices, the Administrative Centres and the liaison "
           "offices. Costs that cannot be attributed to a single unit, such as the premises of "
           "Headquarters, the sessions of the governing bodies, the fees of the External Auditor and "
           "the contribution of the Organization to the after-service health insurance of former "
           "officials and employees, are shown together on a separate line.")
    d.para("14", "The main changes compared with 2016 concern the Department of Operations and Emer~gencies "
           "and the Regional Offices in Dakar, Nairobi and San Jos\u00e9, where positions charged to "
           "emergency projects since 2014 are brought under the Administrative Part of the Budget, and "
           "the Office to the United Nations in New York, which is strengthened by one Professional post "
           "in view of the new relationship with the United Nations.")
    d.table({
        "caption": "Table 3. Administration by organizational unit (in Swiss francs)",
        "label_head": "Organizational unit",
        "cols": [(LM + 268, ["", "Posts*"]), (LM + 330, ["Staff", "costs"]),
                 (LM + 392, ["Non-staff", "costs"]), (RM - 2, ["Total", "2017"])],
        "rows": unit_rows(),
        "notes": ["* Posts of officials and employees; the distribution by grade is shown in the Annex."],
    })

    d.heading("Staffing and the core structure review", "p1c", label="C.")
    d.para("15", "The Administrative Part of the Budget for 2017 funds 252 posts, against 241 in 2016, "
           "comprising 139 posts of officials and 113 posts of employees. The distribution of the posts "
           "by grade is shown in the Annex.")
    d.para("16", "The eleven posts to be converted were identified by the core structure review carried "
           "out in 2015 and 2016 with the assistance of an external consultant. The review found that a "
           "number of functions essential to the Organization as a whole \u2013 among them risk "
           "management, the oversight of imple~menting partners and the management of staff in hardship "
           "duty stations \u2013 were financed from the budgets of individual projects and were "
           "therefore exposed to the closure of those projects. It recommended a conver~sion in three "
           "phases; the second and third phases, estimated together at CHF 2.4 million, will be proposed "
           "in the Programmes and Budgets for 2018 and 2019, subject to the guidance of Member States.")

    d.heading("Assessed contributions", "p1d", label="D.")
    d.para("17", "The Administrative Part of the Budget is funded by the assessed contributions of Member "
           "States in accordance with the scale of assessment. The scale for 2017, which takes account of "
           "the States admitted to membership at the 106th Session of the Council, is presented in "
           "document C/107/10. The contributions of States admitted during 2017 will be treated as "
           "additional income for that year and will not reduce the contributions of other Member "
           "States.^5")
    d.para("18", "As at 30 September 2016, assessed contributions outstanding for 2015 and earlier years "
           "amounted to CHF 3,914,208, of which CHF 2,107,646 was owed by Member States subject to "
           "Article 4 of the Constitution (see document S/19/3). Member States in arrears are urged to "
           "pay their contributions in full or to agree on a payment plan with the Administration. The "
           "Administration will continue to report on the status of outstanding contributions to each "
           "session of the Standing Committee and of the Council, and to remind the Member States "
           "concerned of the provisions of Article 4 in its correspondence with them.")

    d.heading("PART II \u2013 OPERATIONS", "part2", center=True, before=12)
    d.heading("Operational support income", "p2a", label="A.")
    d.para("19", "Operational support income is derived from the overhead charged on projects, at a rate "
           "of 7 per cent of total project costs, and from the interest earned on funds held for "
           "opera~tions. It is estimated at USD 79.5 million for 2017, compared with USD 76.2 million in "
           "the revised budget for 2016. It funds the part of the core structure that is not covered by "
           "the Administrative Part of the Budget, notably project support functions in the Regional "
           "Offices, the Administrative Centres and the larger country offices.")
    d.para("20", "The Administration proposes to maintain the overhead rate at 7 per cent and, as in "
           "previous years, to allocate USD 1.4 million of operational support income to Line 1 of the "
           "IOM Development Fund. Any income above the level budgeted will be reported to the Standing "
           "Committee together with the proposed use of the surplus.")

    d.heading("Operational activities by service classification", "p2b", label="B.")
    d.para("21", "The Operational Part of the Budget is estimated at USD 1,284.6 million for 2017. "
           "Table 4 shows how this amount is divided among the service classi~fications.")
    rows = []
    for name, a, b in SERV:
        rows.append((name, [fmt(a), fmt(b), fmt(a + b)]))
    sa = sum(r[1] for r in SERV)
    sb = sum(r[2] for r in SERV)
    rows.append(("Total", [fmt(sa), fmt(sb), fmt(sa + sb)], "total"))
    d.table({
        "caption": "Table 4. Operations by service classification (in US dollars)",
        "label_head": "Service classification",
        "cols": [(LM + 318, ["Staff and", "office costs"]), (LM + 389, ["Programme", "costs*"]),
                 (RM - 2, ["", "Total"])],
        "rows": rows,
        "notes": ["* Direct costs of implementation, such as transportation, medical services and "
                  "assistance to migrants."],
    })
    d.para("22", "Movement, emergency and post-crisis migration management remains by far the largest area "
           "of activity, with 63.2 per cent of the total. The estimates include the following large "
           "programmes, for which funding was confirmed or reasonably assured at the end of August "
           "2016:", after=8.0)
    d.item("\u2022", "resettlement and humanitarian admission programmes to Europe, North America and "
           "Oceania, estimated at USD 164 million;", bullet=True)
    d.item("\u2022", "assisted voluntary return and reintegration programmes funded by the European Union "
           "and its member States, estimated at USD 96 million; and", bullet=True)
    d.item("\u2022", "displacement tracking, and camp coordination and camp management, in Iraq, Nigeria, "
           "South Sudan and Yemen, estimated at USD 71 million.", bullet=True, after=12.0)
    d.para("23", "Estimates by region and by country will be presented in the Revision of the Programme and "
           "Budget for 2017, to be submitted to the Standing Committee in mid-2017, when the funding for "
           "the main emergency operations is known.")

    d.heading("Staff security", "p2c", label="C.")
    d.para("24", "The Staff Security Mechanism is funded by a charge on the staff and office costs of "
           "projects, supplemented by opera~tional support income. Its budget for 2017 is estimated at "
           "USD 11.3 million, an increase of USD 0.9 million that reflects the deployment of security "
           "officers to the new operations in north-east Nigeria and Yemen, as foreseen in the security "
           "framework presented in document S/18/12.")
    d.para("25", "The Standing Committee on Programmes and Finance is invited to review the Programme and "
           "Budget for 2017 and to recommend its approval to the Council.")


def build_annex(d):
    d.new_page()
    d.heading_pages["annex"] = len(d.pages)
    w = stringWidth("ANNEX", "Times-Bold", 11)
    d.page["ops"].append(("text", (PW - w) / 2, d.y, "ANNEX", "Times-Bold", 11))
    d.y -= 2 * LEAD
    for t in ["STAFFING LEVELS FUNDED FROM THE", "ADMINISTRATIVE PART OF THE BUDGET"]:
        w = stringWidth(t, "Times-Bold", 11)
        d.page["ops"].append(("text", (PW - w) / 2, d.y, t, "Times-Bold", 11))
        d.y -= LEAD
    d.y -= LEAD
    d.para("1", "The table below shows the posts funded from the Administrative Part of the Budget, by "
           "category and grade, for 2016 and 2017. Posts funded from operational support income and "
           "from project budgets are not included.")
    d.para("2", "The eleven additional posts result from the first phase of the core structure review "
           "described in paragraphs 15 and 16 of the main document.")
    d.table({
        "caption": "Table A. Posts by category and grade",
        "label_head": "Category and grade",
        "cols": [(LM + 300, ["2016"]), (LM + 385, ["2017"]), (RM - 2, ["Change"])],
        "rows": grade_rows(),
    })


# ---------------------------------------------------------------- rendering
def render():
    body = Doc()
    build_body(body)
    nbody = len(body.pages)
    build_annex(body)

    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Programme and Budget for 2017")

    # --- cover
    def rtext(x, y, s, font, size):
        c.setFont(font, size)
        c.drawRightString(x, y, s)

    def ctext(y, s, font, size):
        c.setFont(font, size)
        c.drawCentredString(PW / 2, y, s)

    rtext(RM, 790, SYMBOL, "Times-Roman", 11)
    rtext(RM, 776, "Original: English", "Times-Roman", 11)
    rtext(RM, 762, "3 October 2016", "Times-Roman", 11)
    ctext(690, "COUNCIL", "Times-Bold", 12)
    ctext(675, "107th Session", "Times-Roman", 12)
    ctext(470, "PROGRAMME AND BUDGET FOR 2017", "Times-Bold", 14)
    c.setLineWidth(0.6)
    c.line(LM, 152, LM + 144, 152)
    c.setFont("Times-Roman", 10)
    note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
            "Nineteenth Session, to be held on 25 and 26 October 2016, for review and recommendation "
            "to the Council.")
    y = 136
    for ln in wrap(tokens(note, size=10), lambda i: W, 10):
        c.drawString(LM, y, " ".join("".join(p[0] for p in t["pcs"]) for t in ln))
        y -= 12.5
    c.showPage()

    # --- contents (Page i)
    def header(label):
        rtext(RM, 806, SYMBOL, "Times-Roman", 10)
        rtext(RM, 794, label, "Times-Roman", 10)

    header("Page i")
    ctext(740, "TABLE OF CONTENTS", "Times-Bold", 11)
    rtext(RM, 712, "Page", "Times-Bold", 11)
    entries = [
        (0, "INTRODUCTION", "intro"),
        (0, "SUMMARY OF THE PROGRAMME AND BUDGET FOR 2017", "summary"),
        (0, "PART I \u2013 ADMINISTRATION", "part1"),
        (1, "A.\tLevel of the Administrative Part of the Budget", "p1a"),
        (1, "B.\tBudget by organizational unit", "p1b"),
        (1, "C.\tStaffing and the core structure review", "p1c"),
        (1, "D.\tAssessed contributions", "p1d"),
        (0, "PART II \u2013 OPERATIONS", "part2"),
        (1, "A.\tOperational support income", "p2a"),
        (1, "B.\tOperational activities by service classification", "p2b"),
        (1, "C.\tStaff security", "p2c"),
        (0, "ANNEX \u2013 Staffing levels funded from the Administrative Part of the Budget", "annex"),
    ]
    y = 690
    for lvl, title, key in entries:
        page = str(body.heading_pages[key])
        x = LM + (24 if lvl else 0)
        if lvl == 0 and y < 690:
            y -= 8
        font = "Times-Roman"
        c.setFont(font, 11)
        if "\t" in title:
            lab, txt = title.split("\t")
            c.drawString(x, y, lab)
            c.drawString(x + 20, y, txt)
            end = x + 20 + stringWidth(txt, font, 11)
        else:
            c.drawString(x, y, title)
            end = x + stringWidth(title, font, 11)
        pw = stringWidth(page, font, 11)
        dot = stringWidth(".", font, 11)
        start = end + 6
        n = int((RM - pw - 6 - start) / dot)
        c.drawString(start, y, "." * n)
        c.drawRightString(RM, y, page)
        y -= 17
    c.showPage()

    # --- body pages
    for i, pg in enumerate(body.pages):
        header("Page %d" % (i + 1))
        for op in pg["ops"]:
            if op[0] == "text":
                _, x, yy, s, font, size = op
                c.setFont(font, size)
                c.drawString(x, yy, s)
            elif op[0] == "rtext":
                _, x, yy, s, font, size = op
                c.setFont(font, size)
                c.drawRightString(x, yy, s)
            elif op[0] == "rule":
                _, x1, yy, x2 = op
                c.setLineWidth(0.5)
                c.line(x1, yy, x2, yy)
        if pg["fns"]:
            # footnotes from the bottom up
            blocks = [(k, body.fn_lines(k)) for k in pg["fns"]]
            total = sum(len(b) * FN_LEAD + 1.5 for _, b in blocks)
            yy = BOTTOM + total - FN_LEAD + 2
            c.setLineWidth(0.5)
            c.line(LM, yy + 12, LM + 144, yy + 12)
            for k, lines in blocks:
                c.setFont("Times-Roman", 6.5)
                c.drawString(LM, yy + 3.5, k)
                for j, ln in enumerate(lines):
                    xx = LM + 9.0
                    for t in ln:
                        for p in t["pcs"]:
                            s = p[0].replace("~", "")
                            c.setFont(p[1], FN_SIZE)
                            c.drawString(xx, yy, s)
                            xx += stringWidth(s, p[1], FN_SIZE)
                        xx += stringWidth(" ", "Times-Roman", FN_SIZE)
                    yy -= FN_LEAD
                yy -= 1.5
        c.showPage()
    c.save()
    return len(body.pages) + 2, nbody


if __name__ == "__main__":
    n, nb = render()
    print("pages:", n, "body pages:", nb)
