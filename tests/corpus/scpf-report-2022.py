#!/usr/bin/env python3
"""Writes scpf-report-2022.fodt: report of the SCPF on its Thirtieth Session (S/30/14), 2022."""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2022.fodt")
SYMBOL = "S/30/14"

_fn = [0]


def e(s):
    return escape(s)


def fn(text):
    """A real footnote, numbered automatically."""
    _fn[0] += 1
    n = _fn[0]
    return ('<text:note text:id="ftn%d" text:note-class="footnote">'
            '<text:note-citation>%d</text:note-citation><text:note-body>'
            '<text:p text:style-name="Footnote">%s</text:p>'
            '</text:note-body></text:note>' % (n, n, text))


def it(s):
    return '<text:span text:style-name="TI">%s</text:span>' % s


def bd(s):
    return '<text:span text:style-name="TB">%s</text:span>' % s


body = []


def p(style, content):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, content))


_para = [0]


def para(content):
    _para[0] += 1
    p("NumPara", "%d.<text:tab/>%s" % (_para[0], content))


def item(label, content, last=False):
    p("ItemLast" if last else "Item", "%s<text:tab/>%s" % (label, content))


def section(num, heading):
    p("H1", "%s.<text:tab/>%s" % (num, e(heading)))


def subsection(num, heading):
    p("H2", "%s.<text:tab/>%s" % (num, e(heading)))


# ---------------------------------------------------------------- cover
p("CoverFirst", e(SYMBOL))
p("CoverRight", "Original: English")
p("CoverRight", "20 July 2022")
p("CoverSpace", "")
p("Organ", "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
p("SessionLine", "Thirtieth Session")
p("CoverSpace", "")
p("CoverSpace", "")
p("CoverTitle", "REPORT OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
p("CoverTitle", "ON THE THIRTIETH SESSION")
p("CoverSpace", "")
p("CoverPlace", "Geneva")
p("CoverPlace", "28–29 June 2022")

# ---------------------------------------------------------------- body (new page)
p("RunTitleBreak", "REPORT OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE ON THE THIRTIETH SESSION")

section("I", "INTRODUCTION")
para("The Standing Committee on Programmes and Finance held its Thirtieth Session at the Centre "
     "International de Conférences Genève (CICG) on Tuesday, 28 June, and Wednesday, 29 June 2022. "
     "The session was held in a hybrid format, with delegations attending either in person or through "
     "the online meeting platform, and comprised four meetings.")
members = ("Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
           "Bangladesh, Belarus, Belgium, Benin, Bolivia (Plurinational State of), Bosnia and Herzegovina, "
           "Brazil, Bulgaria, Burkina Faso, Burundi, Cabo Verde, Cameroon, Canada, Chad, Chile, China, "
           "Colombia, Costa Rica, Côte d’Ivoire, Croatia, Cyprus, Czechia, Democratic Republic of the Congo, "
           "Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Estonia, Ethiopia, Finland, "
           "France, Gabon, Georgia, Germany, Ghana, Greece, Guatemala, Guinea, Haiti, Holy See, Honduras, "
           "Hungary, India, Indonesia, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Jordan, "
           "Kenya, Latvia, Lebanon, Lesotho, Libya, Lithuania, Luxembourg, Madagascar, Mali, Malta, Mauritania, "
           "Mexico, Morocco, Mozambique, Myanmar, Namibia, Nepal, Netherlands, New Zealand, Niger, Nigeria, "
           "Norway, Pakistan, Panama, Paraguay, Peru, Philippines, Poland, Portugal, Republic of Korea, "
           "Republic of Moldova, Romania, Rwanda, Senegal, Serbia, Slovakia, Slovenia, Somalia, South Africa, "
           "South Sudan, Spain, Sri Lanka, Sudan, Sweden, Switzerland, Thailand, Togo, Tunisia, Türkiye, "
           "Uganda, Ukraine, United Kingdom, United Republic of Tanzania, United States of America, Uruguay, "
           "Venezuela (Bolivarian Republic of), Viet Nam, Yemen, Zambia and Zimbabwe.")
para("The following Member States were represented:" +
     fn("The list of participants is contained in document S/30/INF/3.") + " " + e(members))
para("The Sovereign Order of Malta, the International Committee of the Red Cross and the International "
     "Federation of Red Cross and Red Crescent Societies were represented as observers.")

section("II", "ELECTION OF OFFICERS")
para("In accordance with its Rules of Procedure, the Standing Committee elected, by acclamation, "
     "Ms Katarzyna Wolska (Poland) as Chairperson and Mr Tunde Okafor (Nigeria) as Vice-Chairperson for "
     "the period until the first session of 2023. The outgoing Chairperson, Mr Andrés Velasco Ruiz "
     "(Paraguay), was thanked for his stewardship of the Committee during 2021.")

section("III", "ADOPTION OF THE AGENDA")
para("The Standing Committee adopted the agenda as set out in document S/30/1/Rev.1.")

section("IV", "STATEMENT BY THE DIRECTOR GENERAL")
para("The Director General gave an overview of the Organization’s work since the Twenty-ninth Session. "
     "The first half of 2022 had been dominated by the war in Ukraine, which had displaced millions of "
     "people within the country and across its borders, while the crises in Afghanistan, the Sahel and the "
     "Horn of Africa continued to demand sustained attention. Humanitarian needs had never been greater, "
     "yet flexible funding remained scarce.")
para("He drew the Committee’s attention to the following priorities for the remainder of the year:")
item("(a)", "scaling up assistance to internally displaced persons and third-country nationals affected by "
     "the war in Ukraine, where IOM had reached more than 1.2 million people since February 2022;")
item("(b)", "completing the roll-out of the Internal Governance Framework across all regional and country "
     "offices;" + fn("See the update on the Internal Governance Framework contained in document S/29/8, "
                     "presented at the Twenty-ninth Session."))
item("(c)", "following up on the Progress Declaration of the first International Migration Review Forum, "
     "held in New York in May 2022; and")
item("(d)", "pursuing the dialogue with Member States on the reform of the Organization’s budget, with a view "
     "to strengthening its core structure.", last=True)
para("Delegations welcomed the Organization’s rapid response in Ukraine and neighbouring countries. "
     "Several delegations cautioned that other emergencies should not be neglected, and one delegation, "
     "speaking on behalf of the African Group, stressed that the drought in the Horn of Africa required "
     "urgent and predictable funding. Others encouraged the Administration to continue reporting on "
     "progress under the IOM Strategic Vision." + fn("Document C/110/INF/1, presented to the Council at its "
     "110th Session in November 2019."))
para("In response, the Director General assured Member States that the Organization’s operations outside "
     "Europe had not been scaled down and that the regional response plans for the Horn of Africa and the "
     "Sahel would be updated before the next session.")

section("V", "FINANCIAL AND BUDGETARY MATTERS")
subsection("A", "Financial Report for the year ended 31 December 2021")
para("The Administration introduced the Financial Report for the year ended 31 December 2021 (C/113/3). "
     "Combined expenditure under the Administrative and Operational Parts of the Budget had reached "
     "USD 2,505.8 million in 2021, compared with USD 2,184.6 million in 2020. The Administrative Part of "
     "the Budget closed with a small carry-forward of CHF 312,000.")
para("The representative of the External Auditor presented the audit report on the 2021 financial "
     "statements and confirmed that an unqualified opinion had been issued. The report contained "
     "recommendations on the management of implementing partners, on information technology controls and "
     "on the recording of in-kind contributions.")
para("One delegation asked about the share of unearmarked funding in total income, which the Administration "
     "put at below 3 per cent. Another delegation welcomed the prompt publication of the audited statements.")
para("The Standing Committee took note of the Financial Report for the year ended 31 December 2021 and of the "
     "report of the External Auditor, and recommended that the Council approve the Financial Report.")

subsection("B", "Summary update on the Programme and Budget for 2022")
para("Introducing the Summary update on the Programme and Budget for 2022 (S/30/5), the Administration "
     "explained that the Administrative Part of the Budget remained unchanged at CHF 54,364,712, while the "
     "Operational Part of the Budget had been revised from USD 1,324.0 million to USD 3,147.5 million, "
     "mainly as a result of additional contributions received for the response in Ukraine and "
     "neighbouring countries.")
para("Delegations asked how the Administration would manage the sharp increase in operational volume "
     "without a comparable increase in core staffing. The Administration replied that temporary surge "
     "capacity had been deployed and that the question would be addressed in the context of the "
     "budget reform.")
para("The Standing Committee took note of document S/30/5.")

subsection("C", "Status report on outstanding contributions to the Administrative Part of the Budget")
para("The Administration reported that, as at 31 May 2022, outstanding assessed contributions to the "
     "Administrative Part of the Budget totalled CHF 6,482,310, of which CHF 2,917,455 was owed by the "
     "14 Member States subject to Council Resolution No. 1372 of 27 November 2018 on measures for the "
     "settlement of arrears.")
para("Since the Twenty-ninth Session, the Administration had taken the following steps:")
item("(a)", "reminders had been sent to all Member States with contributions outstanding for 2021 and "
     "earlier years;")
item("(b)", "payment plans had been agreed with Benin and Paraguay, and Burundi had settled its arrears in "
     "full;" + fn("Burundi thereby regained its voting rights with effect from 3 May 2022."))
item("(c)", "missions in Geneva had been contacted bilaterally to clarify amounts due.", last=True)
para("The Standing Committee took note of the status report on outstanding contributions (S/30/4) and urged "
     "Member States in arrears to make every effort to pay their contributions in full or to agree a "
     "payment plan with the Administration.")

section("VI", "GOVERNANCE AND OVERSIGHT")
subsection("A", "Report on the implementation of the recommendations of the External Auditor")
para("The Administration presented document S/30/7, which showed that 41 of the 58 recommendations made "
     "by the External Auditor for the years 2018 to 2020 had been implemented, and that most of the others "
     "were expected to be closed by the end of 2022.")
para("The Standing Committee took note of document S/30/7.")
subsection("B", "Report of the Office of the Inspector General")
para("The Inspector General presented the report on the work of the Office of the Inspector General for "
     "2021 (S/30/9). The Office had received 1,214 allegations of misconduct in 2021, an increase of "
     "18 per cent over the previous year, and had issued 27 internal audit reports.")
para("Delegations commended the increase in reporting, which they saw as a sign of growing confidence "
     "in the reporting mechanisms, and asked for more detail on the time taken to close investigations "
     "into sexual exploitation and abuse.")
para("The Standing Committee took note of the report of the Office of the Inspector General for 2021.")

section("VII", "OTHER BUSINESS")
para("The delegation of Mexico, speaking on behalf of the Group of Latin American and Caribbean States, "
     "proposed that a briefing on the outcome of the International Migration Review Forum be included in "
     "the agenda of the Thirty-first Session. The Standing Committee agreed to the proposal.")

section("VIII", "CLOSURE OF THE SESSION")
para("The Chairperson informed the Standing Committee that its Thirty-first Session was tentatively "
     "scheduled to take place on 1 and 2 November 2022.")
para("The Chairperson declared the Thirtieth Session closed on Wednesday, 29 June 2022, at 12.50 p.m.")

# ---------------------------------------------------------------- document
FONT = "Liberation Sans"
styles = """
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties style:tab-stop-distance="1.25cm"/>
   <style:text-properties style:font-name="%(f)s" fo:font-size="11pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:text-properties style:font-name="%(f)s" fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.08cm" fo:text-align="justify"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
   <style:text-properties style:text-position="super 58%%"/>
  </style:style>
  <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
  <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
""" % {"f": FONT}

auto = """
 <office:automatic-styles>
  <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="First_20_Page">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="CoverRight" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="CoverSpace" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.6cm"/>
  </style:style>
  <style:style style:name="Organ" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="1.2cm"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="SessionLine" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.1cm"/>
  </style:style>
  <style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.05cm"/>
   <style:text-properties fo:font-weight="bold" fo:font-size="12pt"/>
  </style:style>
  <style:style style:name="CoverPlace" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.1cm"/>
  </style:style>
  <style:style style:name="RunTitleBreak" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:break-before="page" fo:text-align="center" fo:margin-bottom="0.5cm"/>
  </style:style>
  <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always">
    <style:tab-stops><style:tab-stop style:position="1.25cm"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="1.25cm" fo:text-indent="-1.25cm" fo:margin-top="0.2cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always">
    <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-weight="bold" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="NumPara" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm" fo:orphans="2" fo:widows="2">
    <style:tab-stops><style:tab-stop style:position="1.25cm"/></style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="Item" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify" fo:margin-left="2.5cm" fo:text-indent="-1.25cm" fo:margin-bottom="0.12cm">
    <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="ItemLast" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify" fo:margin-left="2.5cm" fo:text-indent="-1.25cm" fo:margin-bottom="0.25cm">
    <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="TI" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <style:page-layout style:name="PL1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm">
    <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.2cm" style:distance-after-sep="0.15cm" style:line-style="solid" style:adjustment="left" style:rel-width="30%%" style:color="#000000"/>
   </style:page-layout-properties>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
  <style:page-layout style:name="PL2">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="PL1">
   <style:header><text:p text:style-name="Header">%(sym)s</text:p></style:header>
   <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">2</text:page-number></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="PL2" style:next-style-name="Standard"/>
 </office:master-styles>
""" % {"sym": e(SYMBOL)}

doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>S/30/14 Report of the Standing Committee on Programmes and Finance on the Thirtieth Session</dc:title></office:meta>
%s
%s
 <office:body>
  <office:text>
%s
  </office:text>
 </office:body>
</office:document>
""" % (styles, auto, "\n".join(body))

with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
print("wrote", OUT, "paragraphs:", _para[0], "footnotes:", _fn[0])
