#!/usr/bin/env python3
"""Writes council-report-2024.fodt: Report on the 115th Session of the IOM Council (C/115/28/Rev.1)."""
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2024.fodt")
SYMBOL = "C/115/28/Rev.1"

_fn_counter = [0]


def inline(s):
    """Mini markup: **bold**, *italic*, [[fn:text]] numbered footnote, [[fn*:text]] asterisk note, \t tab."""
    out = []
    pos = 0
    for m in re.finditer(r"\[\[fn(\*?):(.*?)\]\]", s):
        out.append(spans(s[pos:m.start()]))
        star, body = m.group(1), m.group(2)
        _fn_counter[0] += 1
        nid = "ftn%d" % _fn_counter[0]
        if star:
            cit = '<text:note-citation text:label="*">*</text:note-citation>'
        else:
            cit = '<text:note-citation>0</text:note-citation>'
        out.append('<text:note text:id="%s" text:note-class="footnote">%s<text:note-body>'
                   '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                   % (nid, cit, spans(body)))
        pos = m.end()
    out.append(spans(s[pos:]))
    return "".join(out)


def spans(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="Tb">\1</text:span>', s)
    s = re.sub(r"\*(.+?)\*", r'<text:span text:style-name="Ti">\1</text:span>', s)
    s = s.replace("\t", "<text:tab/>")
    return s


body = []


def p(style, text):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(text)))


_para = [0]


def para(text, style="Num"):
    _para[0] += 1
    p(style, "%d.\t%s" % (_para[0], text))


def head(num, words):
    p("Hd", "%s.\t%s" % (num, words))


def sub(num, words):
    p("Sub", "%s.\t%s" % (num, words))


def item(label, text, level=1):
    p("ItemA" if level == 1 else "ItemI", "%s\t%s" % (label, text))


# ---------------------------------------------------------------- cover
p("CoverFirst", SYMBOL)
p("CoverR", "Original: English")
p("CoverR", "20 December 2024")
p("CoverGap", "")
p("CoverOrgan", "COUNCIL")
p("CoverSess", "115th Session")
p("CoverGap2", "")
p("CoverTitle", "REPORT ON THE")
p("CoverTitle", "115TH SESSION OF THE COUNCIL[[fn*:This report was approved by the Council at a resumed "
  "meeting of its 115th Session through Resolution No. 1418 of 17 December 2024. The draft was issued "
  "as document C/115/L/11.]]")
p("CoverGap", "")
p("CoverC", "Geneva")
p("CoverC", "26\u201328 November 2024")
p("CoverGap", "")
p("CoverRapp", "Rapporteur: Ms K. Virtanen (Finland)")

# ---------------------------------------------------------------- body
p("BodyFirst", "REPORT ON THE 115TH SESSION OF THE COUNCIL")

head("I", "INTRODUCTION")
para("Pursuant to Resolution No. 1405 of 30 November 2023, the Council convened for its 115th Session on "
     "Tuesday, 26 November 2024, at the Centre International de Conf\u00e9rences Gen\u00e8ve (CICG). Six "
     "meetings were held, the last of them on Thursday, 28 November 2024.")
para("The session was opened by the outgoing Chairperson, H.E. Mr Tom\u00e1s Ibarra Quiroga (Paraguay), who "
     "reviewed the main developments in the Organization since the adoption of the report on the 114th "
     "Session (C/114/21/Rev.1) and thanked Member States for the constructive spirit shown during his term.")

head("II", "ATTENDANCE")
MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bangladesh, "
    "Belgium, Bolivia (Plurinational State of), Bosnia and Herzegovina, Brazil, Bulgaria, Burkina Faso, "
    "Cabo Verde, Cameroon, Canada, Chad, Chile, China, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, "
    "Cyprus, Czechia, Democratic Republic of the Congo, Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, "
    "El Salvador, Estonia, Ethiopia, Finland, France, Gambia, Georgia, Germany, Ghana, Greece, Guatemala, "
    "Guinea, Haiti, Holy See, Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, "
    "Jamaica, Japan, Jordan, Kenya, Kyrgyzstan, Latvia, Lebanon, Lesotho, Libya, Lithuania, Luxembourg, "
    "Madagascar, Mali, Malta, Mauritania, Mexico, Mongolia, Morocco, Mozambique, Myanmar, Nepal, Netherlands "
    "(Kingdom of the), New Zealand, Niger, Nigeria, North Macedonia, Norway, Pakistan, Panama, Paraguay, "
    "Peru, Philippines, Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, Rwanda, Senegal, "
    "Serbia, Sierra Leone, Slovakia, Somalia, South Africa, South Sudan, Spain, Sri Lanka, Sudan, Sweden, "
    "Switzerland, Thailand, Timor-Leste, Tunisia, T\u00fcrkiye, Uganda, Ukraine, United Kingdom of Great "
    "Britain and Northern Ireland, United Republic of Tanzania, United States of America, Uruguay, "
    "Venezuela (Bolivarian Republic of), Viet Nam, Yemen, Zambia and Zimbabwe.")
para("The following Member States were represented:[[fn:The list of participants is contained in document "
     "C/115/26. Member States that registered after the opening meeting are marked with an asterisk in that "
     "list.]] " + MEMBERS)
para("Bahrain, Kuwait and Saudi Arabia were represented by observers, as was the Sovereign Order of Malta.")
para("The following international organizations and other entities were also represented by observers:")
item("(a)", "United Nations and related organizations: the Office of the United Nations High Commissioner "
     "for Refugees (UNHCR), the International Labour Organization (ILO), the United Nations Children\u2019s "
     "Fund (UNICEF), the World Food Programme (WFP) and the Office of the United Nations High Commissioner "
     "for Human Rights (OHCHR);")
item("(b)", "other intergovernmental organizations: the African Union, the European Union, the International "
     "Centre for Migration Policy Development (ICMPD), the League of Arab States and the Economic Community "
     "of West African States (ECOWAS); and")
item("(c)", "non-governmental organizations and other entities: the International Committee of the Red "
     "Cross, the International Federation of Red Cross and Red Crescent Societies, the International "
     "Catholic Migration Commission, the Norwegian Refugee Council and Caritas Internationalis.")

head("III", "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS")
para("The Council noted that the Director General had examined the credentials of the representatives of the "
     "Member States listed in paragraph 3 and had found them to be in order, and that the observers listed "
     "in paragraphs 4 and 5 had been duly accredited.")

head("IV", "ELECTION OF OFFICERS")
para("The Council elected the following officers by acclamation: H.E. Ms Wanjiru Kamau-Otieno (Kenya) as "
     "Chairperson; H.E. Mr Hideo Sakamoto (Japan) as First Vice-Chairperson; Ms Elena Dragomir (Romania) "
     "as Second Vice-Chairperson; and Ms Kaisa Virtanen (Finland) as Rapporteur.")
para("On taking the chair, the Chairperson recalled that the session coincided with the first full year of "
     "implementation of the IOM Strategic Plan 2024\u20132028, and that the crises in the Sudan, Lebanon, "
     "Haiti and the Occupied Palestinian Territory would inevitably frame the Council\u2019s deliberations.")

head("V", "ADOPTION OF THE AGENDA")
para("The Council adopted the agenda set out in document C/115/1/Rev.2, together with the programme of work "
     "contained in document C/115/4/Rev.2.")

head("VI", "ADMISSION OF OBSERVERS")
para("The Council had before it requests for representation by an observer from the Global Alliance for "
     "Rural Migration (C/115/5) and from the Sahel Women\u2019s Mobility Network (C/115/6).")
para("It adopted by consensus Resolutions Nos. 1412 and 1413, granting both organizations observer status. "
     "Their representatives thanked the Council and described their work with migrant communities in "
     "rural and border areas.")

head("VII", "REPORT OF THE DIRECTOR GENERAL")
para("The Director General, Ms Amy Pope, presented her report to the Council. She noted that IOM had "
     "responded in 2024 to a record number of concurrent emergencies, while operating in more than 170 "
     "countries with a workforce of over 22,000 staff members, most of them in the field.")
para("She outlined the progress achieved under the three objectives of the Strategic Plan:")
item("(a)", "saving lives and protecting people on the move;")
item("(b)", "driving solutions to displacement; and")
item("(c)", "facilitating pathways for regular migration.")
para("Turning to the funding model, she observed that unearmarked contributions still amounted to less than "
     "4 per cent of total income, and appealed to Member States to provide more flexible and multi-year "
     "resources so that the Organization could plan for the long term rather than from one appeal to "
     "the next.")

head("VIII", "GENERAL DEBATE")
para("Fifty-six delegations took the floor in the general debate. Speakers congratulated the new officers "
     "and expressed appreciation for the Director General\u2019s leadership and for the dedication of IOM "
     "staff working in difficult and often dangerous conditions.")
para("Delegations raised, *inter alia*, the following recurring themes:")
item("(a)", "the protection of migrants in vulnerable situations, in particular:")
item("(i)", "unaccompanied and separated children;", 2)
item("(ii)", "victims of trafficking in persons; and", 2)
item("(iii)", "migrants stranded in transit countries;", 2)
item("(b)", "the links between climate change, environmental degradation and human mobility;")
item("(c)", "the implementation of the Global Compact for Safe, Orderly and Regular Migration, for which "
     "IOM acts as coordinator and secretariat of the United Nations Network on Migration;[[fn:The Global "
     "Compact was endorsed by the United Nations General Assembly in resolution 73/195 of 19 December "
     "2018.]]")
item("(d)", "the need for predictable and flexible funding; and")
item("(e)", "the safety and security of humanitarian personnel.")
para("Several delegations from Africa highlighted regional free movement protocols and labour mobility "
     "schemes, and asked IOM to strengthen its support to regional economic communities in collecting and "
     "sharing migration data.")
para("A number of delegations asked for regular briefings on the prevention of sexual exploitation, abuse "
     "and harassment, and on the reform of the internal justice system. Others recalled the Agreement "
     "concerning the Relationship between the United Nations and IOM, approved by Resolution No. 1309 of "
     "24 November 2015, and stressed the value of IOM\u2019s role within the United Nations system.")
para("Other delegations welcomed the establishment of the Global Data Institute and encouraged the "
     "Administration to make its displacement data openly available, with due regard to data protection.")
para("The observers for UNHCR and for the European Union spoke on the cooperation between their "
     "organizations and IOM in mixed movements along the Central Mediterranean and Atlantic routes.")
para("In reply, the Director General thanked delegations for their guidance and undertook to report on "
     "the follow-up to the points raised at the next session of the Standing Committee on Programmes and "
     "Finance.")

head("IX", "ADMINISTRATIVE AND FINANCIAL MATTERS")
sub("A", "Report on the Thirty-fourth and Thirty-fifth Sessions of the Standing Committee on Programmes and "
    "Finance")
para("The Chairperson of the Standing Committee on Programmes and Finance introduced the reports on the "
     "Committee\u2019s Thirty-fourth Session, held on 25 and 26 June 2024 (S/34/9), and its Thirty-fifth "
     "Session, held on 29 and 30 October 2024 (S/35/14).")
para("The Council took note of both reports and of the recommendations they contained, and adopted "
     "Resolution No. 1414 to that effect.")
sub("B", "Programme and Budget for 2025")
para("The Administration presented the Programme and Budget for 2025 (C/115/7). The Administrative Part of "
     "the Budget amounted to CHF 73,126,000, in line with the multi-year strengthening of the core "
     "structure agreed by Member States in 2022; the Operational Part was estimated at USD 1,752.4 "
     "million.[[fn:The scale of assessment for 2025 is set out in document S/35/4. It is derived from the "
     "United Nations scale of assessment, adjusted for IOM membership.]]")
para("Delegations welcomed the clearer presentation of results and asked that future documents show the "
     "share of the Operational Part financed by each major donor.")
para("The Council adopted Resolution No. 1415 on the Programme and Budget for 2025.")
sub("C", "Status report on outstanding contributions to the Administrative Part of the Budget")
para("The Council examined document C/115/10, which showed that outstanding assessed contributions stood at "
     "CHF 9,847,312 as at 31 October 2024, and that 14 Member States were subject to the provisions of "
     "Article 4 of the Constitution.")
para("The Council urged the Member States concerned to pay their contributions in full or to agree on a "
     "payment plan with the Administration, and expressed appreciation to those that had settled their "
     "arrears during the year.")

head("X", "INTERNATIONAL DIALOGUE ON MIGRATION")
para("The Administration reported on the two sessions of the International Dialogue on Migration held in "
     "2024, in New York in May and in Geneva in October, which had focused on the climate and mobility "
     "nexus and on the contribution of diasporas to development.")
para("Delegations commended the Dialogue as a space for open exchange and proposed that labour migration "
     "and skills partnerships be chosen as the theme for 2025.")

head("XI", "OTHER BUSINESS")
para("On the recommendation of the Standing Committee, the Council adopted Resolution No. 1416, approving "
     "the revised terms of reference of the Audit and Oversight Advisory Committee as set out in document "
     "S/35/8.")
para("One delegation informed the Council of the pledging event for the Regional Migrant Response Plan for "
     "the Horn of Africa and Yemen, to be held in Nairobi in February 2025.")

head("XII", "DATE AND PLACE OF THE NEXT SESSION")
para("The Council adopted Resolution No. 1417, by which it decided provisionally to hold its next regular "
     "session in Geneva in November 2025, the exact dates to be set by the Bureau in consultation with "
     "the Administration.")

head("XIII", "CLOSURE OF THE SESSION")
para("The Council agreed that the draft report on the session would be circulated to Member States in "
     "document C/115/L/11 and submitted for approval at a resumed meeting in December 2024.")
para("The Chairperson declared the 115th Session closed on Thursday, 28 November 2024, at 5.40 p.m.", "NumLast")


# ---------------------------------------------------------------- document
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Report on the 115th Session of the Council</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties style:tab-stop-distance="1.27cm" fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="11pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.06cm" fo:text-align="justify"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmCover">
  <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.3cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.15cm" style:distance-after-sep="0.12cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
  </style:page-layout-properties>
 </style:page-layout>
 <style:page-layout style:name="pmBody">
  <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.3cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.3cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.15cm" style:distance-after-sep="0.12cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
  </style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
 </style:page-layout>
 <style:style style:name="CoverFirst" style:family="paragraph" style:master-page-name="Cover">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="CoverR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="CoverGap" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm"/></style:style>
 <style:style style:name="CoverGap2" style:family="paragraph"><style:paragraph-properties fo:margin-top="3.2cm"/></style:style>
 <style:style style:name="CoverOrgan" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="2.4cm"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="CoverSess" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="CoverTitle" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="13pt"/>
 </style:style>
 <style:style style:name="CoverC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CoverRapp" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="1.2cm"/>
 </style:style>
 <style:style style:name="BodyFirst" style:family="paragraph" style:master-page-name="Body">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm" style:page-number="1"/>
 </style:style>
 <style:style style:name="Hd" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always">
   <style:tab-stops><style:tab-stop style:position="1.27cm"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="1.27cm" fo:text-indent="-1.27cm" fo:margin-top="0.15cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Num" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm">
   <style:tab-stops><style:tab-stop style:position="1.27cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="NumLast" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm">
   <style:tab-stops><style:tab-stop style:position="1.27cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="ItemA" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-left="2.54cm" fo:text-indent="-1.27cm" fo:margin-bottom="0.12cm"/>
 </style:style>
 <style:style style:name="ItemI" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-left="3.81cm" fo:text-indent="-1.27cm" fo:margin-bottom="0.08cm"/>
 </style:style>
 <style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Cover" style:page-layout-name="pmCover" style:next-style-name="Body"/>
 <style:master-page style:name="Body" style:page-layout-name="pmBody">
  <style:header>
   <text:p text:style-name="Header">@@SYM@@</text:p>
   <text:p text:style-name="Header">Page <text:page-number text:select-page="current">1</text:page-number></text:p>
  </style:header>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
""".replace("@@SYM@@", escape(SYMBOL))

TAIL = """
</office:text>
</office:body>
</office:document>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(HEAD)
    f.write("\n".join(body))
    f.write(TAIL)
print("wrote", OUT, "paragraphs:", _para[0])
