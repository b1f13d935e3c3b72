# Draws scale-of-assessment-2004.pdf: an invented IOM paper (MC/2146, 5 October 2004)
# proposing the scale of assessment for 2005.
import random
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "scale-of-assessment-2004.pdf"
SYMBOL = "MC/2146"
W, H = A4
LM, RM = 72, 523          # left and right margins
NUM_X, TXT_X = 72, 108    # paragraph number, paragraph text
BODY_FONT, BODY_SIZE, LEAD = "Times-Roman", 11, 13.2
TOTAL_CHF = 37128000

# ---------------------------------------------------------------- data
# UN rates 2004-2006 (basis of 2005) and 2001-2003 (basis of 2004), approximate
UN05 = {
    "Afghanistan": 0.002, "Albania": 0.005, "Argentina": 0.956,
    "Armenia": 0.002, "Australia": 1.592, "Austria": 0.859, "Azerbaijan": 0.005, "Bangladesh": 0.010,
    "Belarus": 0.018, "Belgium": 1.069, "Benin": 0.002, "Bolivia": 0.009,
    "Bosnia and Herzegovina": 0.003, "Brazil": 1.523, "Bulgaria": 0.017, "Burkina Faso": 0.002,
    "Cambodia": 0.002, "Canada": 2.813, "Chile": 0.223, "Colombia": 0.155,
    "Congo": 0.001, "Costa Rica": 0.030, "C\u00f4te d'Ivoire": 0.010, "Croatia": 0.037, "Cyprus": 0.039,
    "Czech Republic": 0.183, "Democratic Republic of the Congo": 0.003, "Denmark": 0.718,
    "Dominican Republic": 0.035, "Ecuador": 0.019, "Egypt": 0.120, "El Salvador": 0.022,
    "Estonia": 0.012, "Finland": 0.533, "France": 6.030, "Georgia": 0.003,
    "Germany": 8.662, "Ghana": 0.004, "Greece": 0.530, "Guatemala": 0.030, "Guinea": 0.003,
    "Guinea-Bissau": 0.001, "Haiti": 0.003, "Honduras": 0.005, "Hungary": 0.126,
    "Iran (Islamic Republic of)": 0.157, "Ireland": 0.350, "Israel": 0.467, "Italy": 4.885,
    "Japan": 19.468, "Jordan": 0.011, "Kazakhstan": 0.025, "Kenya": 0.009, "Kyrgyzstan": 0.001,
    "Latvia": 0.015, "Libyan Arab Jamahiriya": 0.132, "Lithuania": 0.024,
    "Luxembourg": 0.077, "Madagascar": 0.003, "Mali": 0.002, "Mauritania": 0.001,
    "Mexico": 1.883, "Morocco": 0.047, "Netherlands": 1.690, "New Zealand": 0.221,
    "Nicaragua": 0.001, "Nigeria": 0.042, "Norway": 0.679, "Pakistan": 0.055, "Panama": 0.019,
    "Paraguay": 0.012, "Peru": 0.092, "Philippines": 0.095, "Poland": 0.461, "Portugal": 0.470,
    "Republic of Korea": 1.796, "Republic of Moldova": 0.001, "Romania": 0.060, "Senegal": 0.005, "Serbia and Montenegro": 0.019, "Sierra Leone": 0.001, "Slovakia": 0.051,
    "Slovenia": 0.082, "South Africa": 0.292, "Spain": 2.520, "Sri Lanka": 0.017, "Sudan": 0.008,
    "Sweden": 0.998, "Switzerland": 1.197, "Tajikistan": 0.001, "Thailand": 0.209,
    "The former Yugoslav Republic of Macedonia": 0.006, "Tunisia": 0.032, "Uganda": 0.006,
    "Ukraine": 0.039, "United Kingdom of Great Britain and Northern Ireland": 6.127,
    "United Republic of Tanzania": 0.006, "United States of America": 22.000, "Uruguay": 0.048,
    "Venezuela (Bolivarian Republic of)": 0.171, "Yemen": 0.006, "Zambia": 0.002, "Zimbabwe": 0.007,
}
UN04_BIG = {
    "United States of America": 22.000, "Japan": 19.516, "Germany": 9.769, "France": 6.466,
    "United Kingdom of Great Britain and Northern Ireland": 5.536, "Italy": 5.065, "Canada": 2.558,
    "Spain": 2.539, "Republic of Korea": 1.866, "Netherlands": 1.738, "Australia": 1.627,
    "Switzerland": 1.274, "Belgium": 1.129, "Argentina": 1.149, "Mexico": 1.086, "Sweden": 1.027,
    "Austria": 0.947, "Denmark": 0.755, "Norway": 0.646, "Finland": 0.522, "Greece": 0.539,
    "Portugal": 0.462, "Israel": 0.415, "Poland": 0.378, "Ireland": 0.294,
}
NEW_MEMBERS = ["Belarus", "Brazil"]          # marker a: admitted June 2004
RENAMED = ["Serbia and Montenegro"]          # marker b

rnd = random.Random(2004)
UN04 = {}
for k, v in UN05.items():
    if k in NEW_MEMBERS:
        continue
    UN04[k] = UN04_BIG.get(k, round(v * rnd.uniform(0.85, 1.18), 3) if v > 0.003 else v)


def scale(rates, floor=0.010):
    """Normalize rates to 100 per cent with a floor, round to 3 decimals,
    largest share absorbs the rounding residual.  Returns {state: thousandths}."""
    fixed = set()
    while True:
        free = {k: v for k, v in rates.items() if k not in fixed}
        rest = 100.0 - floor * len(fixed)
        tot = sum(free.values())
        pct = {k: v / tot * rest for k, v in free.items()}
        low = [k for k, p in pct.items() if p < floor]
        if not low:
            break
        fixed.update(low)
    res = {k: int(round(floor * 1000)) for k in fixed}
    for k, p in pct.items():
        res[k] = int(round(p * 1000))
    big = max(res, key=res.get)
    res[big] += 100000 - sum(res.values())
    return res


S05 = scale(UN05)
S04 = scale(UN04)
assert sum(S05.values()) == 100000 and sum(S04.values()) == 100000


def chf(shares, total):
    """Each share applied to the total and rounded to the franc; the largest
    contributor absorbs the rounding residual."""
    res = {k: int(v * total / 100000 + 0.5) for k, v in shares.items()}
    big = max(res, key=res.get)
    res[big] += total - sum(res.values())
    return res


A05 = chf(S05, TOTAL_CHF)
assert sum(A05.values()) == TOTAL_CHF
STATES = sorted(UN05, key=lambda s: s.replace("\u00f4", "o"))
N_FLOOR = sum(1 for v in S05.values() if v == 10)
BIG = max(S05, key=S05.get)
MIN_CHF = A05[[k for k in S05 if S05[k] == 10][0]]


def pct(th):
    return "%d.%03d" % divmod(th, 1000)


def money(x):
    return "{:,}".format(x)


# ---------------------------------------------------------------- text helpers
def tokens(text):
    """Split text into words; '{n}' after a word marks a footnote marker."""
    out = []
    for word in text.split():
        if "{" in word:
            base, rest = word.split("{", 1)
            mark, tail = rest.split("}", 1)
            out.append((base, mark, tail))
        else:
            out.append((word, "", ""))
    return out


def tok_width(t, font, size):
    base, mark, tail = t
    return (stringWidth(base + tail, font, size)
            + (stringWidth(mark, font, size * 0.65) if mark else 0))


def wrap(text, width, font=BODY_FONT, size=BODY_SIZE, first_width=None):
    lines, cur, curw = [], [], 0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width else width
    for t in tokens(text):
        tw = tok_width(t, font, size)
        if cur and curw + sp + tw > limit:
            lines.append(cur)
            cur, curw, limit = [], 0, width
        curw = curw + (sp if cur else 0) + tw
        cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, toks, font=BODY_FONT, size=BODY_SIZE):
    sp = stringWidth(" ", font, size)
    for i, (base, mark, tail) in enumerate(toks):
        if i:
            x += sp
        c.setFont(font, size)
        c.drawString(x, y, base)
        x += stringWidth(base, font, size)
        if mark:
            c.setFont(font, size * 0.65)
            c.drawString(x, y + size * 0.38, mark)
            x += stringWidth(mark, font, size * 0.65)
        if tail:
            c.setFont(font, size)
            c.drawString(x, y, tail)
            x += stringWidth(tail, font, size)


def running_header(c, page_no):
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, 800, SYMBOL)
    c.drawRightString(RM, 787, "Page %d" % page_no)


def footnotes(c, notes, size=9):
    """notes: list of (marker, text).  Drawn upward from the page bottom."""
    lead = size * 1.2
    blocks = [(m, wrap(t, RM - LM - 14, "Times-Roman", size)) for m, t in notes]
    height = sum(len(b) * lead + 3 for _, b in blocks)
    y = 62 + height
    c.setFont("Times-Roman", size)
    c.drawString(LM, y + 6, "_" * 20)
    top = y + 6
    y -= lead - 2
    for m, lines in blocks:
        c.setFont("Times-Roman", size * 0.7)
        c.drawString(LM, y + size * 0.38, m)
        for ln in lines:
            draw_line(c, LM + 14, y, ln, "Times-Roman", size)
            y -= lead
        y -= 3
    return top + 10   # body text must stay above this


# ---------------------------------------------------------------- cover
def cover(c):
    c.setFont("Times-Bold", 12)
    c.drawRightString(RM, 790, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, 770, "Original: English")
    c.drawRightString(RM, 756, "5 October 2004")
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, 690, "EIGHTY-EIGHTH SESSION")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, 672, "_" * 40)
    c.setFont("Times-Bold", 14)
    c.drawCentredString(W / 2, 520, "PROPOSED SCALE OF ASSESSMENT")
    c.drawCentredString(W / 2, 502, "FOR 2005")
    c.setFont("Times-Roman", 10)
    c.drawString(LM, 178, "_" * 20)
    c.drawString(LM, 162, "This document is submitted to the Sub-Committee on Budget and Finance at its "
                          "Ninety-first Session")
    c.drawString(LM, 150, "in October 2004.")
    c.setFont("Times-Bold", 11)
    c.drawCentredString(W / 2, 60, "COUNCIL                    CONSEIL                    CONSEJO")
    c.showPage()


# ---------------------------------------------------------------- body text
small_states = N_FLOOR
s04_big, s05_big = pct(S04[BIG]), pct(S05[BIG])

PARAS_P1 = [
    ("H", "INTRODUCTION"),
    ("P", "1", "The Administrative Part of the Budget is financed by contributions assessed on Member States "
           "according to a scale agreed by the Council. The present document sets out the scale of assessment "
           "proposed for 2005 and shows, for each Member State, the contribution that would be payable if the "
           "Administrative Part of the Budget for 2005 were approved at the level of CHF 37,128,000 proposed in "
           "the Programme and Budget for 2005 (MC/2143)."),
    ("P", "2", "The scale of assessment for 2004, which the Council approved at its Eighty-sixth Session,{1} "
           "was derived from the United Nations scale of assessments for the period 2001-2003. It followed the "
           "principle, set out in Resolution No. 1030 (LXXX) of 30 November 2000, that the IOM scale should be "
           "equalized with the United Nations scale for all Member States common to both organizations."),
    ("P", "3", "At the end of 2003 the General Assembly adopted a new United Nations scale, applicable to the "
           "three years 2004, 2005 and 2006.{2} Because the 2004 IOM scale had been approved before that "
           "decision was taken, the scale now proposed for 2005 is the first in which the new United Nations "
           "rates are reflected."),
    ("P", "4", "As in previous years, the Administration has calculated the proposed scale in three steps:"),
    ("I", "(a)", "the United Nations rate of each IOM Member State has been taken from the scale for "
                 "2004-2006, and the rates of all IOM Member States have been added together;", True),
    ("I", "(b)", "each rate has been divided by that sum and expressed as a percentage, so that the shares of "
                 "IOM Member States together equal 100 per cent; and", True),
    ("I", "(c)", "Member States whose share would fall below 0.010 per cent have been assessed at that "
                 "minimum, the shares of the other Member States have been reduced proportionately and the "
                 "results have been rounded to three decimal places, any residual difference being absorbed "
                 "by the largest share.", False),
    ("P", "5", "The minimum rate of 0.010 per cent, which is higher than the United Nations minimum of 0.001 "
           "per cent, is unchanged from 2004. Under the proposed scale it would apply to %d Member States and "
           "would correspond to an assessed contribution of CHF %s for each of them." % (small_states,
                                                                                       money(MIN_CHF))),
    ("P", "6", "Belarus and Brazil were admitted as Members of the Organization by the Council at its "
           "Eighty-seventh (Special) Session on 8 June 2004.{3} Their contributions for the second half of "
           "2004 were assessed separately on a pro rata basis, and they appear in the scale for the first "
           "time. The proposed scale is therefore based on %d Member States, compared with %d in the scale "
           "for 2004." % (len(S05), len(S04))),
]

up = sorted((k for k in S04), key=lambda k: S05[k] - S04[k], reverse=True)
down = sorted((k for k in S04), key=lambda k: S05[k] - S04[k])
inc = [k for k in up if k != BIG][:2]
dec = [k for k in down if k != BIG][:2]

PARAS_P2 = [
    ("H", "PROPOSED SCALE FOR 2005"),
    ("P", "7", "The proposed percentages and the corresponding contributions are set out in the table that "
           "follows. For each Member State the table gives its share in the scale for 2004, the share proposed "
           "for 2005 and the amount in Swiss francs which it would be assessed for 2005."),
    ("P", "8", "The move to the new United Nations rates produces changes of varying size. The largest "
           "increases in percentage points concern Mexico and the United Kingdom, while the shares of Germany "
           "and France decline the most. The share of the United States of America, the largest contributor, "
           "moves from %s per cent in 2004 to %s per cent in 2005." % (s04_big, s05_big)),
    ("P", "9", "The assessed contributions have been obtained by applying each percentage to the total of "
           "CHF 37,128,000 and rounding the result to the nearest franc.{4} Should the Council approve the "
           "Administrative Part of the Budget at a different level, the amounts would be recalculated with "
           "the same percentages."),
    ("P", "10", "Contributions for 2005 will be due in full on 1 January 2005. Member States are reminded of "
            "the provisions of Article 4 of the Constitution, under which a Member whose arrears equal or "
            "exceed the contributions due from it for the preceding two full years has no vote. The position "
            "of each Member State as at 31 December 2003 is shown in the Financial Report for the Year Ended "
            "31 December 2003 (MC/2140)."),
    ("P", "11", "If further States are admitted to membership at the Eighty-eighth Session of the Council, "
            "their contributions for 2005 would be assessed according to the same method, without altering "
            "the percentages of existing Member States for that year. The shares of all Member States would "
            "then be adjusted in the scale for 2006."),
    ("P", "12", "The Sub-Committee on Budget and Finance is invited to examine the proposed scale of "
            "assessment for 2005 and to recommend to the Council, at its Eighty-eighth Session, that it "
            "approve the scale as set out in the following table."),
]

NOTES_P1 = [
    ("1", "Resolution No. 1101 (LXXXVI) of 20 November 2003 on the Programme and Budget for 2004."),
    ("2", "General Assembly resolution 58/1 B of 23 December 2003 on the scale of assessments for the "
          "apportionment of the expenses of the United Nations."),
    ("3", "Resolutions Nos. 1106 and 1107 of 8 June 2004 on the admission of Belarus and Brazil as Members "
          "of the Organization."),
]
NOTES_P2 = [
    ("4", "The Administrative Part of the Budget for 2005 is presented in Part I of document MC/2143. The "
          "total for 2004 was CHF 36,480,000."),
]


def body_page(c, page_no, blocks, notes, title=None):
    running_header(c, page_no)
    floor_y = footnotes(c, notes)
    y = 745
    if title:
        c.setFont("Times-Roman", 12)
        c.drawCentredString(W / 2, y, title)
        y -= 34
    for b in blocks:
        if b[0] == "H":
            y -= 4
            c.setFont("Times-Bold", 11)
            c.drawString(LM, y, b[1])
            y -= LEAD + 10
        elif b[0] == "P":
            c.setFont(BODY_FONT, BODY_SIZE)
            c.drawString(NUM_X, y, b[1] + ".")
            for ln in wrap(b[2], RM - TXT_X):
                draw_line(c, TXT_X, y, ln)
                y -= LEAD
            y -= 9
        elif b[0] == "I":
            c.setFont(BODY_FONT, BODY_SIZE)
            c.drawString(TXT_X, y, b[1])
            for ln in wrap(b[2], RM - TXT_X - 30):
                draw_line(c, TXT_X + 30, y, ln)
                y -= LEAD
            y -= 6 if b[3] else 14
        assert y > floor_y, ("overflow", page_no, y, floor_y)
    c.showPage()


# ---------------------------------------------------------------- table
CAPTION = "PROPOSED SCALE OF ASSESSMENT AND ASSESSED CONTRIBUTIONS FOR 2005"
LABEL_W = 125
COLS = [  # (left, right) of each figure column
    (222, 300), (318, 400), (420, 515)]
HEADS = [(["Scale for", "2004"], "%"), (["Proposed", "scale for", "2005"], "%"),
         (["Assessment", "for 2005"], "CHF")]
ROW_LEAD = 12.5
TNOTES = {
    "a": "Admitted to membership on 8 June 2004; contribution for 2004 assessed separately on a pro rata "
         "basis and not included in the scale for 2004.",
    "b": "Formerly the Federal Republic of Yugoslavia; the name was notified to the Organization in "
         "February 2003.",
}


def marker_of(state):
    return "a" if state in NEW_MEMBERS else ("b" if state in RENAMED else "")


def table_head(c, y, continued):
    c.setFont("Times-Bold", 11)
    c.drawCentredString(W / 2, y, CAPTION + (" (continued)" if continued else ""))
    y -= 16
    c.setLineWidth(0.6)
    c.line(LM, y, RM, y)
    y -= 13
    c.setFont("Times-Bold", 10)
    for (lines, unit), (l, r) in zip(HEADS, COLS):
        cx = (l + r) / 2
        yy = y - (3 - len(lines)) * 11
        for ln in lines:
            c.drawCentredString(cx, yy, ln)
            yy -= 11
    c.drawString(LM, y - 22, "Member States")
    y -= 35
    c.setFont("Times-Italic", 10)
    for (lines, unit), (l, r) in zip(HEADS, COLS):
        c.drawCentredString((l + r) / 2, y, unit)
    y -= 7
    c.line(LM, y, RM, y)
    return y - 13


def table_pages(c, first_page_no, rows_per_page):
    page_no = first_page_no
    i = 0
    continued = False
    while i < len(STATES):
        running_header(c, page_no)
        y = table_head(c, 752, continued)
        used = set()
        n = 0
        while i < len(STATES) and n < rows_per_page:
            st = STATES[i]
            mk = marker_of(st)
            parts = wrap(st, LABEL_W, "Times-Roman", 10)
            for j, ln in enumerate(parts):
                words = [(b, "", "") for b, _, _ in ln]
                if j == len(parts) - 1 and mk:
                    b, _, _ = words[-1]
                    words[-1] = (b, mk, "")
                    used.add(mk)
                draw_line(c, LM + (8 if j else 0), y, words, "Times-Roman", 10)
                if j < len(parts) - 1:
                    y -= ROW_LEAD
            c.setFont("Times-Roman", 10)
            (l1, r1), (l2, r2), (l3, r3) = COLS
            c.drawRightString(r1 - 12, y, pct(S04[st]) if st in S04 else "\u2013")
            c.drawRightString(r2 - 12, y, pct(S05[st]))
            c.drawRightString(r3 - 6, y, money(A05[st]))
            y -= ROW_LEAD
            n += 1
            i += 1
        if i >= len(STATES):
            y += 4
            c.line(LM, y, RM, y)
            y -= 13
            c.setFont("Times-Bold", 10)
            c.drawString(LM, y, "TOTAL")
            (l1, r1), (l2, r2), (l3, r3) = COLS
            c.drawRightString(r1 - 12, y, pct(sum(S04.values())))
            c.drawRightString(r2 - 12, y, pct(sum(S05.values())))
            c.drawRightString(r3 - 6, y, money(sum(A05.values())))
            y -= 5
            c.line(LM, y, RM, y)
        if used:
            floor_y = footnotes(c, [(m, TNOTES[m]) for m in sorted(used)])
            assert y > floor_y - 8, ("table overflow", page_no, y, floor_y)
        else:
            assert y > 60
        c.showPage()
        page_no += 1
        continued = True


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("PROPOSED SCALE OF ASSESSMENT FOR 2005")
    cover(c)
    body_page(c, 1, PARAS_P1, NOTES_P1, title="PROPOSED SCALE OF ASSESSMENT FOR 2005")
    body_page(c, 2, PARAS_P2, NOTES_P2)
    table_pages(c, 3, 42)
    c.save()
    assert inc == ["Mexico", "United Kingdom of Great Britain and Northern Ireland"], inc
    assert dec == ["Germany", "France"] and BIG == "United States of America"
    print("states", len(STATES), "floor", N_FLOOR, "min chf", MIN_CHF, "big", BIG, s04_big, s05_big,
          "inc", inc, "dec", dec)


if __name__ == "__main__":
    main()
