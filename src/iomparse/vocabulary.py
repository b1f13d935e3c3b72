"""The words of the genre: the fixed vocabulary the lexer's rules and the builder's readers are made of.

Each list is data, named after what it is in a document, so that a convention can be extended (a new
preamble opener, a new organ, the French or Spanish forms) here, without touching a rule. The lists are
English; other working languages add entries beside them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Participles and adjectives that open a preambular clause of a resolution (``Recalling …,``). A word
#: here is the start of an opener: ``Having`` covers ``Having considered`` and ``Having examined``.
PREAMBLE_OPENERS = (
    "Acknowledging",
    "Affirming",
    "Alarmed",
    "Anxious",
    "Appreciating",
    "Approving",
    "Aware",
    "Bearing in mind",
    "Being",
    "Believing",
    "Cognizant",
    "Commending",
    "Concerned",
    "Confident",
    "Conscious",
    "Considering",
    "Convinced",
    "Deeply",
    "Deploring",
    "Desiring",
    "Desirous",
    "Determined",
    "Emphasizing",
    "Encouraged",
    "Endorsing",
    "Expressing",
    "Fully",
    "Further",
    "Gravely",
    "Guided",
    "Having",
    "Highlighting",
    "Keeping in mind",
    "Mindful",
    "Noting",
    "Observing",
    "Persuaded",
    "Pleased",
    "Reaffirming",
    "Realizing",
    "Recalling",
    "Recognizing",
    "Referring",
    "Regretting",
    "Reiterating",
    "Satisfied",
    "Seeking",
    "Stressing",
    "Taking",
    "Underlining",
    "Underscoring",
    "Welcoming",
    "Wishing",
)

#: The verbs that open a resolution's operative part: ``Resolves:`` on its own line, or ``Decides to …``.
OPERATIVE_VERBS = ("Resolves", "Decides")

#: The verbs, in the third person, that open an operative clause of a resolution (``1. Approves …;``).
OPERATIVE_CLAUSE_VERBS = (
    "Accepts",
    "Admits",
    "Adopts",
    "Appeals",
    "Appoints",
    "Approves",
    "Authorizes",
    "Calls upon",
    "Commends",
    "Confirms",
    "Decides",
    "Declares",
    "Elects",
    "Encourages",
    "Endorses",
    "Expresses",
    "Grants",
    "Invites",
    "Notes",
    "Reaffirms",
    "Recommends",
    "Requests",
    "Resolves",
    "Takes note",
    "Thanks",
    "Urges",
    "Welcomes",
)

#: Word stems that name the audience in a statement's salutation (``Distinguished delegates,``).
AUDIENCE_STEMS = (
    "delegat",
    "excellenc",
    "ladies",
    "gentlemen",
    "chair",
    "president",
    "colleagues",
    "friends",
    r"members\b",  # (not MEMBERSHIP: APPLICATIONS FOR MEMBERSHIP IN THE ORGANIZATION BY BURUNDI, a title)
    "distinguished",
    "director general",  # (Mr Chair, / Director General, / Distinguished Delegates,: one address a line)
    "director-general",
)

_ADDRESS_WORDS = 8  # a form of address is short: "Your Excellency the President of the Council"
_SALUTATION_WORDS = 16


def is_salutation(text: str) -> bool:
    """Whether a line ending with a comma is a salutation: it names an audience, in forms of address a
    comma apart, each short (``Mr. Chairman, Excellencies, distinguished delegates,``); a clause as long as
    ``Delegations wishing to take the floor are requested to …,`` is a sentence going on, as is a list after a
    colon (``Delegations from the following Member States attended: Afghanistan, Algeria,``)."""
    return (
        text.rstrip().endswith(",")
        and ":" not in text
        and len(text.split()) <= _SALUTATION_WORDS
        and _AUDIENCE.search(text) is not None
        and all(len(address.split()) <= _ADDRESS_WORDS for address in text.rstrip().rstrip(",").split(","))
    )


#: The governing bodies a header block names on a line of its own (in capitals or not), as patterns.
ORGANS = (
    "COUNCIL",
    "EXECUTIVE COMMITTEE",
    "STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
    "SUB-?COMMITTEE ON BUDGET AND FINANCE",
    "INTERNATIONAL DIALOGUE ON MIGRATION(?: (?:19|20)[0-9]{2})?",  # (its year's: … ON MIGRATION 2014)
    "INFORMAL CONSULTATIONS OF THE .+",
)

#: The Organization's names through its history, as a cover's letterhead prints them (not the title).
#: How a delegation's letterhead opens, in the three languages (``Permanent Mission of the Philippines``,
#: ``Mission permanente de la France``, ``Misión Permanente de México``, ``Delegation of the European Union``).
MISSION_OPENERS = (
    "Permanent Mission",
    "Mission permanente",
    "Misión Permanente",
    "Permanent Delegation",
    "Délégation permanente",
    "Delegación Permanente",
    "Delegation of",
    "Embassy of",
)
ORGANIZATION_NAMES = (
    "PROVISIONAL INTERGOVERNMENTAL COMMITTEE FOR THE MOVEMENT OF MIGRANTS FROM EUROPE",
    "INTERGOVERNMENTAL COMMITTEE FOR EUROPEAN MIGRATION",
    "INTERGOVERNMENTAL COMMITTEE FOR MIGRATION",
    "INTERNATIONAL ORGANIZATION FOR MIGRATION",
    "ORGANISATION INTERNATIONALE POUR LES MIGRATIONS",
    "ORGANIZACIÓN INTERNACIONAL PARA LAS MIGRACIONES",
    "ORGANIZACION INTERNACIONAL PARA LAS MIGRACIONES",
    "COMITÉ INTERGOUVERNEMENTAL POUR LES MIGRATIONS EUROPÉENNES",
    "COMITE INTERGOUVERNEMENTAL POUR LES MIGRATIONS EUROPEENNES",
    "COMITÉ INTERGOUVERNEMENTAL POUR LES MIGRATIONS",
    "COMITE INTERGOUVERNEMENTAL POUR LES MIGRATIONS",
    "COMITÉ INTERGUBERNAMENTAL PARA LAS MIGRACIONES EUROPEAS",
    "COMITE INTERGUBERNAMENTAL PARA LAS MIGRACIONES EUROPEAS",
    "COMITÉ INTERGUBERNAMENTAL PARA LAS MIGRACIONES",
    "COMITE INTERGUBERNAMENTAL PARA LAS MIGRACIONES",
    "UN MIGRATION",  # its tagline under its initials since 2016 (IOM / UN MIGRATION): a logo's words
    "ONU MIGRATION",
    "ONU MIGRACIÓN",
    "ONU MIGRACION",
)
#: Its initials in its languages, printed together on covers (``ICM / CIM``, ``IOM • OIM``).
ORGANIZATION_INITIALS = ("IOM", "OIM", "ICM", "CIM", "ICEM", "CIME", "PICMME")

#: The marks of a document's distribution or status, printed alone at the top of a cover (no title): a
#: summary record is ``PROVISIONAL`` until its corrections are in.
CLASSIFICATION_MARKS = (
    "RESTRICTED",
    "CONFIDENTIAL",
    "LIMITED",
    "LIMITED DISTRIBUTION",
    "FOR PARTICIPANTS ONLY",
    "PROVISIONAL",
)

#: The titles of the unnumbered headings that open a body before its numbered sections (front matter and an
#: introduction: conventions §9), which no header line has (``Introduction`` reads as a place by its shape).
OPENING_HEADINGS = (
    "Introduction",
    "Background",
    r"(?:Executive\s+)?summary",
    "Overview",
    "Foreword",
    "Preface",
    "Abstract",
)

#: Places where governing bodies meet, as a cover names them on a line of their own (``Geneva``).
PLACES = ("Geneva", "Genève", "Ginebra", "New York", "Vienna", "Bangkok", "Brussels", "Washington", "Rome")

#: The glyphs that open a bullet: the converter's ``-`` and what PDFs print.
BULLETS = "-•–▪●◦"

#: The trilingual footers of cover pages: the organ's name in English, French and Spanish, as printed. The
#: footer is page furniture, and the evidence of the organ when no line of the cover names it.
COVER_FOOTERS = (
    ("COUNCIL", "CONSEIL", "CONSEJO"),
    ("EXECUTIVE COMMITTEE", "COMITÉ EXÉCUTIF", "COMITÉ EJECUTIVO"),
    (
        "STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
        "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
        "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS",
    ),
    (  # (the Standing Committee's forerunner, until 2007)
        "SUB-COMMITTEE ON BUDGET AND FINANCE",
        "SOUS-COMITÉ DU BUDGET ET DES FINANCES",
        "SUBCOMITÉ DE PRESUPUESTO Y FINANZAS",
    ),
)


def alternation(words: Iterable[str], *, escape: bool = False) -> str:
    """A regex alternation of ``words`` (escaped when they are plain words), for use inside a group."""
    return "|".join(re.escape(word) if escape else word for word in words)


_AUDIENCE = re.compile(alternation(AUDIENCE_STEMS), re.IGNORECASE)  # (is_salutation's, read on use)


#: Words no heading, row label or sentence ends on: a line that ends with one breaks off, its text going on.
#: The readers add the few more each of them knows (``a``, ``that``, ``is`` …).
BREAKING_WORDS = ("the", "of", "and", "or", "to", "for", "with", "by", "from")

#: Words no sentence or heading ends on: a line of prose or a heading's shape that ends with one breaks off
#: (``The Council elected … (Costa Rica) as`` / ``Chairperson, …``).
DANGLING_WORDS = (
    *BREAKING_WORDS, "a", "an", "as", "at", "in", "on", "into", "than", "that", "its", "their",
    "is", "are", "was", "were", "be", "been", "has", "have", "would", "should", "which", "who", "whose",
)  # fmt: skip

#: The words that label the articles of rules and statutes, each printed alone above its caption.
HEADING_LABELS = ("Rule", "Article", "Regulation", "Section", "Chapter", "Note", "RULE", "ARTICLE", "CHAPTER")

#: The long names of States as the United Nations writes them, which a table's narrow label column wraps
#: anywhere (``United Kingdom of Great`` / ``Britain and Northern Ireland``): two lines that make one of
#: these are one row's label. Lists of contributions and scales of assessment are tables of States.
LONG_STATE_NAMES = frozenset(
    name.casefold()
    for name in (
        "United Kingdom of Great Britain and Northern Ireland", "United States of America",
        "Democratic Republic of the Congo", "Democratic People's Republic of Korea", "Republic of Korea",
        "Venezuela (Bolivarian Republic of)", "Bolivia (Plurinational State of)", "Iran (Islamic Republic of)",
        "Micronesia (Federated States of)", "The former Yugoslav Republic of Macedonia", "North Macedonia",
        "Saint Vincent and the Grenadines", "Lao People's Democratic Republic", "United Republic of Tanzania",
        "Central African Republic", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Sao Tome and Principe",
        "Trinidad and Tobago", "Antigua and Barbuda", "Papua New Guinea", "Libyan Arab Jamahiriya",
        "Serbia and Montenegro", "Republic of Moldova", "Dominican Republic", "Syrian Arab Republic",
        "Federal Republic of Yugoslavia", "Federal Republic of Somalia", "United Arab Emirates",
        "Equatorial Guinea", "Marshall Islands", "Solomon Islands", "Russian Federation", "State of Palestine",
    )
)  # fmt: skip


#: The names of States as lists of contributions and scales of assessment print them (the United Nations'
#: short names, some of their older ones): a table's row label that is one of these followed by a letter
#: glued to it (``Burundia``, ``Mauritiusb``) is the State's name and a table note's raised marker.
STATE_NAMES = frozenset(
    name.casefold()
    for name in (
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bolivia (Plurinational State of)", "Bosnia and Herzegovina",
        "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde",
        "Cape Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China",
        "Colombia", "Comoros", "Congo", "Cook Islands", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba",
        "Cyprus", "Czechia", "Czech Republic", "Democratic People's Republic of Korea",
        "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador",
        "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Swaziland", "Ethiopia",
        "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada",
        "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Holy See", "Honduras", "Hungary", "Iceland",
        "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq", "Ireland", "Israel", "Italy", "Jamaica",
        "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan",
        "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
        "Libyan Arab Jamahiriya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
        "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
        "Micronesia (Federated States of)", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
        "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria",
        "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay",
        "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Republic of Korea", "Republic of Moldova",
        "Romania", "Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
        "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia",
        "Senegal", "Serbia", "Serbia and Montenegro", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
        "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka",
        "State of Palestine", "Sudan", "Suriname", "Sweden", "Switzerland", "Syrian Arab Republic", "Tajikistan",
        "Thailand", "The former Yugoslav Republic of Macedonia", "Timor-Leste", "Togo", "Tonga",
        "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkey", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
        "United Arab Emirates", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland",
        "United Republic of Tanzania", "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
        "Venezuela", "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Yugoslavia", "Zambia",
        "Zimbabwe",
    )
)  # fmt: skip


def names_its_kind(heading: str, title: str) -> bool:
    """Whether ``heading`` names, in the plural, the kind of the labelled heading or entry ``title`` under it
    (``FINANCIAL STATEMENTS`` over ``Statement I – …``, ``SUPPLEMENTARY SCHEDULES`` over ``Schedule 1 – …``,
    ``ANNEXES`` over ``Annex I – …``, ``APPENDICES`` over ``Appendix 1 – …``), and not the notes to them
    (``NOTES TO THE FINANCIAL STATEMENTS``): a heading that holds them."""
    word = title.split(maxsplit=1)[0].upper() if title.strip() else ""
    plural = "APPENDICES" if word == "APPENDIX" else f"{word}ES" if word.endswith(("X", "S", "CH")) else f"{word}S"
    words = heading.upper()
    return bool(word) and plural in words and "NOTES" not in words
