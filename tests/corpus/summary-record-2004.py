# Draws summary-record-2004.pdf: a provisional summary record of a Council meeting (MC era, 2004).
# reportlab canvas, A4, hand-rolled layout (two passes so that the contents page numbers are right).
import os
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2004.pdf")

SYMBOL = "MC/C/SR/462"
W, H = A4
LM, RM = 72, W - 72
TOP, BOTTOM = H - 62, 64
BODY_FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
FS, LEAD = 11, 13.6
FN_FS, FN_LEAD = 9, 11
NUM_INDENT = 36          # text of a numbered paragraph starts here after the number
ITEM_LABEL, ITEM_TEXT = 36, 64

# ---------------------------------------------------------------- content
# Blocks: ("text", str) unnumbered; ("head", str); ("para", n, str); ("item", label, str)
# A footnote marker is written {n} glued to the preceding word.
FOOTNOTES = {
    "1": "Adopted as Resolution No. 1110 (LXXXVIII) of 2 December 2004.",
    "2": "Adopted as Resolution No. 1111 (LXXXVIII) of 2 December 2004.",
}

HEADS = [
    ("10", "Programme and Budget for 2005 (continued)",
     "PROGRAMME AND BUDGET FOR 2005 (agenda item 10) (continued)"),
    ("11", "Status report on outstanding contributions",
     "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS (agenda item 11)"),
    ("12", "Report on the Hundred and First Session of the Executive Committee",
     "REPORT ON THE HUNDRED AND FIRST SESSION OF THE EXECUTIVE COMMITTEE (agenda item 12)"),
    ("13", "Election of the Executive Committee",
     "ELECTION OF THE EXECUTIVE COMMITTEE (agenda item 13)"),
    ("14", "Other business",
     "OTHER BUSINESS (agenda item 14)"),
    ("15", "Date and place of the next session",
     "DATE AND PLACE OF THE NEXT SESSION (agenda item 15)"),
    ("16", "Closure of the session",
     "CLOSURE OF THE SESSION (agenda item 16)"),
]

BODY = [
    ("text", "The meeting was called to order at 3.10 p.m."),
    ("head", 0),
    ("para", "The CHAIRPERSON recalled that, at its 460th meeting, the Council had heard the introduction "
             "of the Programme and Budget for 2005 (MC/2141) and of the report of the Subcommittee on "
             "Budget and Finance on its Ninety-first Session (MC/EX/662). A number of delegations had then "
             "asked for time to consult their capitals on the proposed level of the Administrative Part of "
             "the Budget, and the debate had been adjourned. He invited delegations that had not yet "
             "spoken to take the floor."),
    ("para", "Mr. OKONKWO (Nigeria), speaking on behalf of the African Group, said that the Group could "
             "accept the proposed Administrative Part of the Budget of CHF 36,425,000, which reflected zero "
             "nominal growth for the second consecutive year. The Group nevertheless remained concerned "
             "that the core structure funded from that Part was not keeping pace with operations in Africa, "
             "where the number of active projects had risen from 312 to 389 in twelve months. He urged the "
             "Administration to present to the Subcommittee, at its next session, options for strengthening "
             "the regional offices in Dakar, Nairobi and Pretoria without recourse to additional assessed "
             "contributions."),
    ("para", "Ms. FERRAND (France) welcomed the clearer presentation of the Operational Part of the Budget, "
             "now estimated at USD 652.3 million, but regretted that the document had been issued later "
             "than the financial rules provided. A budget of that size called for careful examination in "
             "capitals, and she asked for an assurance that the Programme and Budget for 2006 would be "
             "made available to Member States no later than mid-October 2005."),
    ("para", "Mr. TAKAHASHI (Japan) associated his delegation with that request. Project-related overhead "
             "income, estimated at USD 18.6 million for 2005, had become an important source of funding for "
             "the core structure, and its use should be reported with the same transparency as assessed "
             "contributions. He therefore asked the Administration to provide:"),
    ("item", "(a)", "a breakdown of the allocation of that income between field offices and "
                    "Headquarters;"),
    ("item", "(b)", "information on the mechanism that would apply in a year in which the income fell "
                    "short of the estimate; and"),
    ("item", "(c)", "an indication of the share of the income used to fund the new staff security "
                    "structure."),
    ("para", "Mr. DELGADO RUIZ (Mexico) supported the comments made by the previous speakers and added that "
             "the Spanish and French versions of budget documents should be issued at the same time as the "
             "English version, so that all delegations could take part in the debate on an equal footing."),
    ("para", "Mrs. BRANDT (Germany) said that her Government continued to attach great importance to the "
             "policy of zero nominal growth in the Administrative Part of the Budget and could not accept "
             "any increase in assessed contributions in 2005. It was open, however, to a discussion of the "
             "structural questions raised by the African Group, on the basis of a costed proposal."),
    ("para", "Ms. ELLWOOD (Director, Resources Management) thanked delegations for their comments. The late "
             "issuance of the document was due to the revision of staff security costs that had become "
             "necessary in the course of the year; the Programme and Budget for 2006 would be issued by "
             "14 October 2005. A breakdown of overhead income by region was given in Table 5 of document "
             "MC/2141 and would be expanded in future documents, and the part of that income used for "
             "staff security amounted to USD 2.1 million. A review of the regional structure in Africa "
             "was under way, and its conclusions would be submitted to the Subcommittee in May 2005."),
    ("para", "The CHAIRPERSON said that, if he heard no objection, he would take it that the Council wished "
             "to adopt the draft resolution contained in document MC/L/1049, by which it would approve the "
             "Programme and Budget for 2005 with an Administrative Part of CHF 36,425,000 and an Operational "
             "Part of USD 652.3 million."),
    ("para", "The draft resolution was adopted.{1}"),
    ("head", 1),
    ("para", "Ms. ELLWOOD (Director, Resources Management), introducing document MC/2150, said that as at "
             "30 November 2004 assessed contributions outstanding for the Administrative Part of the Budget "
             "amounted to CHF 4,862,310, compared with CHF 5,417,905 a year earlier. Twelve Member States "
             "had been in arrears for two or more consecutive years and therefore fell under the provisions "
             "of Article 4 of the Constitution; four of them had agreed payment plans with the "
             "Administration. Since the document was issued, payments totalling CHF 158,430 had been "
             "received from Ecuador and Guatemala, which reduced the amount outstanding to CHF 4,703,880."),
    ("para", "Mr. PRADHAN (Nepal) said that his Government had paid CHF 28,400 in October 2004 and intended "
             "to settle the balance of its arrears early in 2005. He asked that the payment be reflected in "
             "the next status report."),
    ("para", "Mr. SOARES (Brazil) informed the Council that his Government had transferred the full amount "
             "of its contribution for 2003 on 25 November 2004, in accordance with the payment plan agreed "
             "in 2002. He appealed for continued flexibility towards developing countries that were making "
             "a genuine effort to meet their obligations."),
    ("para", "The CHAIRPERSON said he took it that the Council wished to take note of document MC/2150 and "
             "to urge Member States in arrears for two or more consecutive years to pay their contributions "
             "in full or to agree a payment plan with the Administration."),
    ("para", "It was so decided."),
    ("head", 2),
    ("para", "The CHAIRPERSON drew the Council's attention to the report on the Hundred and First Session of "
             "the Executive Committee (MC/2146), held on 8 and 9 June 2004, and to the related draft "
             "resolution (MC/L/1050)."),
    ("para", "Mr. HAUGEN (Norway), speaking as Chairperson of the Executive Committee at that session, said "
             "that the Committee had examined the Report of the Director General on the Work of the "
             "Organization for the Year 2003 (MC/2134) and the Financial Report for the Year Ended "
             "31 December 2003 (MC/2140), and had taken note of both. It had also considered the revision "
             "of the Programme and Budget for 2004 and a report on the staff security structure. The "
             "Committee's conclusions were set out in the report before the Council."),
    ("para", "There being no further comments, the draft resolution contained in document MC/L/1050 was "
             "adopted.{2}"),
    ("head", 3),
    ("para", "The CHAIRPERSON said that consultations among the regional groups had produced an agreed list "
             "of 33 Member States for membership of the Executive Committee for 2005 and 2006, which had "
             "been circulated to delegations as Conference Room Paper (CRP) No. 9. He proposed that the "
             "Council elect those Member States by acclamation."),
    ("para", "It was so decided."),
    ("head", 4),
    ("para", "Mr. VAN DER BERG (Netherlands) recalled the informal consultations held during the year on the "
             "future strategy of the Organization, which were described in document MC/INF/274. His "
             "delegation proposed that those consultations continue in 2005 in an open-ended format, with a "
             "view to presenting a draft strategy to the Executive Committee at its session in June 2005."),
    ("para", "Ms. MWANGI (Kenya) supported the proposal and asked that meetings be scheduled so as not to "
             "coincide with other major meetings in Geneva, since small missions could not always be "
             "represented at several meetings held at the same time."),
    ("para", "The DIRECTOR GENERAL said that the Administration would convene the first informal consultation "
             "in February 2005 and would circulate a calendar of meetings well in advance. The International "
             "Dialogue on Migration would continue, and Member States would be consulted on the themes for "
             "2005 in the course of January."),
    ("head", 5),
    ("para", "The CHAIRPERSON suggested that the Council hold its next regular session from Tuesday, "
             "29 November, to Friday, 2 December 2005 and that the Executive Committee meet on 7 and "
             "8 June 2005, both in Geneva. The dates would be confirmed by the Subcommittee on Budget and "
             "Finance in the light of the conference calendar."),
    ("para", "It was so decided."),
    ("head", 6),
    ("para", "Mr. OKONKWO (Nigeria), speaking on behalf of the African Group, thanked the Chairperson and the "
             "other officers for their able conduct of the session and the Administration for its support."),
    ("para", "Mr. VAN DER BERG (Netherlands), speaking on behalf of the European Union, the acceding and "
             "candidate countries and the countries of the stabilization and association process, expressed "
             "appreciation for the constructive spirit in which the Council had reached its decisions, in "
             "particular on the budget."),
    ("para", "Mr. DELGADO RUIZ (Mexico), speaking on behalf of the Group of Latin American and Caribbean "
             "States, welcomed the admission of new Members at the current session and the growing "
             "participation of the region in the work of the Organization."),
    ("para", "The DIRECTOR GENERAL thanked the Chairperson, the officers and all delegations, as well as the "
             "interpreters and the conference services of the United Nations Office at Geneva. The decisions "
             "taken at the session, including the Programme and Budget for 2005, gave the Organization a "
             "sound basis for its work in the coming year."),
    ("para", "After the customary exchange of courtesies, the CHAIRPERSON declared the Eighty-eighth Session "
             "of the Council closed."),
    ("text", "The meeting rose at 5.40 p.m."),
]

# ---------------------------------------------------------------- text helpers
TOK = re.compile(r"\{(\d+|\*)\}")


def split_marker(word):
    """'adopted.{1}' -> ('adopted.', '1')"""
    m = TOK.search(word)
    if not m:
        return word, None
    return word[:m.start()], m.group(1)


def word_width(word, font, size):
    w, mk = split_marker(word)
    width = stringWidth(w, font, size)
    if mk:
        width += stringWidth(mk, font, size * 0.65)
    return width


def wrap(text, first_width, width, font=BODY_FONT, size=FS):
    words = text.split()
    lines, cur, avail = [], [], first_width
    for w in words:
        trial = cur + [w]
        tw = sum(word_width(x, font, size) for x in trial) + stringWidth(" ", font, size) * (len(trial) - 1)
        if cur and tw > avail:
            lines.append(cur)
            cur, avail = [w], width
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, x, y, words, font=BODY_FONT, size=FS):
    space = stringWidth(" ", font, size)
    for i, w in enumerate(words):
        t, mk = split_marker(w)
        c.setFont(font, size)
        c.drawString(x, y, t)
        x += stringWidth(t, font, size)
        if mk:
            c.setFont(font, size * 0.65)
            c.drawString(x, y + size * 0.38, mk)
            x += stringWidth(mk, font, size * 0.65)
        x += space
    return x


# ---------------------------------------------------------------- body layout (pass 1)
class Page:
    def __init__(self, no):
        self.no = no
        self.ops = []        # (kind, ...)
        self.footnotes = []  # marker list


def footnote_height(markers):
    if not markers:
        return 0
    h = 14
    for mk in markers:
        h += len(wrap(FOOTNOTES[mk], RM - LM - 14, RM - LM - 14, size=FN_FS)) * FN_LEAD + 2
    return h


def layout_body():
    pages = [Page(2)]
    y = TOP - 40
    head_pages = {}
    para_no = 0

    def new_page():
        nonlocal y
        pages.append(Page(pages[-1].no + 1))
        y = TOP - 40

    def place_line(words, x, font=BODY_FONT, gap_before=0, keep=0):
        nonlocal y
        pg = pages[-1]
        markers = [split_marker(w)[1] for w in words if split_marker(w)[1]]
        need = LEAD + gap_before + keep * LEAD
        limit = BOTTOM + footnote_height(pg.footnotes + markers)
        if y - need < limit:
            new_page()
            gap_before = 0
            pg = pages[-1]
        y -= gap_before
        pg.ops.append(("words", x, y, words, font))
        pg.footnotes.extend(markers)
        y -= LEAD

    for blk in BODY:
        kind = blk[0]
        if kind == "head":
            idx = blk[1]
            text = HEADS[idx][2]
            lines = wrap(text, RM - LM, RM - LM, font=BOLD)
            for i, ln in enumerate(lines):
                place_line(ln, LM, font=BOLD, gap_before=(LEAD + 4 if i == 0 else 0), keep=(3 if i == 0 else 2))
                if i == 0:
                    head_pages[idx] = pages[-1].no
            y -= 6
        elif kind == "text":
            for i, ln in enumerate(wrap(blk[1], RM - LM, RM - LM)):
                place_line(ln, LM, gap_before=(LEAD if i == 0 else 0))
            y -= 4
        elif kind == "para":
            para_no += 1
            lines = wrap(blk[1], RM - LM - NUM_INDENT, RM - LM)
            for i, ln in enumerate(lines):
                if i == 0:
                    place_line(ln, LM + NUM_INDENT, gap_before=LEAD, keep=min(1, len(lines) - 1))
                    pages[-1].ops.append(("num", LM, y + LEAD, "%d." % para_no))
                else:
                    place_line(ln, LM)
        elif kind == "item":
            label, text = blk[1], blk[2]
            lines = wrap(text, RM - LM - ITEM_TEXT, RM - LM - ITEM_TEXT)
            for i, ln in enumerate(lines):
                place_line(ln, LM + ITEM_TEXT, gap_before=(LEAD if i == 0 else 0))
                if i == 0:
                    pages[-1].ops.append(("num", LM + ITEM_LABEL, y + LEAD, label))
    return pages, head_pages


# ---------------------------------------------------------------- drawing
def draw_right(c, y, text, font=BODY_FONT, size=FS):
    c.setFont(font, size)
    c.drawRightString(RM, y, text)


def draw_footnotes(c, markers):
    if not markers:
        return
    h = footnote_height(markers)
    y = BOTTOM + h - 4
    c.setLineWidth(0.5)
    c.line(LM, y, LM + 144, y)
    y -= 12
    for mk in markers:
        lines = wrap(FOOTNOTES[mk], RM - LM - 14, RM - LM - 14, size=FN_FS)
        c.setFont(BODY_FONT, FN_FS * 0.7)
        c.drawString(LM, y + 3.5, mk)
        for ln in lines:
            draw_words(c, LM + 14, y, ln, size=FN_FS)
            y -= FN_LEAD
        y -= 2


def draw_cover(c, head_pages):
    y = H - 62
    for t in (SYMBOL, "Original: ENGLISH", "17 December 2004"):
        draw_right(c, y, t)
        y -= 13.5
    y -= 14
    c.setFont(BOLD, FS)
    c.drawString(LM, y, "EIGHTY-EIGHTH SESSION")
    y -= 6
    c.setFont(BODY_FONT, FS)
    rule = "_" * 86
    c.drawString(LM, y, rule)
    y -= 44
    c.setFont(BOLD, 12)
    c.drawCentredString(W / 2, y, "PROVISIONAL SUMMARY RECORD OF THE")
    y -= 16
    t2 = "FOUR HUNDRED AND SIXTY-SECOND MEETING"
    c.drawCentredString(W / 2, y, t2)
    xe = W / 2 + stringWidth(t2, BOLD, 12) / 2
    c.setFont(BOLD, 8)
    c.drawString(xe + 0.5, y + 5, "*")
    y -= 32
    c.setFont(BODY_FONT, FS)
    c.drawCentredString(W / 2, y, "Held at the Palais des Nations, Geneva,")
    y -= 13.5
    c.drawCentredString(W / 2, y, "on Thursday, 2 December 2004, at 3.10 p.m.")
    y -= 34
    c.drawString(LM, y, "Chairperson:")
    c.drawString(LM + 72, y, "Mr. L. Carvalho Mendes (Portugal)")
    y -= 44
    c.setFont(BOLD, FS)
    c.drawCentredString(W / 2, y, "CONTENTS")
    y -= 22
    c.setFont(BODY_FONT, FS)
    c.drawRightString(RM, y, "Page")
    y -= 20
    dot = stringWidth(".", BODY_FONT, FS)
    for idx, (num, ctitle, _h) in enumerate(HEADS):
        c.drawString(LM, y, num + ".")
        tx = LM + 30
        c.drawString(tx, y, ctitle)
        start = tx + stringWidth(ctitle + " ", BODY_FONT, FS)
        end = RM - 24
        n = int((end - start) / dot)
        c.drawString(start, y, "." * max(n, 3))
        c.drawRightString(RM, y, str(head_pages[idx]))
        y -= 20
    # cover note (asterisk)
    note = ("Corrections to this provisional record should be submitted in writing, in one of the "
            "working languages, to the Governing Bodies Secretariat within two weeks of the date of "
            "this document. Corrections will be issued in a single consolidated corrigendum.")
    lines = wrap(note, RM - LM - 14, RM - LM - 14, size=FN_FS)
    ny = 118 + len(lines) * FN_LEAD
    c.setLineWidth(0.5)
    c.line(LM, ny + 8, LM + 144, ny + 8)
    ny -= 4
    c.setFont(BODY_FONT, FN_FS)
    c.drawString(LM, ny, "*")
    for ln in lines:
        draw_words(c, LM + 14, ny, ln, size=FN_FS)
        ny -= FN_LEAD
    # trilingual footer
    c.setFont(BOLD, 13)
    for x, word in ((LM + 40, "COUNCIL"), (W / 2, "CONSEIL"), (RM - 40, "CONSEJO")):
        c.drawCentredString(x, 62, word)


def render(pages, head_pages):
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/C/SR/462 - Provisional summary record of the 462nd meeting")
    c.setAuthor("IOM")
    draw_cover(c, head_pages)
    c.showPage()
    for pg in pages:
        draw_right(c, H - 48, SYMBOL)
        draw_right(c, H - 61.5, "Page %d" % pg.no)
        for op in pg.ops:
            if op[0] == "words":
                _, x, y, words, font = op
                draw_words(c, x, y, words, font=font)
            elif op[0] == "num":
                _, x, y, label = op
                c.setFont(BODY_FONT, FS)
                c.drawString(x, y, label)
        draw_footnotes(c, pg.footnotes)
        c.showPage()
    c.save()
    return 1 + len(pages)


if __name__ == "__main__":
    pages, head_pages = layout_body()
    n = render(pages, head_pages)
    print("pages:", n, "heading pages:", head_pages)
