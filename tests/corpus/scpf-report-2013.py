# Draws scpf-report-2013.pdf: report on the Twelfth Session of the SCPF (invented), 2013 style.
import re
from fpdf import FPDF

SYMBOL = "SCPF/104"
OUT = "scpf-report-2013.pdf"

X0 = 25.0          # left margin (paragraph numbers, continuation lines)
X1 = 37.0          # first-line indent after the number
XR = 190.0         # right margin
TOP = 30.0         # body starts here on text pages
BOTTOM = 277.0     # lowest baseline allowed
LH = 4.8           # body line height
FLH = 3.8          # footnote line height
FS = 10.0          # body font size
FNS = 8.5          # footnote font size
SUPS = 6.5         # superscript size
PARA_GAP = 3.0

pdf = FPDF(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_title("Report on the Twelfth Session of the Standing Committee on Programmes and Finance")


# ---------------------------------------------------------------- helpers
def sw(txt, style="", size=FS):
    pdf.set_font("Helvetica", style, size)
    return pdf.get_string_width(txt)


TOKEN = re.compile(r"^(.*?)(\^(\d+))?$")


def split_word(w):
    m = TOKEN.match(w)
    return m.group(1), m.group(3)


def word_width(w, style, size):
    base, mark = split_word(w)
    width = sw(base, style, size)
    if mark:
        width += sw(mark, "", SUPS) + 0.2
    return width


def wrap(text, first_w, rest_w, style="", size=FS):
    words = text.split()
    lines, cur, curw = [], [], 0.0
    space = sw(" ", style, size)
    maxw = first_w
    for w in words:
        ww = word_width(w, style, size)
        add = ww if not cur else curw + space + ww
        if cur and add > maxw:
            lines.append(" ".join(cur))
            cur, curw = [w], ww
            maxw = rest_w
        else:
            cur.append(w)
            curw = add
    if cur:
        lines.append(" ".join(cur))
    return lines


def draw_line(x, y, line, style="", size=FS):
    """Draw a line word by word so that ^N markers become raised footnote numbers."""
    space = sw(" ", style, size)
    cx = x
    for i, w in enumerate(line.split(" ")):
        base, mark = split_word(w)
        pdf.set_font("Helvetica", style, size)
        pdf.text(cx, y, base)
        cx += pdf.get_string_width(base)
        if mark:
            pdf.set_font("Helvetica", "", SUPS)
            pdf.text(cx + 0.2, y - 1.6, mark)
            cx += pdf.get_string_width(mark) + 0.2
        cx += space


def markers(line):
    return [int(m) for m in re.findall(r"\^(\d+)", line)]


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "MC/2377. The Financial Report comprises the audited financial statements, the notes "
       "thereto and the report of the External Auditor.",
    2: "SCPF/96, which gives the position as at 31 March 2013. Updated figures as at 30 April 2013 "
       "were circulated at the session as Conference Room Paper (CRP) No. 31.",
    3: "MC/2379. The Programme and Budget for 2013 (MC/2364) was approved by the Council in "
       "Resolution No. 1241 of 27 November 2012.",
    4: "The Working Group was established by the Standing Committee at its Ninth Session in November "
       "2011 to examine the structure and funding of the Organization's core functions; its terms of "
       "reference are set out in the report on that session (SCPF/71/Rev.1, paragraphs 52 to 57). "
       "Membership of the Group is open to all Member States. Observer States may attend its "
       "meetings at the invitation of its Chairperson, and the Group reports to each regular "
       "session of the Standing Committee through its Chairperson.",
    5: "Established by the Council in Resolution No. 1229 of 5 December 2011. The most recent report "
       "on the use of the Mechanism is contained in document SCPF/99.",
}
FN_SPLIT = {4: 3}   # footnote 4: keep 3 lines on its page, the rest continues on the next page
FN_IND = 4.5


def fn_lines(n):
    return wrap(FOOTNOTES[n], XR - X0 - FN_IND, XR - X0 - FN_IND, "", FNS)


# ---------------------------------------------------------------- page machinery
class Page:
    def __init__(self, label, header_lines):
        pdf.add_page()
        self.fns = []          # list of (marker or None, line text)
        self.y = TOP
        self.first = True
        pdf.set_font("Helvetica", "", 10)
        hy = 14
        for h in header_lines:
            pdf.text(XR - pdf.get_string_width(h), hy, h)
            hy += 4.6
        self.label = label

    def fn_height(self, extra=0):
        n = len(self.fns) + extra
        if n == 0:
            return 0
        return 6.0 + n * FLH

    def finish(self):
        if not self.fns:
            return
        y = BOTTOM + 4 - len(self.fns) * FLH
        pdf.set_font("Helvetica", "", FNS)
        pdf.text(X0, y - FLH - 0.4, "__________")
        for mark, text in self.fns:
            if mark is not None:
                pdf.set_font("Helvetica", "", SUPS)
                pdf.text(X0, y - 1.3, str(mark))
            pdf.set_font("Helvetica", "", FNS)
            pdf.text(X0 + FN_IND, y, text)
            y += FLH


page_no = 0
page = None
carry = []   # footnote lines carried to the next page


def new_page(header=None):
    global page, page_no, carry
    if page is not None:
        page.finish()
    if header is None:
        page_no += 1
        header = [SYMBOL, "Page %d" % page_no]
    page = Page(page_no, header)
    if carry:
        page.fns.extend(carry)
        carry = []


def fits(height, new_fn_lines=0):
    return page.y + height <= BOTTOM + 4 - page.fn_height(new_fn_lines) - 1.5


def fn_cost(line):
    n = 0
    for m in markers(line):
        ls = fn_lines(m)
        n += FN_SPLIT.get(m, len(ls))
    return n


def place_line(x, line, style="", size=FS, lh=LH):
    """Place one text line at the current y, breaking the page first if needed."""
    global carry
    cost = fn_cost(line)
    if not fits(lh, cost):
        new_page()
    if page.first:
        page.first = False
    draw_line(x, page.y + 3.6, line, style, size)
    for m in markers(line):
        ls = fn_lines(m)
        k = FN_SPLIT.get(m, len(ls))
        page.fns.append((m, ls[0]))
        for extra in ls[1:k]:
            page.fns.append((None, extra))
        for extra in ls[k:]:
            carry.append((None, extra))
    page.y += lh


def gap(h):
    if not page.first:
        page.y += h


def need(h):
    if not fits(h):
        new_page()


# ---------------------------------------------------------------- block types
def para(num, text):
    gap(PARA_GAP)
    lbl = "%d." % num
    lines = wrap(text, XR - X1, XR - X0)
    cost = fn_cost(lines[0])
    if not fits(LH, cost):
        new_page()
    pdf.set_font("Helvetica", "", FS)
    pdf.text(X0, page.y + 3.6, lbl)
    place_line(X1, lines[0])
    for ln in lines[1:]:
        place_line(X0, ln)


def heading(num, text):
    gap(PARA_GAP + 2.5)
    tx = X1 if num else X0
    lines = wrap(text, XR - tx - 8, XR - tx - 8, "B")
    need(LH * (len(lines) + 3) + PARA_GAP)
    if num:
        pdf.set_font("Helvetica", "B", FS)
        pdf.text(X0, page.y + 3.6, "%s." % num)
    for ln in lines:
        place_line(tx, ln, "B")


def subheading(label, text):
    gap(PARA_GAP + 1)
    need(LH * 4 + PARA_GAP)
    pdf.set_font("Helvetica", "BI", FS)
    pdf.text(X1, page.y + 3.6, label)
    place_line(X1 + 9, text, "BI")


def item(label, text, level=1):
    gap(1.6)
    lx = X1 if level == 1 else X1 + 9
    tx = lx + 9
    lines = wrap(text, XR - tx, XR - tx)
    if not fits(LH, fn_cost(lines[0])):
        new_page()
    pdf.set_font("Helvetica", "", FS)
    pdf.text(lx, page.y + 3.6, label)
    for ln in lines:
        place_line(tx, ln)


def bullet(text):
    gap(1.6)
    tx = X1 + 6
    lines = wrap(text, XR - tx, XR - tx)
    if not fits(LH):
        new_page()
    pdf.set_font("Helvetica", "", FS)
    pdf.text(X1, page.y + 3.6, "\u2022")
    for ln in lines:
        place_line(tx, ln)


def centred(text, style="", size=FS, lh=LH):
    lines = wrap(text, XR - X0 - 20, XR - X0 - 20, style, size)
    for ln in lines:
        w = sw(ln, style, size)
        place_line(X0 + (XR - X0 - w) / 2, ln, style, size, lh)


def hline(x1, x2, y, width=0.2):
    pdf.set_line_width(width)
    pdf.line(x1, y, x2, y)


def budget_table(caption, heads, rows, total):
    gap(PARA_GAP + 1)
    size = 9.0
    th = LH * (len(rows) + 6) + 12
    need(th)
    w = sw(caption, "B", size)
    pdf.set_font("Helvetica", "B", size)
    pdf.text(X0 + (XR - X0 - w) / 2, page.y + 3.6, caption)
    page.y += LH + 1.5
    cols = [XR - 62, XR - 31, XR]         # right edges of the figure columns
    hline(X0, XR, page.y)
    page.y += 1.0
    for r in range(2):
        pdf.set_font("Helvetica", "B", size)
        if r == 0:
            pdf.text(X0 + 1, page.y + 3.6, "Service area")
        for c, h in enumerate(heads):
            t = h[r]
            if t:
                pdf.text(cols[c] - 1 - pdf.get_string_width(t), page.y + 3.6, t)
        page.y += 4.4
    page.y += 0.6
    hline(X0, XR, page.y)
    page.y += 1.2
    lw = 62.0
    for label, figs in rows + [total]:
        is_total = label == total[0]
        style = "B" if is_total else ""
        if is_total:
            hline(X0, XR, page.y + 0.2)
            page.y += 1.0
        lines = wrap(label, lw, lw - 3, style, size)
        pdf.set_font("Helvetica", style, size)
        for i, ln in enumerate(lines):
            pdf.text(X0 + 1 + (3 if i else 0), page.y + 3.6, ln)
            if i == len(lines) - 1:
                for c, f in enumerate(figs):
                    pdf.text(cols[c] - 1 - pdf.get_string_width(f), page.y + 3.6, f)
            page.y += 4.6
    hline(X0, XR, page.y + 0.6)
    page.y += 2.0


# ---------------------------------------------------------------- cover page
def cover():
    pdf.add_page()
    def right(t, y, style="", size=11):
        pdf.set_font("Helvetica", style, size)
        pdf.text(XR - pdf.get_string_width(t), y, t)
    def centre(t, y, style="", size=11):
        pdf.set_font("Helvetica", style, size)
        pdf.text(X0 + (XR - X0 - pdf.get_string_width(t)) / 2, y, t)
    right(SYMBOL, 22, "B", 12)
    right("Original: English", 30, "", 10.5)
    right("6 June 2013", 35, "", 10.5)
    centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 62, "B", 11)
    centre("TWELFTH SESSION", 69, "B", 11)
    hline(X0, XR, 80, 0.5)
    centre("REPORT ON THE TWELFTH SESSION OF THE", 112, "B", 13)
    centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 119, "B", 13)
    centre("Geneva", 138, "", 11)
    centre("14\u201315 May 2013", 144, "", 11)
    centre("Rapporteur: Mr T. Halvorsen (Norway)", 158, "", 11)
    pdf.set_font("Helvetica", "", 10)
    pdf.text(X0, 226, "__________")
    note = ("This document is submitted to the Executive Committee at its Hundred and tenth Session "
            "in June 2013.")
    y = 233
    for ln in wrap(note, XR - X0, XR - X0, "", 10):
        pdf.set_font("Helvetica", "", 10)
        pdf.text(X0, y, ln)
        y += 4.6
    centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 268, "B", 9)
    centre("COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES", 273, "B", 9)
    centre("COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS", 278, "B", 9)


# ---------------------------------------------------------------- the text
MEMBERS = ("Afghanistan, Algeria, Angola, Argentina, Australia, Austria, Bangladesh, Belgium, Brazil, "
           "Burkina Faso, Canada, Chile, Colombia, Costa Rica, C\u00f4te d'Ivoire, Cyprus, Czech Republic, "
           "Denmark, Dominican Republic, Ecuador, Egypt, El Salvador, Ethiopia, Finland, France, Germany, "
           "Ghana, Greece, Guatemala, Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, "
           "Italy, Japan, Kenya, Lithuania, Mexico, Morocco, Netherlands, New Zealand, Nigeria, Norway, "
           "Pakistan, Peru, Philippines, Poland, Portugal, Republic of Korea, Senegal, South Africa, Spain, "
           "Sri Lanka, Sweden, Switzerland, Thailand, Tunisia, Turkey, Uganda, United Kingdom of Great "
           "Britain and Northern Ireland, United States of America, Venezuela (Bolivarian Republic of), "
           "Zambia and Zimbabwe.")


def body():
    new_page()
    centred("REPORT ON THE TWELFTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
            "", FS)

    heading(None, "INTRODUCTION")
    para(1, "The Standing Committee on Programmes and Finance held its Twelfth Session at the "
            "International Conference Centre Geneva on 14 and 15 May 2013. Four meetings were held, "
            "under the chairmanship of Mr J. Otieno Wanyama (Kenya), who had been elected Chairperson "
            "for 2013 at the Eleventh Session; Ms P. Sandoval (Ecuador) served as Vice-Chairperson.")
    para(2, "In his opening remarks, the Chairperson welcomed the delegations and observed that the "
            "session came at a time when the demand for the Organization's services continued to grow "
            "faster than the resources available to support its core structure. He invited the members "
            "of the Standing Committee to approach the items before them, and in particular the report "
            "of the Working Group on Budget Reform, in a spirit of compromise.")

    heading(None, "ATTENDANCE")
    para(3, "The following Member States were represented: " + MEMBERS)
    para(4, "The Holy See, the Sovereign Order of Malta and the following States, which are not members "
            "of the Organization, were represented by observers: China, Indonesia, Qatar and the "
            "Russian Federation.")
    para(5, "On the proposal of the Chairperson, the Standing Committee designated Mr T. Halvorsen "
            "(Norway) as Rapporteur for the session.")

    heading("1", "ADOPTION OF THE AGENDA")
    para(6, "The Standing Committee adopted the agenda reproduced in document SCPF/95. The documents "
            "that were before it are listed in the Annex to this report.")

    heading("2", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2012")
    para(7, "The Director of the Department of Resources Management introduced the Financial Report for "
            "the year ended 31 December 2012.^1 Combined expenditure under the Administrative and "
            "Operational Parts of the Budget had totalled USD 1.27 billion, 8.6 per cent more than in "
            "2011, the increase being driven largely by the emergency operations for the Syrian Arab "
            "Republic and neighbouring countries and in Mali and the Sahel. The Administrative Part of "
            "the Budget had closed with a carry-forward of CHF 212,000, the second consecutive year in "
            "which it had not ended in deficit.")
    para(8, "A representative of the External Auditor presented the audit opinion, which was unqualified, "
            "and drew attention to the recommendations concerning the management of liabilities at "
            "field offices and the valuation of after-service health insurance. The Administration's "
            "response to the recommendations made in earlier years was set out in document SCPF/97.")
    para(9, "Several delegations welcomed the unqualified opinion and the continued growth of the "
            "Organization's operations, but expressed concern at the proportion of voluntary funding "
            "that remained tightly earmarked, which limited the Administration's ability to respond to "
            "new crises. One delegation asked whether the growing staff liabilities had been fully "
            "provisioned; the Administration replied that they were funded in part and that a funding "
            "plan would be presented to the Standing Committee at its Thirteenth Session.")
    para(10, "The Standing Committee took note of the Financial Report for the year ended 31 December "
             "2012 and of the report of the External Auditor, and recommended that the Executive "
             "Committee approve the Financial Report at its Hundred and tenth Session.")

    heading("3", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET")
    para(11, "The Administration presented the status report on outstanding contributions,^2 which "
             "showed that assessed contributions outstanding for 2012 and previous years had stood at "
             "CHF 4,382,516 as at 30 April 2013. Contributions amounting to CHF 1,106,840 had been "
             "received since the report was issued, leaving a balance of CHF 3,275,676.")
    para(12, "Eleven Member States were subject to Article 4 of the Constitution and had therefore lost "
             "their right to vote. Seven of them had concluded payment plans with the Administration, "
             "five of which were being honoured in full.")
    para(13, "Members of the Standing Committee thanked the Member States that had paid their "
             "contributions in full and on time, and those that had settled long-standing arrears "
             "during the past year. One delegation suggested that future status reports should indicate, "
             "for each Member State in arrears, the year since which it had been in arrears.")
    para(14, "The Standing Committee took note of the status report on outstanding contributions to the "
             "Administrative Part of the Budget and urged Member States in arrears to make special "
             "efforts to pay their outstanding contributions in full or to agree on a payment plan with "
             "the Administration.")

    heading("4", "REVISION OF THE PROGRAMME AND BUDGET FOR 2013")
    para(15, "The Administration introduced the Revision of the Programme and Budget for 2013.^3 The "
             "Administrative Part of the Budget remained at CHF 39,866,000, the level approved by the "
             "Council in November 2012. The Operational Part of the Budget had risen from USD 943.5 "
             "million to USD 1,038.5 million, an increase of about 10 per cent, reflecting only the "
             "funding confirmed for new and ongoing activities since the original budget was prepared.")
    para(16, "Most of the increase, USD 75.8 million, fell under Movement, Emergency and Post-crisis "
             "Migration Management. The changes by service area are summarized below.")
    budget_table(
        "Operational Part of the Budget for 2013 by service area (in US dollars)",
        [("Approved budget", "(MC/2364)"), ("Revised budget", "(MC/2379)"), ("", "Increase")],
        [("Movement, Emergency and Post-crisis Migration Management",
          ("612,450,300", "688,214,900", "75,764,600")),
         ("Migration Health", ("68,903,400", "74,118,250", "5,214,850")),
         ("Migration and Development", ("47,226,800", "52,390,100", "5,163,300")),
         ("Regulating Migration", ("118,604,500", "121,975,600", "3,371,100")),
         ("Other service areas", ("96,315,000", "101,846,150", "5,531,150"))],
        ("Total", ("943,500,000", "1,038,545,000", "95,045,000")))
    para(17, "Delegations welcomed the growth in activities, which they saw as a sign of the confidence "
             "placed in the Organization by Member States and donors. In reply to questions, the "
             "Administration explained that the estimate of Operational Support Income for 2013 had "
             "been revised upwards from USD 52.0 million to USD 55.6 million.")
    para(18, "A number of delegations regretted that the revision once again illustrated the imbalance "
             "between an Administrative Part held at zero nominal growth and the rapidly expanding "
             "operations that it was expected to support, a matter that was taken up under agenda "
             "item 5.")
    para(19, "The Standing Committee took note of the Revision of the Programme and Budget for 2013 and "
             "recommended that the Executive Committee also take note of it.")

    heading("5", "REPORT OF THE WORKING GROUP ON BUDGET REFORM")
    para(20, "The Chairperson of the Working Group on Budget Reform,^4 Ms A. Dubois-Keller "
             "(Switzerland), presented the report of the Group (SCPF/98), which summarized the outcome "
             "of six meetings held between November 2012 and April 2013.")
    para(21, "She reported that the Working Group had reached agreement on the following points:")
    item("(a)", "the core structure of the Organization should continue to be financed from assessed "
                "contributions and from Operational Support Income, supplemented by unearmarked "
                "voluntary contributions where these were available;")
    item("(b)", "the Administration should prepare, for consideration at the Thirteenth Session, costed "
                "proposals on:")
    item("(i)", "a moderate increase in the Administrative Part of the Budget for 2014, departing from "
                "the policy of zero nominal growth; and", 2)
    item("(ii)", "the use of a portion of Operational Support Income above a set threshold to "
                 "strengthen core staff positions in the field;", 2)
    item("(c)", "the Working Group would continue its work until the end of 2013 and submit its final "
                "recommendations to the Standing Committee at its Thirteenth Session.")
    para(22, "In the ensuing discussion, many delegations supported the proposal in subparagraph (b)(ii) "
             "as a first step, while others said that any increase in assessed contributions would be "
             "difficult to accept in the present economic climate. The Administration stressed that the Organization's core structure had "
             "not kept pace with its operations for over a decade and that the gap could no longer be "
             "bridged by efficiency measures alone.")
    para(23, "The Standing Committee took note of the report of the Working Group on Budget Reform and "
             "requested the Administration to prepare the costed proposals referred to in paragraph "
             "21(b) for its Thirteenth Session.")

    heading("6", "UPDATES FROM THE ADMINISTRATION")
    subheading("(a)", "Migration Emergency Funding Mechanism")
    para(24, "The Administration reported on the use of the Migration Emergency Funding Mechanism.^5 "
             "Since its establishment, the Mechanism had received contributions totalling USD 5.8 "
             "million and had advanced USD 7.1 million in eight loans, of which USD 4.9 million had been "
             "repaid. Its balance, USD 3.6 million as at 30 April 2013, remained well short of the "
             "target level of USD 30 million.")
    para(25, "Delegations welcomed the rapid disbursements made from the Mechanism at the start of "
             "the crisis in the Syrian Arab Republic, and two delegations announced new contributions.")
    para(26, "The Standing Committee took note of the report and encouraged Member States in a position "
             "to do so to contribute to the Mechanism.")
    subheading("(b)", "Human resources management")
    para(27, "The Director of Human Resources Management presented the annual report on human resources "
             "(SCPF/100).")
    para(28, "Among the developments reported were the following:")
    bullet("the workforce had grown to some 8,450 staff members in over 470 locations, 97 per cent of "
           "them in the field;")
    bullet("the share of women among Professional staff had reached 44 per cent, and a gender action "
           "plan for 2013\u20132015 had been adopted;")
    bullet("a revised rotation policy for international staff would enter into force on 1 January "
           "2014.")
    para(29, "The Chairperson of the Staff Association Committee delivered a statement (SCPF/101) "
             "expressing concern at the growing number of staff on short-term, project-funded contracts.")
    para(30, "The Standing Committee took note of the report on human resources management and of the "
             "statement by the Staff Association Committee.")

    heading("7", "OTHER BUSINESS")
    para(31, "The Chairperson informed the Standing Committee that its Thirteenth Session was "
             "provisionally scheduled for 29 and 30 October 2013. No other business was raised.")

    heading("8", "CLOSURE OF THE SESSION")
    para(32, "The Chairperson declared the Twelfth Session closed on Wednesday, 15 May 2013, at "
             "5.45 p.m.")


DOCS = [
    ("SCPF/95", "Provisional agenda", "1"),
    ("MC/2377", "Financial Report for the year ended 31 December 2012", "2"),
    ("SCPF/97", "Implementation of the External Auditor's recommendations", "2"),
    ("SCPF/96", "Status report on outstanding contributions to the Administrative Part", "3"),
    ("MC/2379", "Revision of the Programme and Budget for 2013", "4"),
    ("SCPF/98", "Report of the Working Group on Budget Reform", "5"),
    ("SCPF/99", "Migration Emergency Funding Mechanism: report on its use", "6(a)"),
    ("SCPF/100", "Human resources management: annual report", "6(b)"),
    ("SCPF/101", "Statement by the Staff Association Committee", "6(b)"),
]


def annex():
    global page
    page.finish()
    page = None
    p = Page(None, [SYMBOL, "Annex"])
    globals()["page"] = p
    p.y = TOP + 6
    centred("ANNEX", "B", 11, 6)
    page.y += 2
    centred("LIST OF DOCUMENTS", "B", 11, 6)
    page.y += 6
    txt = ("The Standing Committee had before it the following documents, listed in the order of the "
           "agenda items to which they relate.")
    for ln in wrap(txt, XR - X0, XR - X0):
        place_line(X0, ln)
    page.y += 5
    size = 9.5
    cx = [X0 + 1, X0 + 30, XR - 14]
    hline(X0, XR, page.y)
    page.y += 1.2
    pdf.set_font("Helvetica", "B", size)
    pdf.text(cx[0], page.y + 3.6, "Symbol")
    pdf.text(cx[1], page.y + 3.6, "Title")
    pdf.text(cx[2], page.y + 3.6, "Item")
    page.y += 5.2
    hline(X0, XR, page.y)
    page.y += 1.4
    pdf.set_font("Helvetica", "", size)
    for sym, title, it in DOCS:
        pdf.text(cx[0], page.y + 3.6, sym)
        pdf.text(cx[1], page.y + 3.6, title)
        pdf.text(cx[2], page.y + 3.6, it)
        page.y += 6.0
    hline(X0, XR, page.y)
    page.finish()


cover()
body()
annex()
pdf.output(OUT)
print("pages:", pdf.page_no())
