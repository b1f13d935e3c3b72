#!/usr/bin/env python3
"""Write statement-2018.fodt: a delegation's statement at the 109th Session of the IOM Council
(General Debate, 27 November 2018), with real footnotes, a bullet list and page numbers at the foot."""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2018.fodt")

_fn = [0]


def t(s):
    return escape(s)


def B(s):
    return '<text:span text:style-name="Bold">%s</text:span>' % t(s)


def I(s):
    return '<text:span text:style-name="Ital">%s</text:span>' % t(s)


def FN(body):
    _fn[0] += 1
    n = _fn[0]
    return ('<text:note text:id="ftn%d" text:note-class="footnote">'
            '<text:note-citation>%d</text:note-citation><text:note-body>'
            '<text:p text:style-name="Footnote">%s</text:p>'
            '</text:note-body></text:note>') % (n, n, body)


def P(style, *parts):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, "".join(parts))


# ---------------------------------------------------------------- content
head = [
    P("Letterhead", t("PERMANENT MISSION OF THE REPUBLIC OF GHANA")),
    P("LetterheadSub", t("to the United Nations Office and other International Organizations in Geneva")),
    P("Check", t("Check against delivery")),
    P("Occasion", t("109th Session of the IOM Council")),
    P("Occasion", t("General Debate")),
    P("Title", t("STATEMENT BY THE REPUBLIC OF GHANA")),
    P("Speaker", t("Delivered by H.E. Mr Kwabena Adu-Mensah,")),
    P("Speaker2", t("Ambassador and Permanent Representative")),
    P("DateLine", t("Geneva, 27 November 2018")),
]

salutations = [
    P("Salute", t("Mr Chair,")),
    P("Salute", t("Director General,")),
    P("SaluteLast", t("Distinguished Delegates,")),
]

body = []
# text_1
body.append(P("Body", t(
    "At the outset, allow me to congratulate you, Mr Chair, and the other members of the Bureau on your "
    "election, and to assure you of the full cooperation of my delegation throughout this session. Ghana "
    "aligns itself with the statement delivered on behalf of the African Group and wishes to add the "
    "following remarks in its national capacity.")))
# text_2 (fn 1)
body.append(P("Body", t(
    "My delegation extends a warm welcome to Mr António Vitorino, who addresses this Council for the first "
    "time since he took office as Director General on 1 October 2018. We wish him every success in his "
    "mandate. We also pay tribute to his predecessor, Ambassador William Lacy Swing, who led the "
    "Organization through ten demanding years and brought IOM into the United Nations system as a related "
    "organization."), FN(t(
    "Agreement concerning the Relationship between the United Nations and the International Organization "
    "for Migration, signed in New York on 19 September 2016 and approved by the Council in Resolution "
    "No. 1317 of 30 June 2016.")), t(
    " IOM today is a larger, more visible and more trusted Organization than the one he inherited.")))
# text_3
body.append(P("Body", t(
    "We have read with interest the Report of the Director General on the work of the Organization for the "
    "year 2017 (C/109/3). The figures it contains speak for themselves: IOM assisted millions of people "
    "affected by crises, from Bangladesh to the Lake Chad Basin, while continuing its regular programmes "
    "in resettlement, labour mobility and migration health. Ghana commends the staff of the Organization, "
    "many of whom serve in difficult and dangerous conditions, for their "), I("professionalism and dedication"),
    t(".")))
# text_4 (fn 2, italic, bold phrase)
body.append(P("Body", t(
    "Mr Chair, this session takes place only two weeks before the Intergovernmental Conference in "
    "Marrakech, where States will adopt the "), I("Global Compact for Safe, Orderly and Regular Migration"),
    t(", the first intergovernmental agreement of its kind. The Compact grew out of the New York Declaration "
      "for Refugees and Migrants,"), FN(t(
    "General Assembly resolution 71/1 of 19 September 2016. The Declaration called for a global compact "
    "on migration to be adopted at an intergovernmental conference in 2018.")), t(
    " and my delegation took part actively in the consultations and negotiations that followed. The Compact "
    "is not legally binding and it fully respects the sovereign right of States to determine their "
    "national migration policies; yet it offers a common framework of cooperation that no country can "
    "build on its own. "), B("Ghana will endorse the Global Compact in Marrakech"), t(
    " and looks forward to its implementation, follow-up and review.")))
# text_5
body.append(P("Body", t(
    "We welcome the decision of the Secretary-General to establish a United Nations Network on Migration, "
    "with IOM serving as its coordinator and secretariat. This new responsibility is a recognition of the "
    "expertise the Organization has built over more than six decades. It must not, however, weaken the "
    "features that Member States value most in IOM: its responsiveness, its strong field presence and its "
    "close partnership with governments. We encourage the Administration to keep the Council and the "
    "Standing Committee on Programmes and Finance regularly informed of the resources and staffing that "
    "the new role will require.")))
# text_6 (list intro) + bullets (fn 3 on the first bullet)
body.append(P("Body", t(
    "At the national level, Ghana continues to implement its National Migration Policy, launched in April "
    "2016, in close cooperation with the IOM Mission in Accra. Allow me to mention a few areas of that "
    "cooperation during the past year:")))
bullets = [
    [t("the safe return and sustainable reintegration of more than 1,400 Ghanaian nationals stranded in "
       "Libya, Niger and other countries of transit, under the EU–IOM Joint Initiative for Migrant Protection "
       "and Reintegration;"), FN(t(
        "Launched in December 2016 with funding from the European Union Emergency Trust Fund for Africa, "
        "the Joint Initiative covers 26 countries in the Sahel and Lake Chad, the Horn of Africa and North "
        "Africa."))],
    [t("the strengthening of integrated border management at Kotoka International Airport and at the "
       "Aflao and Elubo crossing points;")],
    [t("a mapping of the Ghanaian diaspora, carried out together with the Diaspora Affairs Office at the "
       "Office of the President; and")],
    [t("the drafting of a national labour migration policy, which we expect to submit to Cabinet in 2019.")],
]
items = "".join('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                % ("ListLast" if i == len(bullets) - 1 else "ListPara", "".join(b))
                for i, b in enumerate(bullets))
body.append('<text:list text:style-name="Bullets">%s</text:list>' % items)
# text_7 (fn 4)
body.append(P("Body", t(
    "Turning to matters of governance and finance, my delegation supports the work of the Working Group "
    "on Budget Reform. The core structure of the Organization has not kept pace with the growth of its "
    "operations, and the reliance on project-related income and on a small number of donors for unearmarked "
    "funding remains a concern. Member States, for their part, must honour their obligations: Ghana has "
    "paid its assessed contribution for 2018 in full,"), FN(t(
    "The payment of CHF 14,906 was received by the Administration on 14 March 2018.")), t(
    " and we call on those Member States with arrears to settle them or to agree on a payment plan with "
    "the Administration.")))
# text_8
body.append(P("Body", t(
    "We also thank the Administration for this year’s sessions of the International Dialogue on Migration, "
    "devoted to "), I("inclusive and innovative partnerships"), t(
    " for the effective governance of migration. Such partnerships, "), I("inter alia"), t(
    " with local authorities, the private sector, diaspora organizations and young people, will be "
    "indispensable if the commitments made in Marrakech are to bring real change to migrants and to the "
    "communities that send and receive them.")))
# text_9
body.append(P("Body", t(
    "In closing, Mr Chair, allow me to reaffirm Ghana’s attachment to the Migration Governance Framework "
    "(C/106/40), which this Council welcomed in Resolution No. 1310 of 24 November 2015, and to the "
    "principle that migration, when it is well governed, benefits countries of origin, transit and "
    "destination alike. Ghana stands ready to work with the Director General and with all Member States to "
    "make that principle a reality.")))
# text_10
body.append(P("Closing", t("Thank you.")))

# ---------------------------------------------------------------- document
DOC = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Letterhead" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:letter-spacing="0.03cm"/>
 </style:style>
 <style:style style:name="LetterheadSub" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm" fo:padding-bottom="0.15cm"
    fo:border-bottom="0.5pt solid #000000"/>
  <style:text-properties fo:font-size="10pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Check" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.7cm"/>
  <style:text-properties fo:font-size="11pt" fo:font-style="italic" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>
 </style:style>
 <style:style style:name="Occasion" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.6cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Speaker" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Speaker2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="DateLine" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.9cm"/>
 </style:style>
 <style:style style:name="Salute" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="SaluteLast" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.45cm"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:line-height="125%" fo:margin-bottom="0.42cm"/>
 </style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:line-height="125%" fo:margin-bottom="0.2cm"/>
 </style:style>
 <style:style style:name="ListLast" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:line-height="125%" fo:margin-bottom="0.42cm"/>
 </style:style>
 <style:style style:name="Closing" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.05cm" fo:text-align="justify"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ital" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol"
   text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0"
   text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm"
      fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21.0cm" fo:page-height="29.7cm" style:print-orientation="portrait"
    fo:margin-top="2.2cm" fo:margin-bottom="1.6cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm">
   <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.15cm" style:distance-after-sep="0.1cm"
     style:line-style="solid" style:adjustment="left" style:rel-width="30%" style:color="#000000"/>
  </style:page-layout-properties>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
@@BODY@@
</office:text>
</office:body>
</office:document>
"""

with open(OUT, "w", encoding="utf-8") as f:
    f.write(DOC.replace("@@BODY@@", "\n".join(head + salutations + body)))
print("wrote", OUT)
