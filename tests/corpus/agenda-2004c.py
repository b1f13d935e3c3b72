"""Draw agenda-2004c.pdf: annotated provisional agenda of the 88th Session of the IOM Council (2004),
laid out like a word-processor document of that time (Times, 11 pt, documents column at the right)."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2004c.pdf")

SYMBOL = "MC/2142"

# ---------------------------------------------------------------- content
# Each item: (number, title, marker or None, documents, annotation paragraphs, sub-items)
# Each sub-item: (label, title, marker or None, documents, annotation paragraphs)
ITEMS = [
    ("1", "Opening of the session", None, [], [
        "The session will be opened at 10 a.m. on Tuesday, 30 November 2004, in Room XVIII of the "
        "Palais des Nations, by the outgoing Chairman of the Council, H.E. Ms. Kirsti Halvorsen (Norway)."
    ], []),
    ("2", "Credentials of representatives and observers", None, [], [
        "Under Rule 6 of the Rules of Procedure of the Council, the credentials of the representatives of "
        "Member States and the names of the members of observer delegations should reach the Director "
        "General, if possible, not later than one week before the opening of the session. The Bureau will "
        "examine the credentials received and report on them to the Council, which will be invited to take "
        "note of that report."
    ], []),
    ("3", "Election of officers", None, [], [
        "In accordance with Rule 16 of the Rules of Procedure, the Council will elect its Chairman, First "
        "Vice-Chairman, Second Vice-Chairman and Rapporteur, who remain in office until their successors "
        "are elected at the next regular session. Under the established practice of rotation among the "
        "regional groups, the Chairman is expected to come this year from the group of African States."
    ], []),
    ("4", "Adoption of the agenda", None, [SYMBOL], [
        "The Council is invited to adopt the provisional agenda set out in the present document. Proposals "
        "for amendments or additional items should be sent to the Administration in writing before the "
        "opening of the session."
    ], []),
    ("5", "Admission of new Members and observers", None, [], [], [
        ("(a)", "Applications for membership in the Organization", "1",
         ["MC/2143", "MC/2144", "MC/2145"], [
             "The Governments of the Republic of Botswana, the Islamic Republic of Mauritania and the "
             "Republic of Turkey have applied for membership in the Organization. In each case the "
             "application states that the Government accepts the Constitution of the Organization and is "
             "prepared to contribute to the Administrative part of the Budget at a rate to be agreed upon "
             "with the Council. The Council will be invited to adopt the three corresponding draft "
             "resolutions."
         ]),
        ("(b)", "Applications for representation by observers", None,
         ["MC/2146", "MC/2147"], [
             "The International Centre for Migration Policy Development (ICMPD) and the Indian Ocean "
             "Commission have asked to be represented by observers at meetings of the Council. Both "
             "requests will be submitted to the Council for decision."
         ]),
    ]),
    ("6", "Reports on the Eighty-sixth Session and the Eighty-seventh (Special) Session of the Council",
     None, ["MC/2125", "MC/2136"], [
        "The draft reports on the Eighty-sixth Session (18-21 November 2003) and on the Eighty-seventh "
        "(Special) Session (8 June 2004) have been circulated to all Member States. No written comments "
        "had been received at the time of issue of this agenda. The Council will be invited to approve "
        "both reports."
    ], []),
    ("7", "Statement by the Director General", None, [], [
        "The Director General will address the Council on the activities of the Organization since the "
        "last regular session and on the main challenges it expects to face in the coming year."
    ], []),
    ("8", "General debate: statements by Member States and observers", "2", [], [
        "Delegations that wish to take the floor in the general debate are requested to inscribe their "
        "names on the list of speakers with the Secretariat of the Council. The list will be closed at "
        "6 p.m. on Tuesday, 30 November 2004. Speakers will be called in the order of inscription, "
        "Member States before observers."
    ], []),
    ("9", "International Dialogue on Migration", None, [], [], [
        ("(a)", "Valuing migration: costs, benefits, opportunities and challenges", None,
         ["MC/INF/275"], [
             "The theme chosen for the policy dialogue of the Council in 2004 looks at how the "
             "contribution of migrants to countries of origin and destination can be measured and better "
             "communicated to the public. The discussion will take place in panel format on the afternoon "
             "of Wednesday, 1 December 2004. Document MC/INF/275 presents the theme and suggests a number "
             "of questions to guide the interventions of delegations."
         ]),
        ("(b)", "Report on the intersessional workshops held in 2004", None,
         ["MC/INF/276", "MC/INF/277"], [
             "Two intersessional workshops were held during the year: one on trade and migration, in "
             "March 2004, and one on health and migration, in June 2004. The conclusions reached at each "
             "workshop are summarized in documents MC/INF/276 and MC/INF/277 respectively."
         ]),
    ]),
    ("10", "IOM Strategy: current and future migration realities and IOM's role", None, ["MC/INF/274"], [
        "Document MC/INF/274 reviews the strategic orientation set out in document MC/1842 and endorsed "
        "by Resolution No. 923 (LXXI) of 29 November 1995, in the light of the changes in international "
        "migration that have occurred since then. It takes account of the views expressed in the informal "
        "consultations held in September and October 2004. The Council will be invited to comment on the "
        "points of strategy it proposes, with a view to their further development in 2005."
    ], []),
    ("11", "Report on the Hundred and first Session of the Executive Committee", None,
     ["MC/EX/667", "MC/2140"], [
        "The Executive Committee met in Geneva on 9 and 10 June 2004. Its report is before the Council "
        "together with the Financial Report for the year ended 31 December 2003 (MC/2140), which the "
        "Executive Committee examined and recommended to the Council for approval. The Council will be "
        "invited to take note of the report and to approve the decisions taken by the Executive "
        "Committee at that session."
    ], []),
    ("12", "Programme and Budget for 2005 and related matters", None, [], [], [
        ("(a)", "Programme and Budget for 2005", None, ["MC/2138", "MC/2141"], [
            "The Programme and Budget for 2005 provides for an Administrative part of the Budget of "
            "CHF 37,161,000, an increase of CHF 645,000 over the level of CHF 36,516,000 approved for "
            "2004, and for an Operational part of the Budget of USD 452.8 million. The proposals were "
            "reviewed by the Subcommittee on Budget and Finance at its Ninety-first Session, held on 2 "
            "and 3 November 2004, whose report (MC/2141) is also submitted to the Council."
        ]),
        ("(b)", "Scale of assessment for 2005", None, ["MC/2139"], [
            "The scale of assessment for 2005 includes the three States whose applications for "
            "membership appear under item 5 (a). Its adoption therefore depends on the decisions taken "
            "by the Council on those applications."
        ]),
        ("(c)", "Status reports on outstanding contributions to the Administrative part of the Budget",
         None, ["MC/2137", "MC/2137/Add.1"], [
             "As at 30 September 2004, contributions outstanding to the Administrative part of the Budget "
             "amounted to CHF 5,874,212, of which CHF 3,402,659 related to 2004 and CHF 2,471,553 to "
             "earlier years. Fourteen Member States were then subject to the provisions of Article 4 of "
             "the Constitution. An update will be issued at the opening of the session as document "
             "MC/2137/Add.1. The Council will also be informed of the results obtained under Resolution "
             "No. 1077 (LXXXIV) of 4 December 2002 on the payment of arrears through repayment plans."
         ]),
    ]),
    ("13", "Election of the Executive Committee", None, [], [
        "The mandate of the nine Member States elected to the Executive Committee at the Eighty-fourth "
        "Session of the Council expires at the end of 2004. The Council will elect the members of the "
        "Executive Committee for the years 2005 and 2006."
    ], []),
    ("14", "Other business", None, [], [
        "No other item had been proposed at the time this document was issued."
    ], []),
    ("15", "Date and place of the next session", None, [], [
        "The Council will be invited to decide provisionally that its Eighty-ninth Session will be held "
        "in Geneva at the end of November 2005. The exact dates will be confirmed by the Executive "
        "Committee in June 2005."
    ], []),
    ("16", "Closure of the session", None, [], [
        "The session is expected to close on the afternoon of Thursday, 2 December 2004."
    ], []),
]

FOOTNOTES = {
    "1": "The draft resolution on each application is attached to the document concerned. The "
         "contribution proposed for each applicant for 2005 is shown in document MC/2139.",
    "2": "Delegations are kindly requested to limit their statements to seven minutes and to hand 30 "
         "copies of the text to the conference officer for distribution.",
}

# ---------------------------------------------------------------- geometry
FS = 11             # body font size
LH = 5.1            # body line height
FN_FS = 9.5         # footnote font size
FN_LH = 4.1         # footnote line height
LEFT, RIGHT = 25.0, 185.0
X_NUM, X_TITLE, X_SUB = 25.0, 35.0, 45.0
X_TEXT_END = 146.0
X_DOCS = 153.0
BODY_TOP = 30.0
BOTTOM_FIRST = 268.0   # first page keeps room for the trilingual footer
BOTTOM = 278.0

pdf = FPDF(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, 20, 210 - RIGHT)


def sw(text, style="", size=FS):
    pdf.set_font("Times", style, size)
    return pdf.get_string_width(text)


def wrap(text, width, style="", size=FS, marker=None):
    """Split text into lines (lists of words) that fit width; a marker is glued to the last word."""
    words = text.split()
    mw = sw(marker, "", 7) + 0.3 if marker else 0.0
    lines, cur = [], []
    for i, w in enumerate(words):
        extra = mw if (marker and i == len(words) - 1) else 0.0
        if cur and sw(" ".join(cur + [w]), style, size) + extra > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- grid lines
def item_grid(label, title, marker, docs, annots, x_lab, x_txt):
    grid = []
    tl = wrap(title, X_TEXT_END - x_txt, "B", FS, marker)
    for i, words in enumerate(tl):
        grid.append({"kind": "title", "label": label if i == 0 else None, "x_lab": x_lab, "x": x_txt,
                     "words": words, "style": "B", "justify": False,
                     "marker": marker if i == len(tl) - 1 else None})
    for para in annots:
        grid.append({"kind": "blank"})
        al = wrap(para, X_TEXT_END - x_txt)
        for i, words in enumerate(al):
            grid.append({"kind": "text", "x": x_txt, "words": words, "style": "",
                         "justify": i < len(al) - 1, "width": X_TEXT_END - x_txt})
    # the documents column runs alongside, from the first title line down
    for i, sym in enumerate(docs):
        while i >= len(grid):
            grid.append({"kind": "blank"})
        grid[i]["doc"] = sym
    return grid


blocks = []
for num, title, marker, docs, annots, subs in ITEMS:
    blocks.append({"grid": item_grid(num + ".", title, marker, docs, annots, X_NUM, X_TITLE),
                   "keep_next": not annots and bool(subs)})
    for lab, stitle, smarker, sdocs, sannots in subs:
        blocks.append({"grid": item_grid(lab, stitle, smarker, sdocs, sannots, X_TITLE, X_SUB),
                       "keep_next": False})


def is_gap(g):
    return g["kind"] == "blank" and not g.get("doc")


def grid_height(grid, n=None):
    h = 0.0
    for g in grid[: n if n is not None else len(grid)]:
        h += LH / 2 if is_gap(g) else LH
    return h


def keep_height(grid):
    """Height that must stay together: title lines, the documents column and two lines of text."""
    n_title = sum(1 for g in grid if g["kind"] == "title")
    n_docs = max([i + 1 for i, g in enumerate(grid) if g.get("doc")] or [0])
    return grid_height(grid, max(n_title + 3, n_docs))


# ---------------------------------------------------------------- drawing helpers
def draw_words(g, y):
    style = g["style"]
    words = g["words"]
    x = g["x"]
    pdf.set_font("Times", style, FS)
    if g.get("justify") and len(words) > 1:
        total = sum(sw(w, style) for w in words)
        gap = (g["width"] - total) / (len(words) - 1)
        for w in words:
            pdf.set_font("Times", style, FS)
            pdf.text(x, y, w)
            x += sw(w, style) + gap
    else:
        s = " ".join(words)
        pdf.set_font("Times", style, FS)
        pdf.text(x, y, s)
        x += sw(s, style)
    if g.get("marker"):
        pdf.set_font("Times", "", 7)
        pdf.text(x + 0.3, y - 1.9, g["marker"])


def running_header(n):
    pdf.set_font("Times", "", FS)
    pdf.text(RIGHT - sw(SYMBOL), 14.0, SYMBOL)
    lab = "Page %d" % n
    pdf.set_font("Times", "", FS)
    pdf.text(RIGHT - sw(lab), 19.0, lab)


def footnote_lines(mark):
    return wrap(FOOTNOTES[mark], RIGHT - LEFT - 5, "", FN_FS)


def footnote_height(marks):
    if not marks:
        return 0.0
    h = 7.0  # rule and space
    for m in marks:
        h += len(footnote_lines(m)) * FN_LH + 1.0
    return h


def draw_footnotes(marks, bottom):
    if not marks:
        return
    y = bottom - footnote_height(marks) + 4.0
    pdf.set_font("Times", "", FS)
    pdf.text(LEFT, y, "_" * 20)
    y += 6.0
    for m in marks:
        lines = footnote_lines(m)
        pdf.set_font("Times", "", 6.5)
        pdf.text(LEFT, y - 1.6, m)
        for i, words in enumerate(lines):
            if i < len(lines) - 1 and len(words) > 1:
                total = sum(sw(w, "", FN_FS) for w in words)
                gap = (RIGHT - LEFT - 5 - total) / (len(words) - 1)
                x = LEFT + 5
                for w in words:
                    pdf.set_font("Times", "", FN_FS)
                    pdf.text(x, y, w)
                    x += sw(w, "", FN_FS) + gap
            else:
                pdf.set_font("Times", "", FN_FS)
                pdf.text(LEFT + 5, y, " ".join(words))
            y += FN_LH
        y += 1.0


def center(y, s, style="", size=FS):
    w = sw(s, style, size)
    pdf.set_font("Times", style, size)
    pdf.text((210 - w) / 2, y, s)


# ---------------------------------------------------------------- first page: header block
pdf.add_page()
page_no = 1
page_marks = []
bottom = BOTTOM_FIRST
for yy, s in ((20.0, SYMBOL), (25.0, "Original: English"), (30.0, "22 October 2004")):
    pdf.set_font("Times", "", FS)
    pdf.text(RIGHT - sw(s), yy, s)
center(48.0, "EIGHTY-EIGHTH SESSION", "B")
center(55.0, "_" * 22)
center(70.0, "ANNOTATED PROVISIONAL AGENDA", "B")
center(80.0, "Geneva")
center(85.1, "30 November to 2 December 2004")
pdf.set_font("Times", "BU", FS)
pdf.text(X_DOCS, 100.0, "Documents")
y = 102.0
# trilingual footer of the cover
pdf.set_font("Times", "B", FS)
pdf.text(LEFT, 286.0, "COUNCIL")
pdf.text((210 - sw("CONSEIL", "B")) / 2, 286.0, "CONSEIL")
pdf.set_font("Times", "B", FS)
pdf.text(RIGHT - sw("CONSEJO", "B"), 286.0, "CONSEJO")


def new_page():
    global page_no, page_marks, y, bottom
    draw_footnotes(page_marks, bottom)
    pdf.add_page()
    page_no += 1
    page_marks = []
    bottom = BOTTOM
    running_header(page_no)
    y = BODY_TOP


# ---------------------------------------------------------------- the agenda
for bi, blk in enumerate(blocks):
    grid = blk["grid"]
    marks = [g["marker"] for g in grid if g.get("marker")]
    need = keep_height(grid)
    if blk["keep_next"] and bi + 1 < len(blocks):
        nxt = blocks[bi + 1]["grid"]
        need = grid_height(grid) + LH / 2 + keep_height(nxt)
        marks += [g["marker"] for g in nxt if g.get("marker")]
    gap = LH if bi > 0 else 0.0   # one blank line before every item and sub-item
    if y + gap + need > bottom - footnote_height(page_marks + marks):
        new_page()
    else:
        y += gap
    for g in grid:
        extra = [g["marker"]] if g.get("marker") else []
        h = LH / 2 if is_gap(g) else LH
        if y + h > bottom - footnote_height(page_marks + extra):
            new_page()
            if is_gap(g):
                continue
        base = y + 3.8
        if g["kind"] in ("title", "text"):
            if g.get("label"):
                pdf.set_font("Times", "B", FS)
                pdf.text(g["x_lab"], base, g["label"])
            draw_words(g, base)
        if g.get("doc"):
            pdf.set_font("Times", "", FS)
            pdf.text(X_DOCS, base, g["doc"])
        page_marks += extra
        y += h

draw_footnotes(page_marks, bottom)
pdf.output(OUT)
print("pages:", pdf.page_no())
