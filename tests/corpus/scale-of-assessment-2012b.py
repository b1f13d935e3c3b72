# Draws scale-of-assessment-2012b.pdf: SCPF document S/11/5, proposed scale of assessment for 2013.
import os
from decimal import Decimal, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, Flowable, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2012b.pdf")
SYMBOL = "S/11/5"
W, H = A4
BUDGET = Decimal(40164000)

# (name, UN rate 2010-2012 or None, note letters)
MEMBERS = [
    ("Afghanistan", "0.004", ""), ("Albania", "0.010", ""), ("Algeria", "0.128", ""),
    ("Angola", "0.010", ""), ("Antigua and Barbuda", "0.002", ""), ("Argentina", "0.287", ""),
    ("Armenia", "0.005", ""), ("Australia", "1.933", ""), ("Austria", "0.851", ""),
    ("Azerbaijan", "0.015", ""), ("Bahamas", "0.018", ""), ("Bangladesh", "0.010", ""),
    ("Belarus", "0.042", ""), ("Belgium", "1.075", ""), ("Belize", "0.001", ""),
    ("Benin", "0.003", ""), ("Bolivia (Plurinational State of)", "0.007", ""),
    ("Bosnia and Herzegovina", "0.014", ""), ("Botswana", "0.018", ""), ("Brazil", "1.611", ""),
    ("Bulgaria", "0.038", ""), ("Burkina Faso", "0.003", ""), ("Burundi", "0.001", ""),
    ("Cambodia", "0.003", ""), ("Cameroon", "0.011", ""), ("Canada", "3.207", ""),
    ("Cape Verde", "0.001", ""), ("Central African Republic", "0.001", ""), ("Chad", "0.002", ""),
    ("Chile", "0.236", ""), ("Colombia", "0.144", ""), ("Comoros", "0.001", "a"),
    ("Congo", "0.003", ""), ("Costa Rica", "0.034", ""), ("C\u00f4te d\u2019Ivoire", "0.010", ""),
    ("Croatia", "0.097", ""), ("Cyprus", "0.046", ""), ("Czech Republic", "0.349", ""),
    ("Democratic Republic of the Congo", "0.003", ""), ("Denmark", "0.736", ""),
    ("Djibouti", "0.001", ""), ("Dominican Republic", "0.042", ""), ("Ecuador", "0.040", ""),
    ("Egypt", "0.094", ""), ("El Salvador", "0.019", ""), ("Estonia", "0.040", ""),
    ("Ethiopia", "0.008", ""), ("Fiji", "0.004", ""), ("Finland", "0.566", ""),
    ("France", "6.123", ""), ("Gabon", "0.014", ""), ("Gambia", "0.001", ""),
    ("Georgia", "0.006", ""), ("Germany", "8.018", ""), ("Ghana", "0.006", ""),
    ("Greece", "0.691", ""), ("Guatemala", "0.028", ""), ("Guinea", "0.002", ""),
    ("Guinea-Bissau", "0.001", ""), ("Guyana", "0.001", ""), ("Haiti", "0.003", ""),
    ("Holy See", None, "a, b"), ("Honduras", "0.008", ""), ("Hungary", "0.291", ""),
    ("India", "0.534", ""), ("Iran (Islamic Republic of)", "0.233", ""), ("Ireland", "0.498", ""),
    ("Israel", "0.384", ""), ("Italy", "4.999", ""), ("Jamaica", "0.014", ""),
    ("Japan", "12.530", ""), ("Jordan", "0.014", ""), ("Kazakhstan", "0.076", ""),
    ("Kenya", "0.012", ""), ("Kyrgyzstan", "0.001", ""), ("Latvia", "0.038", ""),
    ("Lesotho", "0.001", ""), ("Liberia", "0.001", ""), ("Libya", "0.129", ""),
    ("Lithuania", "0.065", ""), ("Luxembourg", "0.090", ""), ("Madagascar", "0.003", ""),
    ("Malawi", "0.001", ""), ("Maldives", "0.001", ""), ("Mali", "0.003", ""),
    ("Malta", "0.017", ""), ("Marshall Islands", "0.001", ""), ("Mauritania", "0.001", ""),
    ("Mauritius", "0.011", ""), ("Mexico", "2.356", ""),
    ("Micronesia (Federated States of)", "0.001", ""), ("Mongolia", "0.002", ""),
    ("Montenegro", "0.004", ""), ("Morocco", "0.058", ""), ("Mozambique", "0.003", ""),
    ("Namibia", "0.008", ""), ("Nauru", "0.001", ""), ("Nepal", "0.006", ""),
    ("Netherlands", "1.855", ""), ("New Zealand", "0.273", ""), ("Nicaragua", "0.003", ""),
    ("Niger", "0.002", ""), ("Nigeria", "0.078", ""), ("Norway", "0.871", ""),
    ("Pakistan", "0.082", ""), ("Palau", "0.001", ""), ("Panama", "0.022", ""),
    ("Papua New Guinea", "0.002", ""), ("Paraguay", "0.007", ""), ("Peru", "0.090", ""),
    ("Philippines", "0.090", ""), ("Poland", "0.828", ""), ("Portugal", "0.511", ""),
    ("Republic of Korea", "2.260", ""), ("Republic of Moldova", "0.002", ""),
    ("Romania", "0.177", ""), ("Rwanda", "0.001", ""), ("Senegal", "0.006", ""),
    ("Serbia", "0.037", ""), ("Seychelles", "0.002", "a"), ("Sierra Leone", "0.001", ""),
    ("Slovakia", "0.142", ""), ("Slovenia", "0.103", ""), ("Somalia", "0.001", ""),
    ("South Africa", "0.385", ""), ("Spain", "3.177", ""), ("Sri Lanka", "0.019", ""),
    ("Sudan", "0.010", ""), ("Swaziland", "0.003", ""), ("Sweden", "1.064", ""),
    ("Switzerland", "1.130", ""), ("Tajikistan", "0.002", ""), ("Thailand", "0.209", ""),
    ("The former Yugoslav Republic of Macedonia", "0.007", ""), ("Timor-Leste", "0.001", ""),
    ("Togo", "0.001", ""), ("Trinidad and Tobago", "0.044", ""), ("Tunisia", "0.030", ""),
    ("Turkey", "0.617", ""), ("Tuvalu", "0.001", "a"), ("Uganda", "0.006", ""),
    ("Ukraine", "0.087", ""), ("United Kingdom of Great Britain and Northern Ireland", "6.604", ""),
    ("United Republic of Tanzania", "0.008", ""), ("United States of America", "22.000", ""),
    ("Uruguay", "0.027", ""), ("Vanuatu", "0.001", ""),
    ("Venezuela (Bolivarian Republic of)", "0.314", ""), ("Viet Nam", "0.033", ""),
    ("Yemen", "0.010", ""), ("Zambia", "0.004", ""), ("Zimbabwe", "0.003", ""),
]

Q4 = Decimal("0.0001")


def compute():
    un_total = sum(Decimal(r) for _, r, _ in MEMBERS if r)
    rates = {}
    for n, r, _ in MEMBERS:
        if r:
            rates[n] = (Decimal(r) * 100 / un_total).quantize(Q4, ROUND_HALF_UP)
    lowest = min(rates.values())
    for n, r, _ in MEMBERS:
        if not r:
            rates[n] = lowest
    diff = Decimal(100) - sum(rates.values())
    rates["United States of America"] += diff
    amounts = {n: (rates[n] * BUDGET / 100).quantize(Decimal(1), ROUND_HALF_UP) for n in rates}
    adiff = BUDGET - sum(amounts.values())
    amounts["United States of America"] += adiff
    assert sum(rates.values()) == 100 and sum(amounts.values()) == BUDGET
    return un_total, rates, amounts, diff, adiff, lowest


UN_TOTAL, RATES, AMOUNTS, RDIFF, ADIFF, LOWEST = compute()

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=12)
num = ParagraphStyle("num", parent=body, firstLineIndent=1.27 * cm, bulletIndent=0,
                     bulletFontName="Times-Roman", bulletFontSize=11.5)
item = ParagraphStyle("item", parent=body, leftIndent=2.54 * cm, bulletIndent=1.27 * cm,
                      bulletFontName="Times-Roman", bulletFontSize=11.5, spaceAfter=8)
head = ParagraphStyle("head", parent=body, fontName="Times-Bold", alignment=TA_LEFT,
                      spaceBefore=4, spaceAfter=12, keepWithNext=1)
runtitle = ParagraphStyle("runtitle", parent=body, fontName="Times-Bold", alignment=TA_CENTER,
                          spaceAfter=16)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.2)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
hcell = ParagraphStyle("hcell", parent=cell, fontName="Helvetica-Bold", alignment=TA_CENTER)
hcellL = ParagraphStyle("hcellL", parent=hcell, alignment=TA_LEFT)
note = ParagraphStyle("note", fontName="Helvetica", fontSize=8, leading=10, spaceAfter=2)
annex_title = ParagraphStyle("at", parent=body, fontName="Times-Bold", alignment=TA_CENTER,
                             spaceAfter=4)
annex_cap = ParagraphStyle("ac", parent=body, alignment=TA_CENTER, spaceAfter=7)

SUP = '<super rise="4" size="7.5">%s</super>'
NSUP = '<super rise="2.5" size="6.5">%s</super>'

# ---------------------------------------------------------------- footnote machinery
FOOTNOTES = {}  # page number -> list of (marker, text)


class FootnoteAnchor(Flowable):
    """Zero-size flowable placed right after the paragraph carrying the marker; records its page."""

    def __init__(self, marker, text):
        super().__init__()
        self.marker, self.text = marker, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        FOOTNOTES.setdefault(self.canv.getPageNumber(), []).append((self.marker, self.text))


fn_style = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9.5, leading=11.2,
                          alignment=TA_JUSTIFY, leftIndent=0, firstLineIndent=0)

LM, RM = 2.5 * cm, 2.5 * cm
TW = W - LM - RM


def header(c, lines):
    c.setFont("Times-Roman", 11)
    y = H - 1.6 * cm
    for ln in lines:
        c.drawRightString(W - RM, y, ln)
        y -= 13


def draw_footnotes(c, page):
    notes = FOOTNOTES.get(page)
    if not notes:
        return
    y = 2.2 * cm
    paras = []
    for m, t in notes:
        p = Paragraph(SUP % m + " " + t, fn_style)
        pw, ph = p.wrap(TW, 10 * cm)
        paras.append((p, ph))
    total = sum(ph for _, ph in paras) + 4 * (len(paras) - 1)
    top = y + total
    c.setFont("Times-Roman", 11)
    c.drawString(LM, top + 6, "_" * 20)
    yy = top
    for p, ph in paras:
        yy -= ph
        p.drawOn(c, LM, yy)
        yy -= 4


def on_cover(c, doc):
    c.saveState()
    c.setFont("Times-Bold", 12)
    c.drawRightString(W - RM, H - 2.2 * cm, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(W - RM, H - 2.2 * cm - 16, "Original: ENGLISH")
    c.drawRightString(W - RM, H - 2.2 * cm - 30, "14 September 2012")
    c.setFont("Times-Bold", 12)
    y = H - 9.5 * cm
    c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(W / 2, y - 18, "ELEVENTH SESSION")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y - 52, "_" * 34)
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, y - 96, "PROPOSED SCALE OF ASSESSMENT FOR 2013")
    # trilingual organ footer
    c.setLineWidth(0.6)
    c.line(LM, 3.3 * cm, W - RM, 3.3 * cm)
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(W / 2, 2.8 * cm, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(W / 2, 2.8 * cm - 11, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
    c.drawCentredString(W / 2, 2.8 * cm - 22, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")
    c.restoreState()


def on_body(c, doc):
    c.saveState()
    page = c.getPageNumber() - 1
    header(c, [SYMBOL, "Page %d" % page])
    c.restoreState()


def on_body_end(c, doc):
    # footnotes are drawn when the page ends (anchors have been drawn by then)
    draw_footnotes(c, c.getPageNumber())


def on_annex(c, doc):
    c.saveState()
    apage = c.getPageNumber() - doc._annex_start + 1
    lines = [SYMBOL, "Annex"]
    if apage > 1:
        lines.append("Page %d" % apage)
    header(c, lines)
    c.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=2.5 * cm,
                         bottomMargin=2 * cm, title="S/11/5 - Proposed scale of assessment for 2013",
                         author="IOM")
        self._annex_start = None
        cover = Frame(LM, 2 * cm, TW, H - 4 * cm, id="cover")
        bodyf = Frame(LM, 4.4 * cm, TW, H - 2.7 * cm - 4.4 * cm, id="body")
        annexf = Frame(1.6 * cm, 1.1 * cm, W - 3.2 * cm, H - 2.75 * cm - 1.1 * cm, id="annex")
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=on_cover),
            PageTemplate("body", [bodyf], onPage=on_body, onPageEnd=on_body_end),
            PageTemplate("annex", [annexf], onPage=self._annex_page),
        ])

    def _annex_page(self, c, doc):
        if self._annex_start is None:
            self._annex_start = c.getPageNumber()
        on_annex(c, doc)


def P(n, text):
    return Paragraph(text, num, bulletText="%d." % n)


def I(lbl, text):
    return Paragraph(text, item, bulletText=lbl)


def H_(text):
    return Paragraph(text, head)


def fmt_int(d):
    return "{:,}".format(int(d))


def new_share():
    return sum(RATES[n] for n, _, nt in MEMBERS if "a" in nt)


story = [NextPageTemplate("body"), PageBreak()]
story.append(Paragraph("PROPOSED SCALE OF ASSESSMENT FOR 2013", runtitle))
story.append(H_("Introduction"))
story.append(P(1, "The Administrative Part of the Budget is financed by assessed contributions from "
               "Member States, apportioned in accordance with the scale of assessment that the Council "
               "approves each year on the recommendation of the Standing Committee on Programmes and "
               "Finance. The present document sets out the Administration\u2019s proposal for the scale "
               "of assessment applicable in 2013. The proposed scale, with the resulting assessment of "
               "each Member State in Swiss francs, is reproduced in the Annex."))
story.append(P(2, "By Resolution No. 1198 of 2 December 2010, the Council reaffirmed that the IOM scale "
               "of assessment should be fully equated with the scale of assessment of the United Nations, "
               "and requested the Administration to present each year a scale established on that basis, "
               "taking into account changes in the membership of the Organization. The scales for 2011 "
               "and 2012 (documents S/7/5 and S/9/4) were prepared accordingly, and the same approach "
               "has been followed for 2013."))
story.append(H_("Basis of the proposed scale"))
story.append(P(3, "The United Nations scale in force for the period 2010\u20132012 was adopted by the "
               "General Assembly in resolution 64/248." + SUP % "1" + " The scale for the period "
               "2013\u20132015 is still under review by the Committee on Contributions and will not be "
               "adopted by the General Assembly until the end of 2012, that is, after the Council has "
               "considered the Programme and Budget for 2013. The Administration therefore proposes "
               "that the rates of the United Nations scale for 2010\u20132012 serve as the basis of the "
               "IOM scale for 2013, as they did for 2012. Any change arising from the new United "
               "Nations scale would be reflected in the proposal for 2014."))
story.append(FootnoteAnchor("1", "General Assembly resolution 64/248 of 24 December 2009 on the scale "
                            "of assessments for the apportionment of the expenses of the United Nations. "
                            "The rates shown in the Annex are those set out in paragraph 2 of that "
                            "resolution for the year 2012."))
story.append(P(4, "Since not all States Members of the United Nations are Members of IOM, the United "
               "Nations rates of the Organization\u2019s Member States together amount to %s per cent "
               "rather than 100 per cent. In keeping with established practice, the proposed IOM scale "
               "has been derived as follows:" % UN_TOTAL))
story.append(I("(a)", "the United Nations rate of each Member State has been taken as published, to three "
               "decimal places;"))
story.append(I("(b)", "each rate has been increased in the proportion needed to bring the total of the "
               "rates of all Member States to 100 per cent, and the result rounded to four decimal "
               "places;"))
story.append(I("(c)", "a Member State that is not a Member of the United Nations has been assessed at the "
               "lowest rate resulting from the calculation in subparagraph (b), namely %s per cent; and"
               % LOWEST))
story.append(I("(d)", "the difference of %s per cent arising from rounding has been absorbed by the "
               "largest contributor, so that the scale totals exactly 100.0000 per cent." % abs(RDIFF)))
story.append(H_("Changes in membership"))
story.append(P(5, "At its 100th Session, in December 2011, the Council admitted the Comoros, the Holy "
               "See, Seychelles and Tuvalu to membership of the Organization (Resolutions Nos. 1214, "
               "1215, 1216 and 1217). As the scale for 2012 had been approved before their admission, "
               "these four States appear in the scale for the first time; they are identified in the "
               "Annex by the note letter \u201ca\u201d. Their combined share of the proposed scale is "
               "%s per cent, and the rates of the other Member States are reduced correspondingly, "
               "though only marginally." % new_share()))
story.append(P(6, "Applications for membership from two further States are expected to be considered by "
               "the Council at its 101st Session in November 2012. Should those States be admitted, their "
               "contributions for 2013 will be calculated on the basis of the rates set out in the Annex, "
               "prorated from the month of admission, and the amounts received will be credited to "
               "Member States in the scale for 2014. The rates proposed for existing Member States would "
               "not be altered during 2013."))
story.append(H_("Assessed contributions for 2013"))
story.append(P(7, "The total of the assessments shown in the Annex, CHF %s, corresponds to the level of "
               "the Administrative Part of the Budget for 2013 proposed in the Programme and Budget for "
               "2013 (MC/2352). Should the Council approve a different level for the Administrative "
               "Part of the Budget, the assessment of each Member State would be recalculated by "
               "applying the rates shown in the third column of the table." % fmt_int(BUDGET)))
story.append(P(8, "The Administration draws the attention of Member States to the provisions of "
               "Article 4 of the Constitution, under which a Member State that is in arrears in the "
               "payment of its financial contributions to the Organization in an amount equal to or "
               "exceeding the contributions due for the preceding two full years may lose its voting "
               "rights. The current position of each Member State is set out in the status report on "
               "outstanding contributions to the Administrative Part of the Budget (S/11/3). Member "
               "States whose contributions are outstanding are encouraged to settle them in full or to "
               "agree on a payment plan with the Administration."))
story.append(P(9, "Assessed contributions for 2013 will fall due in full on 1 January 2013. Invoices will "
               "be sent to the permanent missions in Geneva as soon as the Council has approved the scale, "
               "in Swiss francs, the currency in which the Administrative Part of the Budget is "
               "established."))
story.append(H_("Action requested of the Standing Committee"))
story.append(P(10, "The Standing Committee on Programmes and Finance is invited to:"))
story.append(I("(a)", "take note of the method by which the proposed scale has been established, as "
               "described in paragraphs 3 and 4 above; and"))
story.append(I("(b)", "recommend to the Council that it approve the scale of assessment for 2013 as "
               "reproduced in the Annex to this document."))

# ---------------------------------------------------------------- annex
story += [NextPageTemplate("annex"), PageBreak()]
story.append(Paragraph("PROPOSED SCALE OF ASSESSMENT FOR 2013", annex_title))
story.append(Paragraph("(Administrative Part of the Budget for 2013: CHF %s)" % fmt_int(BUDGET), annex_cap))

hdr = [Paragraph("Member States", hcellL),
       Paragraph("United Nations<br/>scale 2010\u20132012<br/>(%)", hcell),
       Paragraph("Proposed IOM<br/>scale 2013<br/>(%)", hcell),
       Paragraph("Assessment<br/>2013<br/>(CHF)", hcell)]
rows = [hdr]
for n, r, nt in MEMBERS:
    label = n + (SUP % nt.replace(" ", "") if nt else "")
    rows.append([Paragraph(label, cell), r if r else "\u2013", str(RATES[n]), fmt_int(AMOUNTS[n])])
rows.append([Paragraph("TOTAL", cellb), str(UN_TOTAL), "100.0000", fmt_int(BUDGET)])

cw = [8.4 * cm, 3.2 * cm, 3.2 * cm, 3.2 * cm]
t = Table(rows, colWidths=cw, repeatRows=1)
t.setStyle(TableStyle([
    ("FONT", (1, 1), (-1, -1), "Helvetica", 8),
    ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 8),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ("RIGHTPADDING", (0, 0), (-1, -1), 12),
    ("TOPPADDING", (0, 0), (-1, -1), 1.6),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
    ("TOPPADDING", (0, 0), (-1, 0), 4),
    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
    ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
]))
story.append(t)
story.append(Spacer(1, 8))
story.append(Paragraph(NSUP % "a" + "&nbsp;&nbsp;Admitted to membership at the 100th Session of the Council "
                       "(December 2011); included in the scale of assessment for the first time.", note))
story.append(Paragraph(NSUP % "b" + "&nbsp;&nbsp;Not a Member of the United Nations; assessed at the lowest rate "
                       "of the proposed IOM scale (see paragraph 4(c) of this document).", note))

if __name__ == "__main__":
    doc = Doc(OUT)
    doc.build(story)
    print("UN total", UN_TOTAL, "rounding diff", RDIFF, "amount diff", ADIFF, "lowest", LOWEST,
          "new share", new_share(), "members", len(MEMBERS))
    print("footnote pages", FOOTNOTES)
