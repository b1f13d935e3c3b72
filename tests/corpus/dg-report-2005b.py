# Draws dg-report-2005b.pdf: an invented IOM Director General's report for the year 2004 (MC/2168).
# fpdf2, core fonts (Helvetica, WinAnsi encoding), A4. Own flow engine: hanging paragraph numbers,
# raised footnote markers, footnotes at the page foot under a typed rule, running header.
import re
from fpdf import FPDF

SYMBOL = "MC/2168"
OUT = "dg-report-2005b.pdf"

L, R = 25.0, 190.0          # text block left / right edge (mm)
TOP_BODY = 33.0             # first baseline on a text page
BOTTOM = 276.0              # lowest baseline for text/footnotes
BODY_PT, BODY_LH = 11, 5.4
FN_PT, FN_LH = 9, 4.1
NUM_X, TXT_X = L, L + 12.0  # hanging number, text indent

# ---------------------------------------------------------------- content
# Blocks: ("title",), ("heading", level, label, text, tockey), ("para", n, text),
# ("bullet", text), ("item", label, text, depth), ("table",), ("pagebreak",), ("annex",)
# Footnote markers inside text: {1}
FOOTNOTES = {
    1: "The Programme and Budget for 2005 is set out in document MC/2138, as revised by document "
       "MC/2138/Amdt.1 following the discussions of the Standing Committee on Programmes and Finance "
       "in November 2004.",
    3: "The programme was carried out at the request of the Joint Electoral Management Body of "
       "Afghanistan and funded by voluntary contributions from eleven donor governments.",
    2: "Figures reported by the field offices in Banda Aceh and Colombo as at 31 January 2005; "
       "they will be updated in the report for the year 2005.",
    4: "Situation at 31 December 2004. Details are given in the Financial Report for the year ended "
       "31 December 2004 (MC/2169), Statement I.",
    5: "The Agenda was presented at the Berne II Conference held on 16 and 17 December 2004 and is "
       "available from the Swiss Federal Office for Migration.",
}

BODY = [
    ("title",),
    ("heading", 1, None, "INTRODUCTION", "INTRODUCTION"),
    ("para", 1,
     "The present report describes the work of the International Organization for Migration (IOM) during "
     "the year 2004. It is submitted in accordance with the practice established by the Council and should "
     "be read together with the Financial Report for the year ended 31 December 2004 (MC/2169), which "
     "contains the audited figures on which the financial information given below is based."),
    ("para", 2,
     "For the Organization, 2004 was a year of steady growth followed by an exceptional emergency at its "
     "very end. Membership rose from 105 to 109 States, the number of active projects passed 1,400 for the "
     "first time, and total expenditure reached USD 630.4 million, an increase of 14.1 per cent over 2003. "
     "On 26 December 2004 the earthquake and tsunami in the Indian Ocean caused loss of life and "
     "displacement on a scale that tested the capacity of every humanitarian agency, including IOM."),
    ("para", 3,
     "Throughout the year the Administration continued to be guided by the strategic direction set out in "
     "Council Resolution No. 923 (LXXI) of 29 November 1995 on the future activities of IOM, while taking "
     "account of the views expressed by Member States in the governing bodies on the need to consolidate "
     "the Organization's core structure in the face of a rapidly expanding field presence."),

    ("heading", 1, "I", "MEMBERSHIP AND GOVERNANCE", "I.\tMEMBERSHIP AND GOVERNANCE"),
    ("heading", 2, "A", "New Member States and observers", "A.\tNew Member States and observers"),
    ("para", 4,
     "At its Eighty-eighth Session the Council admitted Cape Verde, Mauritania, Timor-Leste and "
     "Turkmenistan as Members of the Organization by Resolutions Nos. 1103, 1104, 1105 and 1106 (LXXXVIII) "
     "of 30 November 2004. The total membership therefore stood at 109 States at the end of the year. The "
     "list of new Member States, together with the offices opened during the year, is given in the Annex."),
    ("para", 5,
     "The Council also granted observer status to the following, bringing the number of observers to "
     "26 States and 64 intergovernmental and non-governmental organizations:"),
    ("bullet", "the Economic Community of Central African States, by Resolution No. 1107 (LXXXVIII);"),
    ("bullet", "the Arab Labour Organization, by Resolution No. 1108 (LXXXVIII); and"),
    ("bullet", "the International Catholic Child Bureau, by Resolution No. 1109 (LXXXVIII)."),
    ("heading", 2, "B", "Governing bodies", "B.\tGoverning bodies"),
    ("para", 6,
     "The Council met twice during the year: in its Eighty-seventh (Special) Session on 8 June 2004 and in "
     "its Eighty-eighth Session from 30 November to 3 December 2004. The Executive Committee held its "
     "Hundred and first Session on 9 and 10 June 2004, and the Standing Committee on Programmes and "
     "Finance met in May and in November."),
    ("para", 7,
     "Among the matters considered by the governing bodies in 2004, the following deserve particular "
     "mention:"),
    ("bullet", "the review of the Organization's structure in the field, and in particular the role of the "
               "Missions with Regional Functions;"),
    ("bullet", "the continuing growth of the Operational Part of the Budget compared with the zero nominal "
               "growth applied to the Administrative Part of the Budget;"),
    ("bullet", "staff security in high-risk duty stations; and"),
    ("bullet", "the arrangements for the election of the Director General and the Deputy Director General "
               "in 2008."),
    ("para", 8,
     "The Programme and Budget for 2005,{1} which foresees an Administrative Part of CHF 36,994,000 and an "
     "Operational Part of USD 497.6 million, was approved by the Council in Resolution No. 1110 (LXXXVIII). "
     "The Council also took note, in Resolution No. 1111 (LXXXVIII), of the report on the Eighty-sixth "
     "Session (MC/2131/Rev.1)."),

    ("heading", 1, "II", "PROGRAMME ACTIVITIES", "II.\tPROGRAMME ACTIVITIES"),
    ("para", 9,
     "The Organization's programmes are presented below by service area, in the order used in the "
     "Programme and Budget. At the end of 2004 IOM was carrying out 1,412 projects in some 100 countries, "
     "compared with 1,196 a year earlier; 91 per cent of them were implemented by field offices."),
    ("heading", 2, "A", "Movement, emergency and post-crisis migration management",
     "A.\tMovement, emergency and post-crisis migration management"),
    ("para", 10,
     "IOM assisted the movement of 212,600 persons in 2004. Resettlement to traditional countries of "
     "immigration accounted for 86,300 refugees and other persons of concern, mainly to the United States, "
     "Canada and Australia, and medical escorts accompanied 3,950 of them. The Organization also arranged "
     "the return of 41,200 internally displaced persons and refugees to southern Sudan, Liberia and Angola."),
    ("para", 11,
     "Within days of the tsunami of 26 December 2004, IOM deployed staff and relief supplies to the worst "
     "affected areas of Indonesia and Sri Lanka. By the end of January 2005 the Organization had:"),
    ("bullet", "transported more than 900 tonnes of food, shelter material and medical supplies on behalf "
               "of government authorities and partner agencies;"),
    ("bullet", "provided temporary shelter and transport to 38,000 displaced persons;{2}"),
    ("bullet", "begun the construction of transitional living centres in the province of Aceh; and"),
    ("bullet", "seconded logistics experts to the United Nations Joint Logistics Centre."),
    ("para", 12,
     "Out-of-country voting programmes were organized for the presidential election in Afghanistan on "
     "9 October 2004, when some 818,000 Afghans registered in Pakistan and the Islamic Republic of Iran "
     "cast their ballots,{3} and preparations began in 14 countries for the vote of Iraqis abroad in "
     "January 2005."),
    ("heading", 2, "B", "Migration health", "B.\tMigration health"),
    ("para", 13,
     "Health assessments were carried out for 134,000 migrants and refugees before departure, chiefly "
     "under agreements with the Governments of Australia, Canada, New Zealand, the United Kingdom and the "
     "United States. Tuberculosis screening was extended to three further processing locations in Asia."),
    ("para", 14,
     "In post-conflict settings the Organization rehabilitated 27 health facilities in Iraq, Liberia and "
     "Timor-Leste and trained 610 health workers. Work on HIV/AIDS and mobile populations continued in "
     "southern Africa and the Greater Mekong subregion in partnership with UNAIDS."),
    ("heading", 2, "C",
     "Regulating migration, facilitating migration and combating trafficking in persons in countries "
     "of origin, transit and destination",
     "C.\tRegulating migration, facilitating migration and combating trafficking in persons in countries "
     "of origin, transit and destination"),
    ("para", 15,
     "Counter-trafficking activities were under way in 85 countries. During the year IOM assisted 2,870 "
     "victims of trafficking, of whom 41 per cent were minors. The assistance comprised the following "
     "elements:"),
    ("item", "(a)", "reception, accommodation and medical and psychological care in shelters run by IOM or "
                    "by partner organizations;", 1),
    ("item", "(b)", "safe and voluntary return, which included:", 1),
    ("item", "(i)", "the verification of identity and the issue of travel documents; and", 2),
    ("item", "(ii)", "an assessment of the risks facing the victim on arrival;", 2),
    ("item", "(c)", "reintegration support in the country of origin, including vocational training and "
                    "small business grants.", 1),
    ("para", 16,
     "Assisted voluntary return programmes enabled 31,400 migrants to return home from 42 host countries, "
     "the largest numbers leaving Germany, the Netherlands, Belgium and Switzerland. Technical cooperation "
     "projects on migration management, notably on border management systems and the training of "
     "officials, were carried out with 58 governments."),
    ("para", 17,
     "In the area of labour migration, IOM helped governments in South and South-East Asia to prepare "
     "pre-departure orientation for contract workers, and processed 9,700 workers recruited under "
     "bilateral agreements between Italy, Spain and countries of Latin America and North Africa."),
    ("heading", 2, "D", "Reparation programmes", "D.\tReparation programmes"),
    ("para", 18,
     "Under the German Forced Labour Compensation Programme IOM had, by 31 December 2004, made payments "
     "totalling EUR 352 million to 86,800 former slave and forced labourers and other victims of the "
     "National Socialist regime. The Humanitarian and Social Programmes financed by the Holocaust Victim "
     "Assets Litigation continued to provide in-kind assistance to Roma and other survivors in 17 countries."),

    ("heading", 1, "III", "FINANCE AND ADMINISTRATION", "III.\tFINANCE AND ADMINISTRATION"),
    ("heading", 2, "A", "Expenditure", "A.\tExpenditure"),
    ("para", 19,
     "Combined expenditure under the Administrative and Operational Parts of the Budget amounted to "
     "USD 630,413,804 in 2004, compared with USD 552,438,067 in 2003. The distribution by service area is "
     "shown in Table 1."),
    ("table",),
    ("para", 20,
     "Expenditure for movement, emergency and post-crisis migration management rose by 22 per cent, largely "
     "because of the return programmes in Sudan and the out-of-country voting programmes described above. "
     "The decline in reparation programmes reflects the approaching completion of the German Forced "
     "Labour Compensation Programme."),
    ("para", 21,
     "Assessed contributions to the Administrative Part of the Budget outstanding from previous years and "
     "from 2004 totalled CHF 5,184,233,{4} of which CHF 3,902,617 was owed by 19 Member States subject to "
     "the provisions of Article 4 of the Constitution. The Administration continued to encourage these "
     "Member States to agree on payment plans."),
    ("heading", 2, "B", "Staff and field structure", "B.\tStaff and field structure"),
    ("para", 22,
     "At 31 December 2004 the Organization employed 4,870 staff, of whom 492 were officials and 4,378 "
     "employees; 94 per cent of them served in the field. The number of field locations rose to 260 with "
     "the opening of the offices listed in the Annex."),
    ("para", 23,
     "Staff security remained a serious concern. The Organization contributed USD 1.2 million to the "
     "United Nations security management system and appointed field security officers in Iraq, Sudan and "
     "Afghanistan."),

    ("heading", 1, "IV", "PARTNERSHIPS AND MIGRATION POLICY DIALOGUE",
     "IV.\tPARTNERSHIPS AND MIGRATION POLICY DIALOGUE"),
    ("para", 24,
     "The International Dialogue on Migration, which the Council launched at its Eighty-second Session, "
     "took as its theme for 2004 \"Valuing migration: costs, benefits, opportunities and challenges\". Two "
     "intersessional workshops were held, on migration and trade and on migration and health, and their "
     "conclusions were presented to the Council in document MC/INF/276."),
    ("para", 25,
     "The Organization provided support to the Berne Initiative, which concluded its work with the "
     "adoption of the International Agenda for Migration Management,{5} and to the Global Commission on "
     "International Migration, whose secretariat IOM assisted with research and regional hearings. "
     "Cooperation with the other members of the Geneva Migration Group was strengthened."),
    ("para", 26,
     "The Director General wishes to thank the Member States, observers and partner organizations for "
     "their support in 2004, and the staff of the Organization for their dedication, often in difficult "
     "and dangerous conditions."),
]

TABLE_CAPTION = "Table 1: Expenditure by service area, 2003 and 2004 (in US dollars)"
TABLE_HEAD = ["Service area", "2003", "2004", "% of total"]
TABLE_ROWS = [
    ("Movement, Emergency and Post-crisis Migration Management", 301226540, 367418250, "58.3"),
    ("Migration Health", 36118902, 41307615, "6.6"),
    ("Migration and Development", 24702388, 28954110, "4.6"),
    ("Regulating Migration", 88410515, 96233472, "15.3"),
    ("Facilitating Migration", 17044761, 19865030, "3.2"),
    ("Migration Policy, Research and Communications", 4106237, 4712884, "0.7"),
    ("Reparation Programmes", 71893604, 62540917, "9.9"),
    ("General Programme Support", 8935120, 9381526, "1.5"),
]
assert sum(r[1] for r in TABLE_ROWS) == 552438067 and sum(r[2] for r in TABLE_ROWS) == 630413804

ANNEX = [
    ("annexhead",),
    ("heading", 2, "A", "Member States admitted in 2004", None),
    ("text", "The following States were admitted to membership of the Organization by the Council at its "
             "Eighty-eighth Session, on 30 November 2004:"),
    ("bullet", "Cape Verde (Resolution No. 1103 (LXXXVIII))"),
    ("bullet", "Mauritania (Resolution No. 1104 (LXXXVIII))"),
    ("bullet", "Timor-Leste (Resolution No. 1105 (LXXXVIII))"),
    ("bullet", "Turkmenistan (Resolution No. 1106 (LXXXVIII))"),
    ("heading", 2, "B", "Offices opened in 2004", None),
    ("text", "The following country offices and sub-offices were opened during the year:"),
    ("bullet", "Banda Aceh, Indonesia (sub-office, December)"),
    ("bullet", "Dakar, Senegal (country office, March)"),
    ("bullet", "El Fasher, Sudan (sub-office, August)"),
    ("bullet", "Juba, Sudan (sub-office, October)"),
    ("bullet", "Monrovia, Liberia (country office, January)"),
    ("bullet", "Nouakchott, Mauritania (country office, November)"),
    ("bullet", "Trincomalee, Sri Lanka (sub-office, December)"),
]


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    pass


def make_pdf(toc_pages):
    pdf = Doc(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_title("Report of the Director General on the Work of the Organization for the Year 2004")
    state = {"label": None, "y": TOP_BODY, "fns": [], "annex": False}
    heading_pages = {}

    def font(style="", size=BODY_PT):
        pdf.set_font("helvetica", style, size)

    def right(text, y, style="", size=BODY_PT):
        font(style, size)
        pdf.text(R - pdf.get_string_width(text), y, text)

    def centre(text, y, style="", size=BODY_PT):
        font(style, size)
        pdf.text((L + R) / 2 - pdf.get_string_width(text) / 2, y, text)

    # --- tokens with raised markers
    def tokens(text):
        out = []
        for w in text.split(" "):
            parts = re.split(r"(\{\d+\})", w)
            segs = []
            for p in parts:
                if not p:
                    continue
                m = re.fullmatch(r"\{(\d+)\}", p)
                segs.append(("sup", m.group(1)) if m else ("txt", p))
            out.append(segs)
        return out

    def seg_w(seg, style, size):
        if seg[0] == "sup":
            font("", size * 0.64)
        else:
            font(style, size)
        return pdf.get_string_width(seg[1])

    def tok_w(tok, style, size):
        return sum(seg_w(s, style, size) for s in tok)

    def wrap(text, width_first, width_rest, style="", size=BODY_PT):
        toks = tokens(text)
        font(style, size)
        sp = pdf.get_string_width(" ")
        lines, cur, cw = [], [], 0.0
        for t in toks:
            w = tok_w(t, style, size)
            lim = width_first if not lines else width_rest
            if cur and cw + sp + w > lim:
                lines.append(cur)
                cur, cw = [t], w
            else:
                cw = cw + (sp if cur else 0) + w
                cur.append(t)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(toks, x, y, width, justify, style="", size=BODY_PT):
        font(style, size)
        sp = pdf.get_string_width(" ")
        total = sum(tok_w(t, style, size) for t in toks) + sp * (len(toks) - 1)
        gap = sp
        if justify and len(toks) > 1:
            extra = (width - total) / (len(toks) - 1)
            if extra < 3.0:
                gap = sp + extra
        for t in toks:
            for s in t:
                if s[0] == "sup":
                    font("", size * 0.64)
                    pdf.text(x, y - size * 0.13, s[1])
                else:
                    font(style, size)
                    pdf.text(x, y, s[1])
                x += seg_w(s, style, size)
            x += gap

    def markers(toks):
        return [int(s[1]) for t in toks for s in t if s[0] == "sup"]

    # --- footnotes
    def fn_lines(n):
        return wrap(FOOTNOTES[n], R - (L + 5), R - (L + 5), "", FN_PT)

    def fn_space(fns):
        if not fns:
            return 0.0
        return 6.0 + sum(len(fn_lines(n)) * FN_LH + 0.8 for n in fns)

    def flush_footnotes():
        fns = state["fns"]
        if not fns:
            return
        h = fn_space(fns)
        y = BOTTOM - h + 4.0
        font("", FN_PT)
        pdf.text(L, y, "_______________")
        y += 5.0
        for n in fns:
            font("", FN_PT * 0.64)
            pdf.text(L, y - 0.9, str(n))
            for i, ln in enumerate(fn_lines(n)):
                draw_line(ln, L + 5, y, R - (L + 5), i < len(fn_lines(n)) - 1, "", FN_PT)
                y += FN_LH
            y += 0.8
        state["fns"] = []

    # --- pages
    def new_page(label, annex=False):
        if pdf.page:
            flush_footnotes()
        pdf.add_page()
        state["label"] = label
        state["y"] = TOP_BODY
        if label is not None:
            right(SYMBOL, 15)
            if annex:
                right("Annex", 20)
            else:
                right("Page %s" % label, 20)

    def next_body_page():
        lab = state["label"]
        new_page(int(lab) + 1 if isinstance(lab, int) else 1)

    def room(h, new_fns=()):
        fns = state["fns"] + [n for n in new_fns if n not in state["fns"]]
        return state["y"] + h <= BOTTOM - fn_space(fns)

    def place_text_lines(lines, x_first, x_rest, width_first, width_rest, style="", size=BODY_PT,
                         label=None, label_x=None, justify=True, lh=BODY_LH):
        for i, ln in enumerate(lines):
            mk = markers(ln)
            if not room(lh, mk):
                next_body_page()
            for n in mk:
                if n not in state["fns"]:
                    state["fns"].append(n)
            y = state["y"]
            if i == 0 and label:
                font(style, size)
                pdf.text(label_x, y, label)
            x = x_first if i == 0 else x_rest
            w = width_first if i == 0 else width_rest
            draw_line(ln, x, y, w, justify and i < len(lines) - 1, style, size)
            state["y"] += lh

    def gap(h):
        state["y"] += h

    # --- cover
    pdf.add_page()
    right(SYMBOL, 22, "B", 12)
    right("Original: English", 30)
    right("12 May 2005", 35.5)
    centre("NINETIETH SESSION", 52, "B")
    font("", BODY_PT)
    pdf.text(L, 58, "_" * 58)
    centre("REPORT OF THE DIRECTOR GENERAL", 120, "B", 13)
    centre("ON THE WORK OF THE ORGANIZATION FOR THE YEAR 2004", 127, "B", 13)
    font("", BODY_PT)
    pdf.text(L, 236, "__________")
    lines = wrap("This document is submitted to the Executive Committee at its Hundred and second Session "
                 "in June 2005.", R - L, R - L)
    y = 243
    for i, ln in enumerate(lines):
        draw_line(ln, L, y, R - L, i < len(lines) - 1)
        y += BODY_LH
    font("B", 12)
    pdf.text(L + 12, 282, "COUNCIL")
    centre("CONSEIL", 282, "B", 12)
    font("B", 12)
    pdf.text(R - 12 - pdf.get_string_width("CONSEJO"), 282, "CONSEJO")

    # --- contents
    new_page("i")
    centre("CONTENTS", 38, "B")
    right("Page", 48)
    y = 58
    toc = [
        (0, "INTRODUCTION", "INTRODUCTION"),
        (0, "I.", "MEMBERSHIP AND GOVERNANCE"),
        (1, "A.", "New Member States and observers"),
        (1, "B.", "Governing bodies"),
        (0, "II.", "PROGRAMME ACTIVITIES"),
        (1, "A.", "Movement, emergency and post-crisis migration management"),
        (1, "B.", "Migration health"),
        (1, "C.", "Regulating migration, facilitating migration and combating trafficking in persons in "
                  "countries of origin, transit and destination"),
        (1, "D.", "Reparation programmes"),
        (0, "III.", "FINANCE AND ADMINISTRATION"),
        (1, "A.", "Expenditure"),
        (1, "B.", "Staff and field structure"),
        (0, "IV.", "PARTNERSHIPS AND MIGRATION POLICY DIALOGUE"),
        (0, "ANNEX", "NEW MEMBER STATES AND OFFICES OPENED IN 2004"),
    ]
    keys = ["INTRODUCTION", "I", "I.A", "I.B", "II", "II.A", "II.B", "II.C", "II.D", "III", "III.A",
            "III.B", "IV", "ANNEX"]
    for (lvl, lab, txt), key in zip(toc, keys):
        pg = str(toc_pages.get(key, "0"))
        if lab == "INTRODUCTION":
            lab_x, tx = L, L
            txt_show = "INTRODUCTION"
        elif lab == "ANNEX":
            lab_x, tx = L, L + 17
        else:
            lab_x = L if lvl == 0 else L + 12
            tx = L + 12 if lvl == 0 else L + 22
        numw = 12
        avail = R - numw - tx
        lines = wrap(txt, avail, avail)
        font("", BODY_PT)
        if lab != "INTRODUCTION":
            pdf.text(lab_x, y, lab)
        for i, ln in enumerate(lines):
            draw_line(ln, tx, y, avail, False)
            if i == len(lines) - 1:
                font("", BODY_PT)
                endx = tx + sum(tok_w(t, "", BODY_PT) for t in ln) + pdf.get_string_width(" ") * (len(ln) - 1)
                dots_start = endx + 2
                dots_end = R - pdf.get_string_width(pg) - 3
                dw = pdf.get_string_width(".")
                n = int((dots_end - dots_start) / dw)
                pdf.text(dots_end - n * dw, y, "." * n)
                pdf.text(R - pdf.get_string_width(pg), y, pg)
            else:
                y += BODY_LH
        y += BODY_LH + (3.0 if lvl == 0 else 1.5)
        if lab == "IV.":
            y += 3.0

    # --- body
    new_page(1)
    cur_roman = None
    prev = None
    for b in BODY:
        kind = b[0]
        if prev in ("bullet", "item") and kind == "heading":
            gap(1.5)
        if kind == "title":
            centre("REPORT OF THE DIRECTOR GENERAL", state["y"], "B")
            centre("ON THE WORK OF THE ORGANIZATION FOR THE YEAR 2004", state["y"] + BODY_LH, "B")
            gap(2 * BODY_LH + 6)
        elif kind == "heading":
            _, lvl, lab, text, _t = b
            style = "B" if lvl == 1 else "BI"
            x0 = L if lab is None else TXT_X
            lines = wrap(text, R - x0 - 10, R - x0 - 10, style)
            need = (len(lines) + 3) * BODY_LH + 4
            if not room(need):
                next_body_page()
            gap(2)
            if lvl == 1:
                cur_roman = lab
                key = lab or "INTRODUCTION"
            else:
                key = "%s.%s" % (cur_roman, lab)
            heading_pages[key] = state["label"]
            place_text_lines(lines, x0, x0, R - x0, R - x0, style,
                             label=(lab + ".") if lab else None, label_x=L, justify=False)
            gap(3.5)
        elif kind == "para":
            _, n, text = b
            if prev in ("bullet", "item"):
                gap(1.5)
            lines = wrap(text, R - TXT_X, R - TXT_X)
            if not room(2 * BODY_LH):
                next_body_page()
            place_text_lines(lines, TXT_X, TXT_X, R - TXT_X, R - TXT_X, label="%d." % n, label_x=NUM_X)
            gap(3.5)
        elif kind == "bullet":
            bx, tx = TXT_X + 4, TXT_X + 10
            lines = wrap(b[1], R - tx, R - tx)
            if not room(BODY_LH):
                next_body_page()
            place_text_lines(lines, tx, tx, R - tx, R - tx, label="\u2022", label_x=bx)
            gap(2)
        elif kind == "item":
            _, lab, text, depth = b
            lx = TXT_X if depth == 1 else TXT_X + 10
            tx = lx + 10
            lines = wrap(text, R - tx, R - tx)
            place_text_lines(lines, tx, tx, R - tx, R - tx, label=lab, label_x=lx)
            gap(2)
        elif kind == "table":
            rows = len(TABLE_ROWS) + 2
            need = 12 + rows * 6.5 + 8
            if not room(need):
                next_body_page()
            gap(2)
            centre(TABLE_CAPTION, state["y"], "B", 10)
            gap(6)
            cols = [L, L + 93, L + 120, L + 147, R]
            top = state["y"] - 4.2
            pdf.set_line_width(0.2)
            pdf.line(L, top, R, top)
            font("B", 9.5)
            for i, h in enumerate(TABLE_HEAD):
                if i == 0:
                    pdf.text(cols[0] + 1.5, state["y"], h)
                else:
                    pdf.text(cols[i + 1] - 1.5 - pdf.get_string_width(h), state["y"], h)
            pdf.line(L, state["y"] + 2, R, state["y"] + 2)
            gap(6.5)
            for lab, a, c, p in TABLE_ROWS + [("Total", 552438067, 630413804, "100.0")]:
                st = "B" if lab == "Total" else ""
                if lab == "Total":
                    pdf.line(L, state["y"] - 4.3, R, state["y"] - 4.3)
                font(st, 9.5)
                pdf.text(cols[0] + 1.5, state["y"], lab)
                for i, v in enumerate(["{:,}".format(a), "{:,}".format(c), p]):
                    pdf.text(cols[i + 2] - 1.5 - pdf.get_string_width(v), state["y"], v)
                gap(6.0)
            pdf.line(L, state["y"] - 4.0, R, state["y"] - 4.0)
            for x in cols:
                pdf.line(x, top, x, state["y"] - 4.0)
            gap(4)
        prev = kind

    # --- annex
    last_body = state["label"]
    new_page("annex", annex=True)
    tcount = 0
    for b in ANNEX:
        kind = b[0]
        if kind == "annexhead":
            centre("ANNEX", state["y"] + 4, "B")
            centre("NEW MEMBER STATES AND OFFICES OPENED IN 2004", state["y"] + 14, "B")
            gap(26)
        elif kind == "heading":
            _, lvl, lab, text, _t = b
            gap(2)
            font("BI", BODY_PT)
            pdf.text(L, state["y"], lab + ".")
            pdf.text(TXT_X, state["y"], text)
            gap(BODY_LH + 3.5)
        elif kind == "text":
            lines = wrap(b[1], R - L, R - L)
            place_text_lines(lines, L, L, R - L, R - L)
            gap(3.5)
        elif kind == "bullet":
            bx, tx = L + 6, L + 12
            lines = wrap(b[1], R - tx, R - tx)
            place_text_lines(lines, tx, tx, R - tx, R - tx, label="\u2022", label_x=bx)
            gap(2)
    flush_footnotes()
    heading_pages["ANNEX"] = last_body + 1
    return pdf, heading_pages


pdf, pages = make_pdf({})
pdf, pages2 = make_pdf(pages)
pdf.output(OUT)
print("heading pages:", pages2, pages == pages2, "total pages", pdf.page)
