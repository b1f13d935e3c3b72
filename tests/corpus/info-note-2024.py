#!/usr/bin/env python3
"""Writes info-note-2024.fodt: a Council information note (C/115/INF/2), 2024.

Liberation Sans 11 pt, A4, real footnotes (one '*' cover note on the title),
running header (symbol + page) on pages 2 onward, numbered paragraphs under
unnumbered bold headings, bullet lists, one table with a caption.
"""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2024.fodt")

SYMBOL = "C/115/INF/2"

# ---------------------------------------------------------------- inline helpers
_note_id = [0]
_note_no = [0]


def t(s):
    return escape(s)


def I(s):
    return '<text:span text:style-name="Ti">%s</text:span>' % escape(s)


def B(s):
    return '<text:span text:style-name="Tb">%s</text:span>' % escape(s)


def note(body, label=None):
    """A real footnote. label='*' gives a custom marker instead of a number."""
    _note_id[0] += 1
    nid = "ftn%d" % _note_id[0]
    if label:
        cit = '<text:note-citation text:label="%s">%s</text:note-citation>' % (label, label)
    else:
        _note_no[0] += 1
        cit = '<text:note-citation>%d</text:note-citation>' % _note_no[0]
    return ('<text:note text:id="%s" text:note-class="footnote">%s<text:note-body>'
            '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
            % (nid, cit, body))


# ---------------------------------------------------------------- body builders
body = []
_para_no = [0]


def p(style, content):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, content))


def heading(text):
    p("Head", B(text))


def num(*parts):
    _para_no[0] += 1
    p("Num", "%d.<text:tab/>%s" % (_para_no[0], "".join(parts)))


def bullets(items):
    body.append('<text:list text:style-name="LBullet">')
    for k, it in enumerate(items):
        st = "BulLast" if k == len(items) - 1 else "Bul"
        body.append('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>' % (st, it))
    body.append('</text:list>')


def table(caption, head, rows):
    p("Caption", B(caption))
    x = ['<table:table table:name="Table1" table:style-name="Tbl">',
         '<table:table-column table:style-name="TcA"/>',
         '<table:table-column table:style-name="TcB" table:number-columns-repeated="3"/>',
         '<table:table-header-rows><table:table-row>']
    for i, h in enumerate(head):
        x.append('<table:table-cell table:style-name="CellH" office:value-type="string">'
                 '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                 % ("TabHL" if i == 0 else "TabHR", B(h)))
    x.append('</table:table-row></table:table-header-rows>')
    for r in rows:
        total = r[0] == "Total"
        x.append('<table:table-row>')
        for i, c in enumerate(r):
            cs = "CellT" if total else "Cell"
            ps = "TabL" if i == 0 else "TabR"
            content = B(c) if total else t(c)
            x.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                     '<text:p text:style-name="%s">%s</text:p></table:table-cell>' % (cs, ps, content))
        x.append('</table:table-row>')
    x.append('</table:table>')
    body.append("".join(x))
    p("AfterTable", "")


# ---------------------------------------------------------------- cover
p("CoverSym", B(SYMBOL))
p("CoverRight", "Original: English")
p("CoverRight", "28 October 2024")
p("Empty", "")
p("Organ", B("COUNCIL"))
p("Session", "115th Session")
p("Empty", "")
p("Title", B("MIGRATION, ENVIRONMENT AND CLIMATE CHANGE:"))
p("Title", B("UPDATE ON IOM PROGRAMME ACTIVITIES IN 2023–2024")
      + note("This document is submitted for information. It should be read together with the "
             "summary report of the Thirty-fourth Session of the Standing Committee on Programmes "
             "and Finance (S/34/15).", label="*"))
p("Empty", "")

# ---------------------------------------------------------------- body
heading("Introduction")
num(t("The present information note updates Member States on the implementation of the "),
    I("Institutional Strategy on Migration, Environment and Climate Change 2021–2030"),
    t(" (hereinafter “the Strategy”) since the last update provided to the Council at its "
      "113th Session (C/113/INF/2). It covers the period from 1 July 2023 to 30 June 2024 and "
      "should be read together with the "),
    I("IOM Strategic Plan 2024–2028"),
    t(" and the Programme and Budget for 2024 (C/114/6)."))
num(t("The note describes the Organization’s programme activities, gives an overview of the "
      "project portfolio and of the funding received, and sets out the priorities of the "
      "Administration for 2025. Further information on individual projects is available on the "
      "IOM Climate Mobility Dashboard."),
    note("The dashboard is updated quarterly and can be consulted by Member States through the "
         "Member State portal. Figures cited in this note are those recorded as at 30 June 2024."))

heading("Background")
num(t("Concern over the effects of environmental degradation and disasters on human mobility is "
      "not new to IOM. The Organization first set out its position on the question to the Council "
      "in 2007, in document MC/INF/288, and the Council has returned to it regularly since, "
      "including in Resolution No. 1394 of 24 November 2022, which encouraged the Administration "
      "to strengthen its cooperation with climate and development actors."))
num(t("The Strategy sets out three objectives to which all IOM programming on climate mobility "
      "contributes: to develop solutions for people to move in safety and dignity; to find "
      "solutions for people on the move; and to help people stay where they live, by reducing "
      "the drivers of forced migration linked to climate change and environmental factors. "
      "It complements the Migration Crisis Operational Framework (MC/2355) and is overseen by the "
      "Department of Peace and Development Coordination, with technical support from the Climate "
      "Mobility team at Headquarters."),
    note("Until the restructuring of Headquarters in 2023, this function was performed by the "
         "Migration, Environment, Climate Change and Risk Reduction Division."))
num(t("At the Thirty-fourth Session of the Standing Committee on Programmes and Finance, held in "
      "June 2024, Member States requested that the Administration provide a concise account of "
      "the results achieved, with figures disaggregated by region. The present note responds to "
      "that request."))

heading("Programme activities in 2023–2024")
num(t("During the reporting period, IOM implemented climate-related activities in 87 countries, "
      "compared with 71 in the previous period. Activities were concentrated in countries facing "
      "slow-onset processes, such as drought, desertification and sea-level rise, and in those "
      "repeatedly affected by floods and tropical storms."))
num(t("The main areas of work were the following:"))
bullets([
    t("policy and legal support to governments, including the integration of human mobility into "
      "nationally determined contributions and national adaptation plans in Fiji, Kenya, Peru and "
      "Viet Nam;"),
    t("community stabilization and livelihood programmes in drought-affected areas of Ethiopia, "
      "Somalia and the Sahel, reaching some 412,000 people;")
    + note("This figure covers direct beneficiaries only; it does not include persons reached "
           "through awareness-raising activities or radio campaigns."),
    t("technical assistance on planned relocation, notably to the Government of Fiji in applying "
      "its national guidelines to communities in Vanua Levu;"),
    t("data collection on disaster displacement through the Displacement Tracking Matrix, which "
      "recorded population movements after major floods in Brazil, Libya and Pakistan; and"),
    t("regular pathways, including a pilot labour mobility scheme between Pacific island States "
      "and partner countries in the region."),
])
num(t("In addition, IOM supported 14 governments in preparing their contributions to the Task "
      "Force on Displacement of the Warsaw International Mechanism for Loss and Damage, and "
      "co-organized the sessions on human mobility at the twenty-eighth session of the Conference "
      "of the Parties to the United Nations Framework Convention on Climate Change (COP28), held "
      "in Dubai in December 2023."))
num(t("The Organization’s research output continued to inform its operations. A chapter of the "),
    I("World Migration Report 2024"),
    t(" was devoted to climate-related mobility, and four new issues of the "),
    I("Migration, Environment and Climate Change Policy Brief"),
    t(" series were published during the period."))
num(t("Evaluations completed in 2024 found that community-based interventions were most "
      "effective where they combined livelihood support with investment in early warning systems. "
      "Two of the evaluations noted, however, that short project cycles limited the Organization’s "
      "ability to measure results over several years."))

heading("Funding and portfolio overview")
num(t("As at 30 June 2024, IOM managed 163 active projects linked to the Strategy, with a combined "
      "budget of USD 412.2 million. Their distribution by region is shown in Table 1."))
table("Table 1: Active projects linked to the Strategy, by region (as at 30 June 2024)",
      ["Region", "Number of projects", "Budget (USD million)", "Share of budget (%)"],
      [["Africa", "48", "131.2", "31.8"],
       ["Asia and the Pacific", "41", "104.7", "25.4"],
       ["Latin America and the Caribbean", "29", "68.3", "16.6"],
       ["Middle East and North Africa", "17", "49.5", "12.0"],
       ["Europe and Central Asia", "12", "21.4", "5.2"],
       ["Global and interregional", "16", "37.1", "9.0"],
       ["Total", "163", "412.2", "100.0"]])
num(t("Earmarked contributions from Member States accounted for 71 per cent of funding, followed "
      "by United Nations pooled funds (14 per cent), multilateral climate funds (9 per cent) and "
      "the private sector (6 per cent)."),
    note("Multilateral climate funds include the Adaptation Fund and the Green Climate Fund, in "
         "both cases through partner entities accredited to them."),
    t(" Unearmarked funding allocated to climate mobility through the Migration Resource "
      "Allocation Committee amounted to USD 3.9 million."))
num(t("The share of the portfolio financed by multilateral climate funds remains modest. Access to "
      "these funds requires accreditation and co-financing arrangements that take time to put in "
      "place; the Administration will report on progress in this respect to the Standing Committee "
      "on Programmes and Finance at its Thirty-fifth Session."))

heading("Partnerships and policy engagement")
num(t("IOM continued to work closely with the Office of the United Nations High Commissioner for "
      "Refugees, the United Nations Development Programme and the Platform on Disaster "
      "Displacement, in particular on the follow-up to the Global Compact for Safe, Orderly and "
      "Regular Migration. Regional consultative processes in East Africa and the Pacific adopted "
      "ministerial declarations on climate mobility in 2023 and 2024, with IOM acting as technical "
      "secretariat."))
num(t("The Kampala Ministerial Declaration on Migration, Environment and Climate Change, first "
      "signed in July 2022, was endorsed by a further 34 States during the reporting period, "
      "bringing the total number of endorsing States to 48."),
    note("The text of the Declaration and the list of endorsing States are available from the IOM "
         "Special Liaison Office in Addis Ababa. See also document C/113/INF/2, paragraph 17."))

heading("Next steps")
num(t("In 2025, the Administration will give priority to:"))
bullets([
    t("the mid-term review of the Strategy, to be presented to Member States in the second half "
      "of 2025;"),
    t("expanding the data collected on displacement linked to slow-onset events; and"),
    t("strengthening the Organization’s access to climate finance."),
])
num(t("The Council is invited to take note of the present information note. Further updates will "
      "be provided through the annual report of the Director General and, as appropriate, through "
      "documents submitted to the Standing Committee on Programmes and Finance."))

# ---------------------------------------------------------------- document
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

PAGE_PROPS = ('fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" '
              'fo:margin-left="2.5cm" fo:margin-right="2.3cm" fo:margin-bottom="2cm" '
              'style:footnote-max-height="0cm"')
FOOTSEP = ('<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.15cm" '
           'style:distance-after-sep="0.15cm" style:line-style="solid" style:adjustment="left" '
           'style:rel-width="30%" style:color="#000000"/>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS}>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.08cm" fo:text-align="justify"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmFirst">
  <style:page-layout-properties {PAGE_PROPS} fo:margin-top="1.8cm">{FOOTSEP}</style:page-layout-properties>
 </style:page-layout>
 <style:page-layout style:name="pmRest">
  <style:page-layout-properties {PAGE_PROPS} fo:margin-top="1.2cm">{FOOTSEP}</style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
 </style:page-layout>
 <style:style style:name="CoverSym" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="First_20_Page">
  <style:paragraph-properties fo:margin-left="11.6cm" style:page-number="auto"/>
 </style:style>
 <style:style style:name="CoverRight" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="11.6cm"/>
 </style:style>
 <style:style style:name="Empty" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Organ" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.6cm"/>
 </style:style>
 <style:style style:name="Session" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:keep-with-next="always"/>
 </style:style>
 <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.42cm" fo:keep-with-next="always"/>
 </style:style>
 <style:style style:name="Num" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.42cm">
   <style:tab-stops><style:tab-stop style:position="1.25cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Bul" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="LBullet">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm"/>
 </style:style>
 <style:style style:name="BulLast" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="LBullet">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.42cm"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="AfterTable" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="6pt"/>
 </style:style>
 <style:style style:name="TabL" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="TabR" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="TabHL" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="TabHR" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="14.2cm" table:align="center" fo:margin-bottom="0.2cm"/>
 </style:style>
 <style:style style:name="TcA" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
 <style:style style:name="TcB" style:family="table-column"><style:table-column-properties style:column-width="2.666cm"/></style:style>
 <style:style style:name="CellH" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9" style:vertical-align="middle"/>
 </style:style>
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="CellT" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:border-top="1.5pt solid #000000"/>
 </style:style>
 <style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="LBullet">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.9cm" fo:text-indent="-0.65cm" fo:margin-left="1.9cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pmFirst" style:next-style-name="Standard"/>
 <style:master-page style:name="Standard" style:page-layout-name="pmRest">
  <style:header>
   <text:p text:style-name="Header">{SYMBOL}</text:p>
   <text:p text:style-name="Header">Page <text:page-number text:select-page="current">2</text:page-number></text:p>
  </style:header>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
{chr(10).join(body)}
</office:text>
</office:body>
</office:document>
'''

with open(OUT, "w", encoding="utf-8") as f:
    f.write(doc)
print("wrote", OUT)
