"""Draws financial-report-1999c.pdf: IOM Financial Report for the year ended
31 December 1998 (MC/1971, issued May 1999), laid out with reportlab."""

import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame,
                                KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-1999c.pdf")

SYMBOL = "MC/1971"
W, H = A4
LM = RM = 2.5 * cm
TM = 2.2 * cm
BM = 2.2 * cm
TW = W - LM - RM

FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
BITAL = "Times-BoldItalic"


def fmt(v):
    """US/Swiss amounts with comma separators; negatives in brackets."""
    if v is None:
        return ""
    if v == 0:
        return "-"
    if v < 0:
        return "({:,})".format(-v)
    return "{:,}".format(v)


# --------------------------------------------------------------------------
# Figures (in US dollars unless stated)
# --------------------------------------------------------------------------
inc98 = [24612480, 187934205, 12846391, 4218736, 1307644]
inc97 = [24305118, 171428660, 11904577, 3962015, 1115302]
exp98 = [68430512, 96215877, 48902304, 14667290, 1150000]
exp97 = [65018226, 90774390, 44612118, 13980455, 900000]
tinc98, tinc97 = sum(inc98), sum(inc97)
texp98, texp97 = sum(exp98), sum(exp97)
net98, net97 = tinc98 - texp98, tinc97 - texp97
open97 = 38204611
transf98, transf97 = -750000, -500000
curr98, curr97 = -265930, -812406
close97 = open97 + net97 + transf97 + curr97
open98 = close97
close98 = open98 + net98 + transf98 + curr98

# Fund balances (Statement II)
adm98, adm97 = -1184352, -1046914
res98, res97 = 6250000, 5500000
ops98 = close98 - adm98 - res98
ops97 = close97 - adm97 - res97

# Appendix 1: assessed contributions in Swiss francs
# (state, outstanding 1 Jan 1998, 1998 assessment, received in 1998, art4)
APPX = [
    ("Albania", 61850, 23347, 20000, False),
    ("Angola", 118420, 23347, 0, False),
    ("Argentina", 245600, 412400, 500000, False),
    ("Armenia", 44210, 23347, 10000, False),
    ("Bolivia", 312880, 23347, 0, True),
    ("Bulgaria", 38900, 39500, 45000, False),
    ("Colombia", 96340, 71850, 100000, False),
    ("Costa Rica", 52310, 23347, 30000, False),
    ("Dominican Republic", 274115, 23347, 0, True),
    ("Ecuador", 133020, 23347, 25000, False),
    ("El Salvador", 81660, 23347, 40000, False),
    ("Guatemala", 109475, 23347, 23347, False),
    ("Haiti", 301930, 23347, 0, True),
    ("Honduras", 97850, 23347, 15000, False),
    ("Kenya", 156290, 23347, 60000, False),
    ("Nicaragua", 286744, 23347, 0, True),
    ("Pakistan", 72120, 71850, 70000, False),
    ("Peru", 1120680, 93410, 150000, True),
    ("Uganda", 48360, 23347, 0, False),
    ("Yemen", 35060, 23347, 0, False),
]
ASSESS_TOTAL_CHF = 35918000
listed_assess = sum(r[2] for r in APPX)
other_assess = ASSESS_TOTAL_CHF - listed_assess
OTHER_N = 47
app_open = sum(r[1] for r in APPX)
app_recv = sum(r[3] for r in APPX) + other_assess
app_out = sum(r[1] + r[2] - r[3] for r in APPX)
assert app_open + ASSESS_TOTAL_CHF - app_recv == app_out
app_prior = sum(max(0, r[1] - r[3]) for r in APPX)   # arrears for 1997 and earlier
YE_RATE = 1.3765
recv_ms98 = round(app_out / YE_RATE)
recv_ms97 = 2905208

# Statement II
oth98, oth97 = 14318760, 13096540
adv98, adv97 = 2207931, 1984377
lia98 = [3408116, 61532870, 18774205, 9386540]
lia97 = [2915440, 57106322, 17240987, 8902115]
tlia98, tlia97 = sum(lia98), sum(lia97)
tfb98 = adm98 + ops98 + res98
tfb97 = adm97 + ops97 + res97
assert tfb98 == close98 and tfb97 == close97
tot98 = tlia98 + tfb98
tot97 = tlia97 + tfb97
cash98 = tot98 - recv_ms98 - oth98 - adv98
cash97 = tot97 - recv_ms97 - oth97 - adv97
bank98, bank97 = 21408356, 19877927
dep98, dep97 = cash98 - bank98, cash97 - bank97
assert res98 - res97 == -transf98

growth = (tinc98 / tinc97 - 1) * 100

# --------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------
body = ParagraphStyle("body", fontName=FONT, fontSize=11.5, leading=14,
                      alignment=TA_JUSTIFY, spaceAfter=8)
numpara = ParagraphStyle("numpara", parent=body, leftIndent=0,
                         firstLineIndent=36, bulletIndent=0,
                         bulletFontName=FONT, bulletFontSize=11.5)
item = ParagraphStyle("item", parent=body, leftIndent=72, firstLineIndent=0,
                      bulletIndent=36, bulletFontName=FONT,
                      bulletFontSize=11.5, spaceAfter=5)
runtitle = ParagraphStyle("runtitle", fontName=FONT, fontSize=11.5,
                          leading=14, alignment=TA_CENTER, spaceAfter=16)
h_center = ParagraphStyle("hc", fontName=BOLD, fontSize=11.5, leading=14,
                          alignment=TA_CENTER, spaceAfter=10, spaceBefore=4)
st_label = ParagraphStyle("stl", fontName=BOLD, fontSize=11, leading=13,
                          alignment=TA_CENTER, spaceAfter=3)
st_title = ParagraphStyle("stt", fontName=BOLD, fontSize=11, leading=13,
                          alignment=TA_CENTER, spaceAfter=3)
caption = ParagraphStyle("cap", fontName=ITAL, fontSize=10, leading=12,
                         alignment=TA_CENTER, spaceAfter=4)
note_h = ParagraphStyle("nh", fontName=BOLD, fontSize=11.5, leading=14,
                        leftIndent=36, bulletIndent=0, bulletFontName=BOLD,
                        bulletFontSize=11.5, spaceBefore=6, spaceAfter=5,
                        keepWithNext=0)
note_sh = ParagraphStyle("nsh", fontName=BITAL, fontSize=11.5, leading=14,
                         leftIndent=36, bulletIndent=0, bulletFontName=BITAL,
                         bulletFontSize=11.5, spaceBefore=2, spaceAfter=5,
                         keepWithNext=0)
note_body = ParagraphStyle("nb", parent=body, leftIndent=36)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=9.5, leading=11,
                          leftIndent=12, firstLineIndent=-12,
                          alignment=TA_LEFT)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=11.5)
cell_b = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
cell_hr = ParagraphStyle("cellhr", fontName=BOLD, fontSize=9.5, leading=11,
                         alignment=TA_RIGHT)
cell_hl = ParagraphStyle("cellhl", parent=cell_hr, alignment=TA_LEFT)


def sup(m, rise=4):
    return '<super rise="%s" size="7.5">%s</super>' % (rise, m)


# --------------------------------------------------------------------------
# Page furniture
# --------------------------------------------------------------------------
def running_header(c, doc):
    n = c.getPageNumber() - 1
    c.setFont(FONT, 11)
    c.drawRightString(W - RM, H - 1.4 * cm, SYMBOL)
    c.drawRightString(W - RM, H - 1.4 * cm - 13, "Page %d" % n)


def draw_footnotes(c, notes, top_y):
    """notes: list of (marker, text). Rule + bodies at foot of the page."""
    y = top_y
    c.setLineWidth(0.5)
    c.line(LM, y, LM + 5 * cm, y)
    y -= 4
    for marker, text in notes:
        p = Paragraph('<super><font size=7>%s</font></super>&nbsp;&nbsp;%s'
                      % (marker, text), fn_style)
        _, h = p.wrap(TW, 200)
        p.drawOn(c, LM, y - h)
        y -= h + 2


FN_INTRO = [
    ("1", "Resolution No. 958 (LXXIV) of 13 November 1997, adopted at the "
          "Seventy-fourth Session of the Council."),
    ("2", "The schedules of payment agreed with individual Member States are "
          "reproduced in document MC/INF/241."),
]
FN_APPX = [
    ("*", "Member States whose right to vote in the Council was suspended "
          "during 1998 under Article 4 of the Constitution."),
]
FN_AREA = 2.6 * cm        # reserved at page foot for footnotes


def on_cover(c, doc):
    c.setFont(FONT, 12)
    y = H - 2.2 * cm
    c.drawRightString(W - RM, y, SYMBOL)
    c.setFont(FONT, 11.5)
    c.drawRightString(W - RM, y - 26, "Original: English")
    c.drawRightString(W - RM, y - 40, "5 May 1999")
    c.setFont(BOLD, 12)
    c.drawString(LM, y - 72, "SEVENTY-EIGHTH SESSION")
    c.setLineWidth(1.2)
    c.line(LM, y - 84, W - RM, y - 84)
    c.setFont(BOLD, 14)
    c.drawCentredString(W / 2, H * 0.56, "FINANCIAL REPORT FOR THE YEAR ENDED")
    c.drawCentredString(W / 2, H * 0.56 - 20, "31 DECEMBER 1998")
    # cover note
    c.setFont(FONT, 11.5)
    ny = 6.4 * cm
    c.drawString(LM, ny, "__________")
    note = Paragraph("This report is presented to the Executive Committee "
                     "for its consideration at the Ninety-sixth Session, to "
                     "be held in June 1999.", body)
    _, h = note.wrap(TW, 100)
    note.drawOn(c, LM, ny - 12 - h)
    # trilingual footer
    c.setLineWidth(0.8)
    c.line(LM, 2.4 * cm, W - RM, 2.4 * cm)
    c.setFont(BOLD, 12)
    c.drawString(LM, 1.7 * cm, "COUNCIL")
    c.drawCentredString(W / 2, 1.7 * cm, "CONSEIL")
    c.drawRightString(W - RM, 1.7 * cm, "CONSEJO")


def on_intro(c, doc):
    running_header(c, doc)
    draw_footnotes(c, FN_INTRO, BM + FN_AREA - 0.2 * cm)


def on_body(c, doc):
    running_header(c, doc)


def on_appx(c, doc):
    running_header(c, doc)
    draw_footnotes(c, FN_APPX, BM + 1.3 * cm)


# --------------------------------------------------------------------------
# Story
# --------------------------------------------------------------------------
def P(num, text, style=numpara):
    return Paragraph(text, style, bulletText=num)


story = [NextPageTemplate("intro"), Spacer(1, 1), PageBreak(),
         NextPageTemplate("body")]

story += [
    Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 1998",
              runtitle),
    Paragraph("INTRODUCTION", h_center),
    P("1.", "The Director General submits herewith the financial "
            "statements of the International Organization for Migration "
            "for the year ended 31 December 1998, accompanied by "
            "explanatory notes and by a schedule of assessed contributions "
            "by Member State. The opinion of the External Auditor on these "
            "statements is issued as a separate document, MC/1972."),
    P("2.", "The statements bring together the two parts of the budget: "
            "the Administrative Programme, which is met from contributions "
            "assessed on Member States according to the agreed scale, and "
            "the Operational Programmes, which depend on voluntary funding "
            "earmarked for particular projects. The Council approved the "
            "Programme and Budget for 1998 (MC/1893) in November 1997,"
            + sup("1") + " and a revised version reflecting new "
            "operational requirements was issued in mid-year as document "
            "MC/1918."),
    P("3.", "The volume of activity grew again in 1998. Income from all "
            "sources came to USD {:,}, or {:.1f} per cent more than in the "
            "preceding year, against total expenditure of USD {:,}. The "
            "resulting excess of income over expenditure, USD {:,}, "
            "compares with a shortfall of USD {:,} in 1997."
            .format(tinc98, growth, texp98, net98, -net97)),
    P("4.", "The following developments deserve particular mention:"),
    P("(a)", "voluntary contributions rose to USD 187.9 million, driven by "
             "return and reintegration projects in south-eastern Europe "
             "and by larger movement operations out of East and West "
             "Africa;", item),
    P("(b)", "the cumulative deficit of the Administrative Programme "
             "widened to USD {:,}, largely because several Member States "
             "did not pay their assessed contributions (see note 10);"
             .format(-adm98), item),
    P("(c)", "interest on short-term deposits climbed to USD {:,} as "
             "average cash holdings were higher throughout the year; and"
             .format(inc98[3]), item),
    P("(d)", "USD {:,} was set aside in the reserves, as the Executive "
             "Committee had authorized (see note 8).".format(-transf98),
             item),
    P("5.", "At the close of the year, assessed contributions still unpaid "
            "stood at CHF {:,}, of which CHF {:,} was owed for 1997 and "
            "earlier years. Appendix 1 shows the position of each Member "
            "State concerned. The Administration renews its request that "
            "these Member States clear their arrears or agree a schedule "
            "of payments.".format(app_out, app_prior) + sup("2")),
    P("6.", "The accounts are kept in United States dollars, whereas the "
            "Administrative Programme is budgeted in Swiss francs. Over "
            "the year the franc firmed against the dollar, moving from "
            "CHF 1.4560 to CHF {:.4f} per dollar; the resulting "
            "translation loss of USD {:,} has been taken directly to fund "
            "balances (see note 2.3).".format(YE_RATE, -curr98)),
    P("7.", "The Executive Committee is invited to take note of the "
            "financial statements for 1998 and to recommend that the "
            "Council approve them at its Seventy-eighth Session."),
    PageBreak(),
]


# ----- Statement tables ---------------------------------------------------
def statement_table(rows, col_head=("Notes", "1998", "1997")):
    """rows: (label, note, v98, v97, kind) with kind in
    group | item | sub | total | grand"""
    data = [[Paragraph("", cell), Paragraph(col_head[0], cell_hr),
             Paragraph(col_head[1], cell_hr), Paragraph(col_head[2], cell_hr)]]
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 10),
        ("ALIGN", (1, 0), (1, -1), "CENTER"),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
    ]
    for i, (label, note, a, b, kind) in enumerate(rows, start=1):
        if kind == "group":
            data.append([Paragraph(label, cell_b), "", "", ""])
            style.append(("TOPPADDING", (0, i), (-1, i), 4))
        elif kind == "item":
            data.append([Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;" + label, cell),
                         note, fmt(a), fmt(b)])
        elif kind == "sub":
            data.append([Paragraph(label, cell_b), note, fmt(a), fmt(b)])
            style += [("LINEABOVE", (2, i), (-1, i), 0.5, "black"),
                      ("FONT", (2, i), (-1, i), BOLD, 10)]
        elif kind == "total":
            data.append([Paragraph(label, cell_b), note, fmt(a), fmt(b)])
            style += [("FONT", (2, i), (-1, i), BOLD, 10),
                      ("TOPPADDING", (0, i), (-1, i), 3)]
        elif kind == "grand":
            data.append([Paragraph(label, cell_b), note, fmt(a), fmt(b)])
            style += [("LINEABOVE", (2, i), (-1, i), 0.5, "black"),
                      ("LINEBELOW", (2, i), (-1, i), 1.5, "black"),
                      ("FONT", (2, i), (-1, i), BOLD, 10),
                      ("TOPPADDING", (0, i), (-1, i), 4)]
    t = Table(data, colWidths=[TW - 1.4 * cm - 2 * 2.7 * cm, 1.4 * cm,
                               2.7 * cm, 2.7 * cm])
    t.setStyle(TableStyle(style))
    return t


st1_rows = [
    ("INCOME", "", None, None, "group"),
    ("Assessed contributions from Member States", "3", inc98[0], inc97[0], "item"),
    ("Voluntary contributions", "4", inc98[1], inc97[1], "item"),
    ("Refunds from migrants and sponsors", "4", inc98[2], inc97[2], "item"),
    ("Interest income", "5", inc98[3], inc97[3], "item"),
    ("Miscellaneous income", "", inc98[4], inc97[4], "item"),
    ("Total income", "", tinc98, tinc97, "sub"),
    ("EXPENDITURE", "", None, None, "group"),
    ("Staff salaries and benefits", "9", exp98[0], exp97[0], "item"),
    ("Transportation of migrants", "", exp98[1], exp97[1], "item"),
    ("Direct project costs", "", exp98[2], exp97[2], "item"),
    ("Office and general services", "", exp98[3], exp97[3], "item"),
    ("Provision for doubtful receivables", "6", exp98[4], exp97[4], "item"),
    ("Total expenditure", "", texp98, texp97, "sub"),
    ("Excess (shortfall) of income over expenditure", "", net98, net97,
     "total"),
    ("Fund balances at 1 January", "", open98, open97, "item"),
    ("Transfers to reserves", "8", transf98, transf97, "item"),
    ("Currency translation adjustments", "2.3", curr98, curr97, "item"),
    ("FUND BALANCES AT 31 DECEMBER", "", close98, close97, "grand"),
]

st2_rows = [
    ("ASSETS", "", None, None, "group"),
    ("Cash and short-term deposits", "5", cash98, cash97, "item"),
    ("Contributions receivable from Member States", "6", recv_ms98,
     recv_ms97, "item"),
    ("Other accounts receivable", "6", oth98, oth97, "item"),
    ("Advances and prepaid expenses", "", adv98, adv97, "item"),
    ("Total assets", "", tot98, tot97, "sub"),
    ("LIABILITIES", "", None, None, "group"),
    ("Contributions received in advance", "", lia98[0], lia97[0], "item"),
    ("Deferred income", "7", lia98[1], lia97[1], "item"),
    ("Accounts payable and accrued liabilities", "", lia98[2], lia97[2],
     "item"),
    ("Provision for staff terminal entitlements", "9", lia98[3], lia97[3],
     "item"),
    ("Total liabilities", "", tlia98, tlia97, "sub"),
    ("FUND BALANCES", "", None, None, "group"),
    ("Administrative Programme", "10", adm98, adm97, "item"),
    ("Operational Programmes", "", ops98, ops97, "item"),
    ("Reserves", "8", res98, res97, "item"),
    ("Total fund balances", "", tfb98, tfb97, "sub"),
    ("TOTAL LIABILITIES AND FUND BALANCES", "", tot98, tot97, "grand"),
]

story += [
    Paragraph("STATEMENT I", st_label),
    Paragraph("STATEMENT OF INCOME AND EXPENDITURE<br/>"
              "FOR THE YEAR ENDED 31 DECEMBER 1998", st_title),
    Paragraph("(in US dollars)", caption),
    statement_table(st1_rows),
    Spacer(1, 14),
    Paragraph("STATEMENT II", st_label),
    Paragraph("STATEMENT OF ASSETS, LIABILITIES AND FUND BALANCES<br/>"
              "AS AT 31 DECEMBER 1998", st_title),
    Paragraph("(in US dollars)", caption),
    statement_table(st2_rows),
    Spacer(1, 6),
    Paragraph("The accompanying notes form an integral part of these "
              "financial statements.",
              ParagraphStyle("acc", parent=body, fontName=ITAL, fontSize=10,
                             leading=12)),
    PageBreak(),
]

# ----- Notes ---------------------------------------------------------------
cash_tbl = Table(
    [[Paragraph("", cell), Paragraph("1998", cell_hr),
      Paragraph("1997", cell_hr)],
     ["Cash at bank and on hand", fmt(bank98), fmt(bank97)],
     ["Short-term deposits", fmt(dep98), fmt(dep97)],
     [Paragraph("Total", cell_b), fmt(cash98), fmt(cash97)]],
    colWidths=[TW - 36 - 2 * 3.0 * cm, 3.0 * cm, 3.0 * cm],
    hAlign="RIGHT")
cash_tbl.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), FONT, 10),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
    ("LINEABOVE", (1, 3), (-1, 3), 0.5, "black"),
    ("LINEBELOW", (1, 3), (-1, 3), 1.5, "black"),
    ("FONT", (1, 3), (-1, 3), BOLD, 10),
    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
]))


def NH(num, text):
    return Paragraph(text, note_h, bulletText=num)


def NSH(num, text):
    return Paragraph(text, note_sh, bulletText=num)


def NB(text):
    return Paragraph(text, note_body)


story += [
    Paragraph("NOTES TO THE FINANCIAL STATEMENTS", h_center),
    NH("1.", "Objectives and activities"),
    NB("The International Organization for Migration was founded in 1951 "
       "to help move people uprooted in Europe after the Second World War. "
       "Under its Constitution, as amended with effect from November 1989, "
       "it works with governments and partners to promote orderly and "
       "humane migration, providing transport, medical, information and "
       "technical cooperation services. At 31 December 1998 the "
       "Organization counted 67 Member States and 46 States with observer "
       "status, and operated from its Headquarters in Geneva and more than "
       "120 field locations."),
    NH("2.", "Summary of significant accounting policies"),
    NB("The main policies followed in preparing these statements are set "
       "out below; they are unchanged from the previous year."),
    NSH("2.1", "Basis of presentation"),
    NB("The statements are drawn up on the historical cost convention, in "
       "accordance with the Financial Regulations of the Organization and, "
       "so far as they are relevant, with the accounting standards "
       "common to the organizations of the United Nations system."),
    NSH("2.2", "Fund accounting"),
    NB("A separate fund is kept for the Administrative Programme and for "
       "each operational programme or project. Statements I and II present "
       "all funds together; balances between funds have been eliminated."),
    NSH("2.3", "Currency of accounts and translation"),
    NB("Transactions in currencies other than the United States dollar are "
       "entered at the United Nations operational rate of exchange in force "
       "on the date of the transaction. Monetary assets and liabilities in "
       "other currencies are restated at the rates ruling on 31 December, "
       "and the differences that arise are reported in Statement I as "
       "currency translation adjustments."),
    NSH("2.4", "Recognition of income"),
    NB("Assessed contributions are taken to income in the year for which "
       "they are assessed. Voluntary contributions are recognized only to "
       "the extent that expenditure has been incurred on the projects they "
       "finance; any unspent portion is carried forward as deferred income "
       "(note 7)."),
    NH("3.", "Assessed contributions"),
    NB("Contributions to the Administrative Programme for 1998 were assessed "
       "at CHF {:,}, including the pro-rated shares of the States admitted "
       "to membership during the year. Translated at the rates in effect "
       "when the assessments were raised, they amount to USD {:,}."
       .format(ASSESS_TOTAL_CHF, inc98[0])),
    NH("4.", "Voluntary contributions and refunds"),
    NB("Voluntary contributions came from governments, intergovernmental "
       "bodies, non-governmental organizations and private donors, most "
       "of them earmarked for specified projects. Refunds consist of "
       "travel loans repaid by refugees resettled in the United States and "
       "of amounts recovered from sponsors under the pre-paid ticket "
       "arrangements. Services and facilities contributed in kind, such as "
       "office premises made available free of charge by host "
       "governments, are not valued in these statements."),
    NH("5.", "Cash and short-term deposits"),
    NB("Short-term deposits are placed with banks of sound standing for "
       "periods of no more than six months. The balance is made up as "
       "follows:"),
    Paragraph("(in US dollars)", ParagraphStyle("cap2", parent=caption,
                                                alignment=TA_RIGHT)),
    cash_tbl,
    Spacer(1, 8),
    NH("6.", "Accounts receivable"),
    NB("Contributions receivable from Member States represent assessed "
       "contributions of CHF {:,} outstanding at 31 December 1998, "
       "translated at the year-end rate of CHF {:.4f} to the dollar. The "
       "position of each Member State in arrears is given in Appendix 1."
       .format(app_out, YE_RATE)),
    NB("Other accounts receivable are stated after a provision of "
       "USD {:,} (1997: USD {:,}) for sums due from project sponsors whose "
       "recovery is doubtful; the increase of USD {:,} is charged to "
       "expenditure in Statement I."
       .format(exp98[4] + exp97[4], exp97[4], exp98[4])),
    NH("7.", "Deferred income"),
    NB("Deferred income is made up of voluntary contributions received for "
       "specific projects but not yet spent at the end of the year. It "
       "will be applied in 1999 and later years as the projects concerned "
       "are carried out."),
    NH("8.", "Reserves"),
    NB("The reserves are held to meet unforeseen operational requirements "
       "and to cover temporary shortfalls in project funding. The "
       "transfer of USD {:,} made in 1998 was authorized by the "
       "Executive Committee at its Ninety-fifth Session (MC/EX/603), "
       "raising the total held to USD {:,}.".format(-transf98, res98)),
    NH("9.", "Staff terminal entitlements"),
    NB("A provision is kept for entitlements payable to staff when they "
       "leave the Organization, namely repatriation grants, accrued annual "
       "leave and end-of-service allowances. It stood at USD {:,} at the "
       "end of 1998, compared with USD {:,} a year earlier."
       .format(lia98[3], lia97[3])),
    NH("10.", "Administrative Programme deficit"),
    NB("The cumulative deficit of the Administrative Programme went up from "
       "USD {:,} to USD {:,}, the outcome of assessed contributions that "
       "remained unpaid. The Council, by Resolution No. 971 (LXXVI) of "
       "2 December 1998, agreed that the deficit should be eliminated "
       "progressively through the Programme and Budget for 1999 (MC/1941) "
       "and subsequent budgets, as arrears are recovered."
       .format(-adm97, -adm98)),
    NextPageTemplate("appendix"),
    PageBreak(),
]

# ----- Appendix 1 ---------------------------------------------------------
appx_data = [[Paragraph("Member State", cell_hl),
              Paragraph("Outstanding at<br/>1 January 1998", cell_hr),
              Paragraph("1998<br/>assessment", cell_hr),
              Paragraph("Received<br/>in 1998", cell_hr),
              Paragraph("Outstanding at<br/>31 December 1998", cell_hr)]]
for name, o, a, r, art4 in APPX:
    label = name + (sup("*", 2) if art4 else "")
    appx_data.append([Paragraph(label, cell), fmt(o), fmt(a), fmt(r),
                      fmt(o + a - r)])
appx_data.append([Paragraph("Other Member States (%d)" % OTHER_N, cell),
                  "-", fmt(other_assess), fmt(other_assess), "-"])
appx_data.append([Paragraph("Total", cell_b), fmt(app_open),
                  fmt(ASSESS_TOTAL_CHF), fmt(app_recv), fmt(app_out)])
n = len(appx_data)
appx_tbl = Table(appx_data,
                 colWidths=[TW - 4 * 2.85 * cm] + [2.85 * cm] * 4,
                 repeatRows=1)
appx_tbl.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), FONT, 10),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ("BOX", (0, 0), (-1, -1), 0.6, "black"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
    ("LINEBEFORE", (1, 0), (-1, -1), 0.4, "black"),
    ("LINEABOVE", (0, n - 1), (-1, n - 1), 0.6, "black"),
    ("FONT", (1, n - 1), (-1, n - 1), BOLD, 10),
    ("TOPPADDING", (0, 0), (-1, -1), 1.8),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
]))

story += [
    Paragraph("Appendix 1", ParagraphStyle("al", parent=h_center,
                                           spaceAfter=6)),
    Paragraph("STATUS OF ASSESSED CONTRIBUTIONS TO THE ADMINISTRATIVE "
              "PROGRAMME<br/>AT 31 DECEMBER 1998", st_title),
    Spacer(1, 4),
    Paragraph("(in Swiss francs)", caption),
    appx_tbl,
]


# --------------------------------------------------------------------------
class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        pass


def build():
    doc = Doc(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
              topMargin=TM, bottomMargin=BM,
              title="Financial Report for the year ended 31 December 1998",
              author="International Organization for Migration",
              subject=SYMBOL)
    full = Frame(LM, BM, TW, H - TM - BM - 0.6 * cm, id="full",
                 leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)
    intro = Frame(LM, BM + FN_AREA, TW, H - TM - BM - 0.6 * cm - FN_AREA,
                  id="intro", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    appx = Frame(LM, BM + 1.6 * cm, TW, H - TM - BM - 0.6 * cm - 1.6 * cm,
                 id="appx", leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [full], onPage=on_cover),
        PageTemplate("intro", [intro], onPage=on_intro),
        PageTemplate("body", [full], onPage=on_body),
        PageTemplate("appendix", [appx], onPage=on_appx),
    ])
    doc.build(story)


if __name__ == "__main__":
    build()
    print("income", tinc98, tinc97, "exp", texp98, texp97, "net", net98,
          net97)
    print("fund balances", open97, close97, close98)
    print("ops", ops98, ops97, "tot", tot98, tot97, "cash", cash98, cash97)
    print("appendix open/recv/out/prior", app_open, app_recv, app_out,
          app_prior, "other", other_assess, "recv_ms98", recv_ms98)
    print("growth %.2f" % growth)
