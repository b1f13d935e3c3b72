"""Hypothesis strategies for documents in canonical form: the trees `iomparse.parse` gives for documents
written in the conventions (README, "Conventions recognized"). `canonical_documents()` is the one the canonical-text
round trip (``test_text_round_trip.py``) uses.

`tests/strategies.py` draws arbitrary trees, which serialisers must keep but text cannot: a paragraph whose
text is ``I. INTRODUCTION`` reads back as a heading. The trees here are the ones the grammar reads, built
directly as model objects (never by writing text and parsing it, which would make the round trip circular).
Each strategy's docstring states the invariants its nodes keep; together they describe the documents the
parser reads. Invariants that hold everywhere:

* Running text is sentences of council-document words: a capital first (items and bullets may start in lower
  case), words separated by single spaces, and terminal punctuation at the end of every block (``.``, ``;``,
  ``:`` before a list or a quotation, ``,`` after a preambular clause), so that no line of text reads as a
  heading, a salutation, a date line or a continuation of the line above.
* Citations are the inline runs the parser makes of the words that form them (`DocRef`, `DateRef`,
  `SessionRef`, `ResolutionRef`, `ConstitutionRef`, `UNRef`), each inside a phrase of lower-case words; the
  other words cite nothing (no month names, no ``Session``, no slashes, no ``Resolution No.``).
* `Strong` and `Emphasis` wrap whole words (a noun phrase, a citation), never a block's first or last word: a
  line wholly in bold would be a bold line, not a paragraph. Only a quoted paragraph or bullet may be wholly
  in italics, and then holds no other markup (``**`` pairs first, so bold inside italics is not read).
* Footnote markers (`NoteRef`) follow punctuation, are numbered 1, 2, … in document order and each has one
  body; the bodies are the document's `Footnote`\\ s in that order, anchored at the path of the block holding
  the marker (`iomparse.paths`).
* Positions are ``None`` (spans), there is no page furniture, and the only diagnostics are the
  ``annex-label-inferred`` notes of annexes without a label line: a canonical document reads without a
  warning.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from iomparse import paths
from iomparse.model import (
    Adoption,
    Annex,
    Clause,
    ConstitutionRef,
    Contents,
    ContentsEntry,
    DateRange,
    DateRef,
    Diagnostic,
    DocRef,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Inline,
    Item,
    Meta,
    NameList,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    Session,
    SessionRef,
    Strong,
    Submission,
    Symbol,
    Table,
    Text,
    UNRef,
    runs,
)

# --------------------------------------------------------------------------------------------------
# Numbers as documents write them (written here, not taken from iomparse.values, so that the parser's
# readings are checked against an independent writer)

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENTHS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def ordinal_words(number: int) -> str:
    """1 → ``first``, 88 → ``eighty-eighth``, 109 → ``hundred and ninth`` (1 to 119)."""
    if number >= 100:
        return "hundredth" if number == 100 else f"hundred and {ordinal_words(number - 100)}"
    if number < 10:
        return _UNITS[number - 1]
    if number < 20:
        return _TEENS[number - 10]
    tens, unit = divmod(number, 10)
    return _TENTHS[tens - 2] if unit == 0 else f"{_TENS[tens - 2]}-{_UNITS[unit - 1]}"


def ordinal_numeral(number: int) -> str:
    """1 → ``1st``, 12 → ``12th``, 103 → ``103rd``."""
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def roman(number: int) -> str:
    """A roman numeral: 71 → ``LXXI``."""
    letters = ""
    for value, symbol in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V")):
        count, number = divmod(number, value)
        letters += symbol * count
    return letters + ("IV" if number == 4 else "I" * number)


def _capitalize_each(words: str) -> str:
    """``hundred and ninth`` → ``Hundred and Ninth``; ``eighty-fourth`` → ``Eighty-fourth``."""
    first, _, rest = words.partition(" and ")
    return f"{first.capitalize()} and {rest.capitalize()}" if rest else words.capitalize()


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2025, 12, 31))


def date_text(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@st.composite
def meeting_dates(draw, dash: str | None = None) -> DateRange:
    """Days of a month: ``2-4 December 2002``, ``26 to 29 November 2013``, ``24th – 27th November 2015``
    (never a single day, which is a date); in header lines also from one month to the next, with weekdays:
    ``Tuesday, 29 November, to Friday, 2 December 2016``."""
    year, month = draw(st.integers(1990, 2025)), draw(st.integers(1, 11))
    if dash is None and draw(st.integers(0, 3)) == 0:
        start = dt.date(year, month, draw(st.integers(25, 28)))
        end = dt.date(year, month + 1, draw(st.integers(1, 4)))
        raw = f"{start:%A}, {start.day} {_MONTHS[month - 1]}, to {end:%A}, {end.day} {_MONTHS[month]} {year}"
        return DateRange(start=start, end=end, raw=raw)
    first = draw(st.integers(1, 27))
    last = draw(st.integers(first + 1, 28))
    dash = dash or draw(st.sampled_from(["-", " to ", " – "]))
    days = (first, last) if dash != " – " else (ordinal_numeral(first), ordinal_numeral(last))
    raw = f"{days[0]}{dash}{days[1]} {_MONTHS[month - 1]} {year}"
    return DateRange(start=dt.date(year, month, first), end=dt.date(year, month, last), raw=raw)


# --------------------------------------------------------------------------------------------------
# Values: symbols and sessions

_FAMILIAR_SYMBOLS = (
    Symbol(parts=("MC", "INF", "274")),
    Symbol(parts=("MC", "1842")),
    Symbol(parts=("MC", "EX", "572"), suffixes=("Rev.1",)),
    Symbol(parts=("C", "110", "RES", "1370")),
    Symbol(parts=("S", "18", "9")),
    Symbol(parts=("SCPF", "92"), suffixes=("Rev.1",)),
    Symbol(parts=("MICEM", "9", "2002")),
)


@st.composite
def fresh_symbols(draw) -> Symbol:
    """A symbol of one of the series of IOM governing bodies: ``MC/2352``, ``MC/INF/274``, ``MC/EX/572``,
    ``C/107/24``, ``C/107/INF/3``, ``C/109/L/3``, ``C/110/RES/1370``, ``S/18/9``, ``SCPF/92``,
    ``MICEM/9/2002``; now and then with ``Rev.1``, ``Corr.1`` or ``Add.1``."""
    number = str(draw(st.integers(1, 2400)))
    session = str(draw(st.integers(90, 120)))
    parts = draw(
        st.sampled_from(
            [
                ("MC", number),
                ("MC", "INF", number),
                ("MC", "EX", number),
                ("C", session, number),
                ("C", session, "INF", number),
                ("C", session, "L", number),
                ("C", session, "RES", number),
                ("S", str(draw(st.integers(1, 30))), number),
                ("SCPF", number),
                ("MICEM", number, str(draw(st.integers(1995, 2020)))),
            ]
        )
    )
    suffixes = draw(st.sampled_from([(), (), (), ("Rev.1",), ("Corr.1",), ("Add.1",)]))
    return Symbol(parts=parts, suffixes=suffixes)


symbols = st.sampled_from(_FAMILIAR_SYMBOLS) | fresh_symbols()
"""Symbols, often one of a few familiar ones, so that a document now and then cites its own symbol."""


@st.composite
def session_lines(draw) -> Session:
    """A session line of a header: ``EIGHTY-EIGHTH SESSION``, ``HUNDRED AND NINTH SESSION``, ``101ST SESSION``,
    ``106th Session``, ``EIGHTY-FIFTH (SPECIAL) SESSION``. ``raw`` is the line as written."""
    number = draw(st.integers(1, 119))
    form = draw(st.sampled_from(["words", "words", "numeral", "numeral_title", "special"]))
    if form == "numeral":
        return Session(number=number, raw=f"{ordinal_numeral(number).upper()} SESSION")
    if form == "numeral_title":
        return Session(number=number, raw=f"{ordinal_numeral(number)} Session")
    if form == "special":
        return Session(number=number, raw=f"{ordinal_words(number).upper()} (SPECIAL) SESSION", special=True)
    return Session(number=number, raw=f"{ordinal_words(number).upper()} SESSION")


# --------------------------------------------------------------------------------------------------
# Inline content

_NOTE = NoteRef(marker="?")  # a footnote marker, numbered once the whole document is built

_SUBJECTS = (
    "The Administration",
    "The Organization",
    "Member States",
    "The Director General",
    "Several delegations",
    "The working group",
    "IOM",
    "The Standing Committee",
    "Field offices",
    "The Council",
)
_STATEMENT_SUBJECTS = ("We", "My delegation", "My Government", "Our Organization", "IOM", "Member States")
_VERBS = (
    "will strengthen",
    "should review",
    "can support",
    "must consider",
    "will examine",
    "may expand",
    "would welcome",
    "shall harmonize",
    "reviewed",
    "examined",
    "welcomed",
    "supported",
    "prepared",
)
_INFINITIVES = ("approve", "strengthen", "review", "clarify", "harmonize", "publish", "expand", "monitor", "endorse")
_OBJECTS = (
    ("the", "programme of activities"),
    ("the", "financial situation"),
    ("the", "structural reform"),
    ("the", "regional offices"),
    ("", "migration governance"),
    ("the", "budget"),
    ("the", "staff security mechanism"),
    ("", "partnerships with civil society"),
    ("the", "capacity of country offices"),
    ("", "return and reintegration programmes"),
    ("", "labour mobility"),
    ("", "integrated border management"),
    ("the", "evaluation function"),
    ("the", "strategic vision"),
    ("the", "delegation of authority"),
)
_ROMAN_HEADS = ("in respect of", "for revisions of", "at the request of", "with regard to")
_VERBS_THIRD = (
    "Approves",
    "Endorses",
    "Takes note of",
    "Requests the Director General to review",
    "Urges Member States to support",
)
_PLAIN_COMPLEMENTS = (
    "in close cooperation with its partners",
    "in the coming years",
    "within the limits of available resources",
    "at all levels",
    "in the field",
    "at Headquarters",
)
_PREAMBLE_OPENERS = (
    "Having received and examined",
    "Having considered",
    "Noting with appreciation",
    "Recalling",
    "Recognizing the importance of",
    "Mindful of",
    "Welcoming",
    "Taking into account",
    "Reaffirming",
    "Conscious of",
    "Bearing in mind",
)


@st.composite
def noun_phrases(draw) -> list[Inline]:
    """An object of a sentence: ``the programme of activities``, its noun words now and then in bold or
    italics (``the **programme of activities**``), the determiner never."""
    determiner, noun = draw(st.sampled_from(_OBJECTS))
    style = draw(st.sampled_from(["plain", "plain", "plain", "plain", "strong", "emphasis"]))
    words: Inline = Text(text=noun)
    if style == "strong":
        words = Strong(children=(words,))
    elif style == "emphasis":
        words = Emphasis(children=(words,))
    return [Text(text=f"{determiner} "), words] if determiner else [words]


@st.composite
def citations(draw) -> list[Inline]:
    """A phrase citing something, as the parser reads it: ``as set out in document MC/INF/274``, ``(MC/2225)``,
    ``on 4 November 2004``, ``in June 2012``, ``on 2-4 December 2002``, ``at its Eighty-fourth Session``,
    ``at its 106th Session``, ``in accordance with Resolution No. 923 (LXXI)``, ``… Resolution No. 1150 of 7
    June 2007``, ``… Resolutions Nos. 1333, 1334 and 1335``, ``under Article 4 of the Constitution``, ``in line
    with General Assembly resolution 73/195``; a document, a resolution or a session now and then in bold or
    italics as a whole. A document cited by its own symbol is marked ``own`` once the whole document is built
    (`canonical_documents`)."""
    kind = draw(
        st.sampled_from(["doc", "doc_paren", "date", "month", "range", "session", "resolution", "article", "un"])
    )
    if kind in ("doc", "doc_paren"):
        symbol = draw(symbols)
        ref: Inline = DocRef(symbol=symbol, text=str(symbol))
        before, after = ("as set out in document ", "") if kind == "doc" else ("(", ")")
    elif kind == "date":
        day = draw(dates)
        before, after = "on ", ""
        ref = DateRef(start=day.isoformat(), end=day.isoformat(), text=date_text(day))
    elif kind == "month":
        day = draw(dates)
        month = f"{day.year}-{day.month:02d}"
        before, after = "in ", ""
        ref = DateRef(start=month, end=month, text=f"{_MONTHS[day.month - 1]} {day.year}")
    elif kind == "range":
        meeting = draw(meeting_dates("-"))
        before, after = "on ", ""
        ref = DateRef(start=meeting.start.isoformat(), end=meeting.end.isoformat(), text=meeting.raw)
    elif kind == "session":
        number = draw(st.integers(1, 119))
        if draw(st.booleans()):
            raw = f"{ordinal_numeral(number)} Session"
        else:
            raw = f"{_capitalize_each(ordinal_words(number))} Session"
        before, after = "at its ", ""
        ref = SessionRef(session=Session(number=number, raw=raw), text=raw)
    elif kind == "resolution":
        before, after = "in accordance with ", ""
        ref = draw(resolution_refs())
    elif kind == "article":
        article = str(draw(st.integers(1, 40)))
        before, after = "under ", ""
        ref = ConstitutionRef(article=article, text=f"Article {article} of the Constitution")
    else:
        before, after = "in line with ", ""
        ref = UNRef(text=f"General Assembly resolution {draw(st.integers(50, 78))}/{draw(st.integers(1, 300))}")
    if kind in ("doc", "session", "resolution") and draw(st.integers(0, 5)) == 0:
        ref = draw(st.sampled_from([Strong, Emphasis]))(children=(ref,))
    return [Text(text=before), ref, Text(text=after)]


@st.composite
def resolution_refs(draw) -> ResolutionRef:
    """``Resolution No. 923 (LXXI)``, ``Resolution No. 1150 of 7 June 2007``, ``Resolutions Nos. 1333, 1334
    and 1335``."""
    number = draw(st.integers(100, 1450))
    form = draw(st.sampled_from(["session", "date", "several"]))
    if form == "session":
        session = draw(st.integers(40, 110))
        return ResolutionRef(numbers=(number,), text=f"Resolution No. {number} ({roman(session)})", session=session)
    if form == "date":
        day = draw(dates)
        return ResolutionRef(numbers=(number,), text=f"Resolution No. {number} of {date_text(day)}", date=day)
    numbers = tuple(range(number, number + draw(st.integers(2, 3))))
    listed = ", ".join(str(n) for n in numbers[:-1])
    return ResolutionRef(numbers=numbers, text=f"Resolutions Nos. {listed} and {numbers[-1]}")


complements = st.sampled_from([[Text(text=c)] for c in _PLAIN_COMPLEMENTS]) | citations()


@st.composite
def phrases(draw, head: str, end: str, notes: bool = True) -> list[Inline]:
    """``head`` (plain words), an object, perhaps a complement or a citation, then ``end``; perhaps a
    footnote marker after it."""
    found: list[Inline] = [Text(text=f"{head} "), *draw(noun_phrases())]
    if draw(st.integers(0, 2)) > 0:
        found += [Text(text=" "), *draw(complements)]
    found.append(Text(text=end))
    if notes and draw(st.integers(0, 6)) == 0:
        found.append(_NOTE)
    return found


@st.composite
def sentences(draw, end: str = ".", subjects: tuple[str, ...] = _SUBJECTS, max_sentences: int = 3, notes: bool = True):
    """Running text: one to ``max_sentences`` sentences (``The Administration will review the budget in the
    field.``), each starting with a capital and ending with a full stop, the last with ``end``."""
    count = draw(st.integers(1, max_sentences))
    found: list[Inline] = []
    for index in range(count):
        head = f"{draw(st.sampled_from(subjects))} {draw(st.sampled_from(_VERBS))}"
        if index:
            found.append(Text(text=" "))
        found += draw(phrases(head, end if index == count - 1 else ".", notes=notes))
    return runs(found)


# --------------------------------------------------------------------------------------------------
# Lists, paragraphs, quotations


def _item_ends(count: int, last: str) -> list[str]:
    """Items end with ``;``, the second-to-last with ``; and``, the last with ``last``."""
    return [";" if i < count - 2 else "; and" if i == count - 2 else last for i in range(count)]


@st.composite
def roman_items(draw) -> tuple[Item, ...]:
    """Sub-items ``(i)``, ``(ii)``, … in order, in lower case, under a lettered item."""
    count = draw(st.integers(1, 3))
    ends = _item_ends(count, ";")
    return tuple(
        Item(
            label=f"({roman(i + 1).lower()})",
            content=runs(draw(phrases(draw(st.sampled_from(_ROMAN_HEADS)), end))),
        )
        for i, end in enumerate(ends)
    )


@st.composite
def lettered_items(draw, last: str = ".") -> tuple[Item, ...]:
    """Items ``(a)``, ``(b)``, … in order (up to ``(k)``: ``(i)`` after ``(h)`` is the letter), each an
    infinitive phrase in lower case (``to clarify the budget;``). A lettered item other than ``(h)`` may hold
    roman sub-items ``(i)``, ``(ii)``, … and then ends with ``:`` (under ``(h)``, an ``(i)`` is the next
    letter)."""
    count = draw(st.integers(1, 11)) if draw(st.integers(0, 5)) == 0 else draw(st.integers(1, 6))
    ends = _item_ends(count, last)
    items = []
    for index, end in enumerate(ends):
        children = draw(roman_items()) if index != 7 and draw(st.integers(0, 3)) == 0 else ()
        head = f"to {draw(st.sampled_from(_INFINITIVES))}"
        content = runs(draw(phrases(head, ":" if children else end)))
        items.append(Item(label=f"({chr(ord('a') + index)})", content=content, children=children))
    return tuple(items)


@st.composite
def bullets(draw, last: str = ".") -> tuple[Item, ...]:
    """Bullets (``label=None``, no children): verb phrases in lower case ending like items, or sentences."""
    count = draw(st.integers(1, 4))
    if draw(st.booleans()):
        return tuple(Item(label=None, content=draw(sentences(max_sentences=2))) for _ in range(count))
    return tuple(
        Item(label=None, content=runs(draw(phrases(draw(st.sampled_from(_INFINITIVES)), end))))
        for end in _item_ends(count, last)
    )


@st.composite
def numbered_items(draw) -> tuple[Item, ...]:
    """Items numbered ``1.``, ``2.``, … inside a numbered paragraph (a working group's recommendations), each
    an infinitive phrase in lower case."""
    ends = _item_ends(draw(st.integers(2, 5)), ".")
    return tuple(
        Item(label=f"{index + 1}.", content=runs(draw(phrases(f"to {draw(st.sampled_from(_INFINITIVES))}", end))))
        for index, end in enumerate(ends)
    )


lists = st.one_of(lettered_items(), bullets())
"""A list after text that ends with a colon: lettered items or bullets, not both."""
paragraph_lists = st.one_of(lettered_items(), bullets(), numbered_items())
"""A list after a numbered paragraph that ends with a colon: its items may be numbered too."""


@st.composite
def quotes(draw) -> Quote:
    """A quotation set off after a numbered paragraph that ends with a colon: unnumbered paragraphs, each
    sentences starting with a capital (never in lower case, which would continue the paragraph above), or a
    paragraph that ends with a colon followed by its list; a paragraph is now and then in curly quotes
    (``“IOM is committed … migrants.”``) or wholly in italics, and so are the bullets of a quoted list."""
    blocks = []
    for _ in range(draw(st.integers(1, 2))):
        style = draw(st.sampled_from(["plain", "plain", "quoted", "italic"]))
        if draw(st.booleans()):
            content = draw(sentences(end=":", max_sentences=1))
            children = draw(lists)
            if style == "italic":
                children = tuple(attrs.evolve(item, content=_italic(item.content)) for item in children)
        else:
            content, children = draw(sentences()), ()
        if style == "quoted":
            content = runs([Text(text="“"), *content, Text(text="”")])
        elif style == "italic":
            content = _italic(content)
        blocks.append(Paragraph(num=None, content=content, children=children))
    return Quote(children=tuple(blocks))


def _italic(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """``content`` wholly in italics. Markup inside is dropped: bold inside italics is not read (the inline
    parser pairs ``**`` first, so the single ``*`` around them pair with nothing)."""
    flat: list[Inline] = []
    for run in content:
        flat += run.children if isinstance(run, Strong | Emphasis) else [run]
    return (Emphasis(children=runs(flat)),)


_TABLE_LABELS = ("Administrative Part of the Budget", "Operational Part of the Budget", "Staff and services", "Total")


@st.composite
def tables(draw) -> Table:
    """A table laid out with spaces, perhaps under a caption ``(in Swiss francs)``: perhaps a
    header row of years over the figures, then rows of a label and two figures (``31 336 000``), the columns
    aligned and two spaces or more apart, so that every row has figures and two gaps. ``cells`` is the split
    on those gaps, the header row with an empty first cell."""
    labels = draw(st.lists(st.sampled_from(_TABLE_LABELS), min_size=2, max_size=3, unique=True))
    width = max(len(label) for label in labels) + 2
    figures = [[f"{draw(st.integers(1, 999))} {draw(st.integers(100, 999))} 000" for _ in range(2)] for _ in labels]
    column = max(len(figure) for row in figures for figure in row) + 2
    pairs = list(zip(labels, figures, strict=True))
    rows = [label.ljust(width) + "".join(figure.ljust(column) for figure in row).rstrip() for label, row in pairs]
    cells = [(label, *row) for label, row in pairs]
    if draw(st.booleans()):
        year = draw(st.integers(1995, 2024))
        rows.insert(0, " " * width + f"{year}".ljust(column) + f"{year + 1}")
        cells.insert(0, ("", str(year), str(year + 1)))
    caption = draw(st.sampled_from([None, "(in Swiss francs)", "(in US dollars)"]))
    return Table(rows=tuple(rows), cells=tuple(cells), caption=caption)


_NAMES = (
    "Afghanistan",
    "Albania",
    "Bosnia-Herzegovina",
    "Chile",
    "Costa Rica",
    "Ecuador",
    "Iran (Islamic Republic of)",
    "Kenya",
    "Philippines",
    "Ruritania",
    "Valmora",
    "Zambia",
)
NUMBER = "#"  # the number of a numbered paragraph, given once the whole part is built


@st.composite
def numbered_paragraphs(draw) -> Paragraph:
    """A numbered paragraph (numbered later, consecutively through its part): sentences ending with a full
    stop, or ending with a colon and followed by a list, a quotation or a table; or a list of the States
    represented (``… represented: Albania, Chile, … and Zambia.``, five names or more, none holding ``and``)."""
    form = draw(st.sampled_from(["plain", "plain", "plain", "list", "list", "quote", "names", "table"]))
    if form == "plain":
        return Paragraph(num=NUMBER, content=draw(sentences()))
    if form == "table":
        return Paragraph(num=NUMBER, content=draw(sentences(end=":")), children=(draw(tables()),))
    if form == "names":
        names = tuple(draw(st.lists(st.sampled_from(_NAMES), min_size=5, max_size=8, unique=True)))
        listed = f"{', '.join(names[:-1])} and {names[-1]}"
        intro = Text(text="The following Member States were represented: ")
        return Paragraph(num=NUMBER, content=(intro, NameList(names=names, text=listed), Text(text=".")))
    content = draw(sentences(end=":"))
    children = draw(paragraph_lists) if form == "list" else (draw(quotes()),)
    return Paragraph(num=NUMBER, content=content, children=children)


@st.composite
def unnumbered_paragraphs(draw, subjects: tuple[str, ...] = _SUBJECTS) -> Paragraph:
    """Unnumbered text: sentences, or sentences ending with a colon and followed by bullets."""
    if draw(st.integers(0, 3)) == 0:
        return Paragraph(num=None, content=draw(sentences(end=":", subjects=subjects)), children=draw(bullets()))
    return Paragraph(num=None, content=draw(sentences(subjects=subjects)))


# --------------------------------------------------------------------------------------------------
# Sections

_LEVEL1_HEADINGS = (
    "INTRODUCTION",
    "BACKGROUND",
    "HISTORICAL CONTEXT",
    "CURRENT SITUATION",
    "PROPOSED MEASURES",
    "FINANCIAL IMPLICATIONS",
    "LOOKING AHEAD",
    "CONCLUSIONS",
    "ASSESSMENT",
    "THE CURRENT FIELD STRUCTURE",
    "IOM'S MANDATE AND ROLE",
    "DEVELOPMENTS SINCE 1995",
)
_LEVEL2_HEADINGS = (
    "Regional offices",
    "Country offices with coordinating functions",
    "Global migration developments and trends",
    "Resources",
    "Partnerships",
    "Staff security",
    "Institutional developments affecting how IOM operates",
    "Migration health",
    "Emergency operations",
)
_LABEL_WORDS = ("Objective", "Priority", "Goal")
SUBSECTION_STYLES = ("letter", "decimal", "paren", "label", "plain")


@st.composite
def headings(draw, words: tuple[str, ...]) -> tuple[Inline, ...]:
    """A heading's text, now and then with a footnote marker after it."""
    return runs([Text(text=draw(st.sampled_from(words))), *([_NOTE] if draw(st.integers(0, 7)) == 0 else [])])


def _subsection_label(style: str, parent: str, index: int, word: str) -> str | None:
    if style == "letter":
        return "AB"[index]
    if style == "decimal":
        return f"{parent}.{index + 1}"
    if style == "paren":
        return f"({index + 1})"
    if style == "plain":
        return None
    return f"{word} {index + 1}"


@st.composite
def section_content(draw, required: bool, lead: bool = True) -> list[Paragraph]:
    """What a section holds before its sub-sections: perhaps (when ``lead``) an unnumbered paragraph, then
    numbered paragraphs (at least one when ``required``)."""
    lead = [draw(unnumbered_paragraphs())] if lead and draw(st.integers(0, 4)) == 0 else []
    numbered = draw(st.lists(numbered_paragraphs(), min_size=1 if required else 0, max_size=2))
    return [*lead, *numbered]


def _no_lettered_items(block: object) -> bool:
    """Whether a block holds no lettered item (``(a)``, ``(b)`` …), in a list of its own or in a quotation."""
    if isinstance(block, Item) and (block.label or "")[1:2].isalpha():
        return False
    return all(_no_lettered_items(child) for child in getattr(block, "children", ()))


@st.composite
def sections(draw, numeral: str, style: str) -> Section:
    """A level-1 section ``I. INTRODUCTION`` (heading in capitals, a few words, no full stop) and its content,
    then level-2 sub-sections in the part's one style, numbered in order from the first: ``A.`` and ``B.``
    (never ``C.``, which reads as the roman numeral C), ``V.1`` under section V, ``(1)``, ``Objective 1:``, or
    unnumbered; headings of a few words in sentence case, without a full stop (an unnumbered one is a heading
    only right above a numbered paragraph: its section opens with one). A section with no sub-section has at
    least one paragraph; a sub-section has content or not (a decimal one has: ``II.`` / ``II.1`` / ``II.2`` /
    ``III.`` with nothing between them are a table's row labels), then perhaps level-3 sub-sections ``(a)``,
    ``(b)``, ``(c)`` (a heading of sentence case that would otherwise be a lettered item), each opening with a
    numbered paragraph, and none but the last ending with a lettered list (the next heading would read as its
    next item)."""
    subsections = []
    count = draw(st.integers(0, 2)) if draw(st.booleans()) else 0
    word = draw(st.sampled_from(_LABEL_WORDS))
    for index in range(count):
        # decimal sub-sections with nothing between them (II. / II.1 / II.2 / III.) read as a table's row labels
        content = draw(section_content(required=style in ("plain", "decimal"), lead=style != "plain"))
        lettered = []
        if draw(st.integers(0, 3)) == 0:
            titles = draw(st.lists(st.sampled_from(_REPORT_SUBHEADINGS), min_size=1, max_size=3, unique=True))
            for letter, heading in zip("abc", titles, strict=False):
                # a lettered list ending a section right above the next lettered heading would read as its
                # next item ((a) … / (b) … / (c) Statements by …): such a section ends with no lettered list
                last = letter == "abc"[len(titles) - 1]
                paragraph = numbered_paragraphs() if last else numbered_paragraphs().filter(_no_lettered_items)
                paragraphs = draw(st.lists(paragraph, min_size=1, max_size=2))
                lettered.append(
                    Section(num=f"({letter})", heading=(Text(text=heading),), level=3, children=tuple(paragraphs))
                )
        subsections.append(
            Section(
                num=_subsection_label(style, numeral, index, word),
                heading=draw(headings(_LEVEL2_HEADINGS)),
                level=2,
                children=(*content, *lettered),
            )
        )
    content = draw(section_content(required=not subsections))
    heading = draw(headings(_LEVEL1_HEADINGS))
    return Section(num=numeral, heading=heading, level=1, children=(*content, *subsections))


@st.composite
def numbered_bodies(draw) -> tuple:
    """The body of a numbered document (or annex): numbered paragraphs, or a few numbered paragraphs then
    sections ``I.``, ``II.``, … in order. It never opens with unnumbered text, which would read as a line
    of the header block above it."""
    opening = draw(st.lists(numbered_paragraphs(), min_size=0, max_size=2))
    count = draw(st.integers(0, 3))
    if not count and not opening:
        opening = [draw(numbered_paragraphs())]
    style = draw(st.sampled_from(SUBSECTION_STYLES))
    return (*opening, *(draw(sections(roman(index + 1), style)) for index in range(count)))


# --------------------------------------------------------------------------------------------------
# Resolutions

_RESOLUTION_TITLES = (
    "FUTURE ACTIVITIES OF IOM",
    "IOM STRATEGIC VISION",
    "APPLICATION BY THE REPUBLIC OF VALMORA FOR MEMBERSHIP IN THE ORGANIZATION",
    "STAFF SECURITY MECHANISM",
    "PROGRAMME AND BUDGET FOR {year}",
    "SCALE OF ASSESSMENT FOR {year}",
)


@st.composite
def resolutions(draw, header_session: Session | None = None) -> Resolution:
    """A resolution as printed: ``RESOLUTION No. 1157 (XCIV)`` (the session in roman numerals or not), an
    adoption line naming a meeting or a session with its date, a title in capitals, ``The Council,``,
    preambular clauses opening with a participle and ending with a comma, then the operative part:
    ``Resolves:`` or ``Decides:`` and clauses ``1. To approve …;`` numbered from 1, the last ending with a full
    stop (a clause ending with a colon holds a lettered list); or numbered verb-initial clauses (``1. Approves
    …``) without a formula; or one clause ``Resolves to approve …``, which is its own formula; a clause ending
    with a colon may set out a table instead. A ``DRAFT RESOLUTION`` has no number and no adoption line, may
    be headed by its place among drafts (``DRAFT RESOLUTION II``), and may have a note under its heading
    (``Submitted by the Chairperson``). Without a roman session the resolution has the session
    of ``header_session`` (its document's, for a document that is the resolution)."""
    draft = draw(st.integers(0, 3)) == 0
    number = session = adoption = None
    if not draft:
        number = draw(st.integers(100, 1450))
        if draw(st.booleans()):
            value = draw(st.integers(40, 110))
            session = Session(number=value, raw=roman(value))
        day = draw(dates)
        meeting = draw(st.integers(300, 520))
        if draw(st.booleans()):
            raw = f"(Adopted by the Council at its {ordinal_numeral(meeting)} meeting on {date_text(day)})"
            adoption = Adoption(raw=raw, body="Council", meeting=meeting, date=day)
        else:
            value = draw(st.integers(90, 115))
            raw = f"(Adopted by the Council at its {ordinal_numeral(value)} Session on {date_text(day)})"
            adoption = Adoption(raw=raw, body="Council", session=value, date=day)
    title = None
    if draw(st.integers(0, 4)):
        title = draw(st.sampled_from(_RESOLUTION_TITLES)).format(year=draw(st.integers(1995, 2025)))
    preamble = []
    for _ in range(draw(st.integers(1, 3))):
        preamble.append(Clause(num=None, content=runs(draw(phrases(draw(st.sampled_from(_PREAMBLE_OPENERS)), ",")))))
    style = draw(st.sampled_from(["infinitive", "infinitive", "verb_initial", "single"]))
    formula = None
    operative = []
    if style == "single":
        formula = draw(st.sampled_from(["Resolves", "Decides"]))
        verb = f"{formula} to {draw(st.sampled_from(_INFINITIVES))}"
        operative.append(Clause(num=None, content=runs(draw(phrases(verb, ".")))))
    else:
        count = draw(st.integers(1, 4))
        if style == "infinitive":
            formula = draw(st.sampled_from(["Resolves", "Decides"]))
        for index in range(count):
            last = index == count - 1
            verb = draw(st.sampled_from(_INFINITIVES))
            head = f"To {verb}" if style == "infinitive" else draw(st.sampled_from(_VERBS_THIRD))
            shown = draw(st.integers(0, 5))
            items = draw(lettered_items(last="." if last else ";")) if shown == 0 else ()
            items = (draw(tables()),) if shown == 1 and not last else items  # To fix … as follows: / a table
            end = ":" if items else "." if last else ";"
            operative.append(Clause(num=str(index + 1), content=runs(draw(phrases(head, end))), children=items))
    head_notes = ("Submitted by the Chairperson",) if draft and draw(st.booleans()) else ()
    place = roman(draw(st.integers(1, 12))) if draft and draw(st.booleans()) else None
    return Resolution(
        place=place,
        head_notes=head_notes,
        number=number,
        session=session or header_session,
        draft=draft,
        adoption=adoption,
        title=title,
        formula="The Council,",
        preamble=tuple(preamble),
        operative_formula=formula,
        operative=tuple(operative),
    )


# --------------------------------------------------------------------------------------------------
# Headers

_TITLE_HEADS = ("REVIEW OF", "NOTE ON", "UPDATE ON", "IOM STRATEGY:", "PROGRESS IN", "OVERVIEW OF")
_TITLE_TOPICS = (
    "THE REGIONAL STRUCTURE AND FIELD PRESENCE OF IOM",
    "MIGRATION GOVERNANCE",
    "STAFF SECURITY",
    "CURRENT AND FUTURE MIGRATION REALITIES",
    "PARTNERSHIPS WITH CIVIL SOCIETY",
    "LABOUR MOBILITY AND HUMAN DEVELOPMENT",
    "THE PROGRAMME OF ACTIVITIES",
)
_STATEMENT_TITLES = (
    "CONCLUDING STATEMENT AT THE IOM COUNCIL GENERAL DEBATE",
    "OPENING STATEMENT OF THE DIRECTOR GENERAL",
    "STATEMENT ON MIGRATION GOVERNANCE",
)
_RAPPORTEURS = ("Ms Ana Duarte (Valmora)", "Mr Tomás Ferreira Lind (Ruritania)")
_ORGANS = ("COUNCIL", "EXECUTIVE COMMITTEE", "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
_SUBTITLES = ("(Prepared by the Administration)", "(For consideration by Member States)")

titles = st.builds(lambda head, topic: f"{head} {topic}", st.sampled_from(_TITLE_HEADS), st.sampled_from(_TITLE_TOPICS))
"""Titles of documents, in capitals: never an organ's name, never ``REPORT ON THE … SESSION`` (a report), and
never the title of a resolution (a title repeated later in capitals is a running title, page furniture)."""


def _maybe(draw, strategy, chance: int = 2):
    """A value of ``strategy`` with probability ``(chance - 1) / chance``, else ``None``."""
    return draw(strategy) if draw(st.integers(0, chance - 1)) else None


@st.composite
def cover_notes(draw) -> tuple[tuple[str, ...], Submission | None]:
    """Cover notes under a rule: ``This document is submitted to the Executive Committee at its Hundred and
    ninth Session in June 2012.`` (short, ending with a full stop), and the submission it names."""
    if draw(st.integers(0, 3)):
        return (), None
    number = draw(st.integers(90, 119))
    session = Session(number=number, raw=f"{ordinal_words(number).capitalize()} Session")
    day = draw(dates)
    if draw(st.booleans()):
        when, iso = f"{_MONTHS[day.month - 1]} {day.year}", f"{day.year}-{day.month:02d}"
    else:
        when, iso = date_text(day), day.isoformat()
    preposition = "in" if len(when.split()) == 2 else "on"
    note = f"This document is submitted to the Executive Committee at its {session.raw} {preposition} {when}."
    return (note,), Submission(organ="Executive Committee", session=session, date=iso)


@st.composite
def document_headers(draw) -> Meta:
    """The header of a numbered document: a symbol (nearly always), ``Original: English``, a date, the issuing
    organ, a session line, a title in capitals (with ``*``, the marker of a cover note, when there is one), a
    parenthesised subtitle, place, meeting dates (a range of days: a single day is a date line), rapporteur,
    another line (``For information.``: not a place, which is one or two capitalized words, and a sentence: a
    short line without a full stop right above the body would be read as its first heading), cover notes; each
    now and then left out, but a symbol or a session line is always there (a header of cover notes alone would
    be text). ``kind`` is set from the header and the body (`document_kind`)."""
    notes, submission = draw(cover_notes())
    symbol = _maybe(draw, symbols, chance=8)
    title = _maybe(draw, titles, chance=6)
    return Meta(
        title=title,
        title_note_marker="*" if title and notes and draw(st.booleans()) else None,
        place="Geneva" if draw(st.integers(0, 4)) == 0 else None,
        meeting=draw(meeting_dates()) if draw(st.integers(0, 4)) == 0 else None,
        rapporteur=draw(st.sampled_from(_RAPPORTEURS)) if draw(st.integers(0, 4)) == 0 else None,
        other=("For information.",) if draw(st.integers(0, 5)) == 0 else (),
        symbol=symbol,
        original_language=_maybe(draw, st.just("English"), chance=4),
        date=_maybe(draw, dates, chance=4),
        organ=draw(st.sampled_from(_ORGANS)) if draw(st.integers(0, 3)) == 0 else None,
        session=draw(session_lines()) if symbol is None else _maybe(draw, session_lines(), chance=3),
        subtitle=draw(st.sampled_from(_SUBTITLES)) if draw(st.integers(0, 5)) == 0 else None,
        notes=notes,
        submission=submission,
    )


_LETTERHEADS = (
    ("Permanent Mission of the Republic of Valmora", "to the United Nations Office at Geneva"),
    ("Permanent Mission of Ruritania",),
)
_SPEAKERS = ("The Director General", "The Deputy Director General", "Ambassador Amina Mohammed")
_HEADED_SPEAKERS = ("H.E. Mr Tomás Ferreira Lind, Ambassador and Permanent Representative", "Ms Ana Duarte, Counsellor")
_SALUTATIONS = (
    "Distinguished delegates, ladies and gentlemen,",
    "Mr. Chairman,",
    "Madam Chairperson,",
    "Excellencies, distinguished delegates,",
    "Mr. President, Director General, Excellencies,",
)
_CLOSINGS = ("I thank you.", "Thank you, Madam Chairperson.")


@st.composite
def statement_headers(draw) -> Meta:
    """The header of a statement: a symbol or not, a date, a title in capitals, a place and meeting dates (a
    range of days, on lines of their own or as one line ``Geneva, 24th – 27th November 2015``, which the
    meeting keeps as its raw text), and the speaker: in bold (``The Director General``) as the last line of
    the header; or a mission's letterhead in bold, the occasion (``106th Session of the Council, General
    Debate``, the line the document's session is read from, its raw text), ``Statement by:`` and the speaker,
    then other lines (``Check against delivery``)."""
    place, meeting = ("Geneva" if draw(st.integers(0, 3)) == 0 else None), None
    if draw(st.booleans()):
        meeting = draw(meeting_dates())
        if place and draw(st.booleans()):
            place, meeting = None, attrs.evolve(meeting, raw=f"{place}, {meeting.raw}")
    facts = {
        "kind": "statement",
        "symbol": _maybe(draw, symbols),
        "date": _maybe(draw, dates, chance=4),
        "title": _maybe(draw, st.sampled_from(_STATEMENT_TITLES), chance=4),
        "place": place,
        "meeting": meeting,
        "other": ("Check against delivery",) if draw(st.integers(0, 3)) == 0 else (),
    }
    if draw(st.booleans()):
        return Meta(**facts, speaker=draw(st.sampled_from(_SPEAKERS)))
    number = draw(st.integers(90, 115))
    occasion = f"{ordinal_numeral(number)} Session of the Council, General Debate"
    return Meta(
        **facts,
        session=Session(number=number, raw=occasion),
        letterhead=draw(st.sampled_from(_LETTERHEADS)),
        occasion=occasion,
        speaker=draw(st.sampled_from(_HEADED_SPEAKERS)),
        speaker_label="Statement by:",
    )


@st.composite
def resolution_headers(draw) -> Meta:
    """The header of a resolution document: a session line, and now and then its symbol (``C/110/RES/1370``),
    ``Original: English``, a date and ``COUNCIL``. No title: a resolution document's title is its resolution's."""
    number = str(draw(st.integers(1000, 1450)))
    return Meta(
        kind="resolution",
        symbol=Symbol(parts=("C", str(draw(st.integers(100, 115))), "RES", number)) if draw(st.booleans()) else None,
        original_language=_maybe(draw, st.just("English")),
        date=_maybe(draw, dates),
        organ="COUNCIL" if draw(st.booleans()) else None,
        session=draw(session_lines()),
    )


# --------------------------------------------------------------------------------------------------
# Documents


def document_kind(meta: Meta, body: tuple) -> str:
    """The kind the builder gives a header and body (`Meta.kind`): a statement (a speaker, a letterhead or a
    salutation), a resolution (a body that is one resolution), a corrigendum (a ``Corr.`` or ``Amdt.``
    suffix), an information note (an ``INF`` series), an SCPF document (the SCPF or an ``S``/``SCPF``
    series), else a document. (The titles drawn here name no other kind.)"""
    if meta.speaker or meta.letterhead or any(isinstance(block, Salutation) for block in body):
        return "statement"
    if len(body) == 1 and isinstance(body[0], Resolution):
        return "resolution"
    if meta.symbol and any(suffix.startswith(("Corr.", "Amdt.")) for suffix in meta.symbol.suffixes):
        return "corrigendum"
    series = meta.symbol.series if meta.symbol else ""
    if series.endswith("INF"):
        return "information_note"
    if meta.organ == "STANDING COMMITTEE ON PROGRAMMES AND FINANCE" or series in ("S", "SCPF"):
        return "scpf_document"
    return "document"


@st.composite
def statement_bodies(draw) -> tuple:
    """A statement: a salutation first (which ends the header and makes its last bold line the speaker),
    paragraphs, unnumbered or (some statements) numbered, now and then the salutation again between them,
    perhaps a closing line. Unnumbered text never follows a numbered paragraph (it would be a quotation)."""
    blocks: list = [Salutation(text=draw(st.sampled_from(_SALUTATIONS)))]
    numbered = draw(st.integers(0, 3)) == 0
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 5)) == 0:
            blocks.append(Salutation(text=draw(st.sampled_from(_SALUTATIONS))))
        if numbered:
            blocks.append(draw(numbered_paragraphs()))
        else:
            blocks.append(draw(unnumbered_paragraphs(subjects=_STATEMENT_SUBJECTS)))
    if draw(st.booleans()):
        blocks.append(Paragraph(num=None, content=(Text(text=draw(st.sampled_from(_CLOSINGS))),)))
    return tuple(blocks)


@st.composite
def annexes(draw) -> Annex:
    """An annex (labelled ``Annex I``, ``ANNEX II``, ``Appendix III``, … in order by `canonical_documents`; a
    label given by position is ``Annex`` and a numeral): a header of its own,
    then a numbered body (paragraphs numbered from 1 again); or a session line and a resolution (which, without
    a roman session of its own, takes the annex's session, as a resolution in the body takes the document's).

    Its label line is written, or it is missing (``label_inferred``: the label is given by position, with an
    ``annex-label-inferred`` diagnostic); then the header's first line must be one that opens a header block
    after a body: a symbol, ``Original:``, the organ or a session line (not a date); and the header must be
    a full one: two of a symbol, ``Original:``, a date and a session line, or a session line above a
    resolution (a symbol alone in a body is a citation, not an annex; nor is a symbol over the organ's name)."""
    if draw(st.integers(0, 2)) == 0:
        meta = Meta(session=draw(session_lines()))
        body: tuple = (draw(resolutions(header_session=meta.session)),)
    else:
        meta = draw(document_headers())
        body = draw(numbered_bodies())
    evidence = [meta.symbol, meta.original_language, meta.date, meta.session]  # (an organ's line is no evidence:
    full = sum(value is not None for value in evidence) >= 2 or isinstance(body[0], Resolution)  # a symbol and
    # COUNCIL after a body are a citation and a heading)
    inferred = draw(st.integers(0, 3)) == 0 and full and (meta.symbol or meta.original_language or meta.date is None)
    meta = attrs.evolve(meta, kind=document_kind(meta, body))
    return Annex(label="?", label_inferred=bool(inferred), meta=meta, body=body)


_CHART = ("IOM • OIM", "MANAGING MIGRATION", "MAIN AREAS", "Migration and development", "Regulating migration")

charts = st.lists(st.sampled_from(_CHART), min_size=2, max_size=4).map(
    lambda lines: Annex(label="?", label_inferred=True, meta=Meta(), body=(Figure(lines=tuple(lines)),))
)
"""What is left of a chart at the end of a document: two short fragments or more (a few words, no final
punctuation), read as an annex of their own whose label is given by position when they follow a numbered
paragraph or a resolution (in the body's last content), as a block of the body in a content of unnumbered
text only (a statement's)."""


def _unseen_header(annex: Annex, own: Symbol | None) -> bool:
    """Whether an annex's header would go unseen without its label line: the lexer takes the first symbol line
    of a text for the document's own, and a line with the own symbol opens no header block (it is a running
    header), so an annex whose symbol comes first needs a full header without it: two of ``Original:``, a
    date, a session line and the organ, or a session line above a resolution."""
    meta = annex.meta
    others = sum(value is not None for value in (meta.original_language, meta.date, meta.session, meta.organ))
    resolution = bool(annex.body) and isinstance(annex.body[0], Resolution) and meta.session is not None
    return annex.label_inferred and meta.symbol == own and others < 2 and not resolution


def _ends_numbered(body: tuple) -> bool:
    """Whether the text of ``body`` ends with a numbered paragraph (or what it holds) or a resolution."""
    last = body[-1]
    if isinstance(last, Section):
        return bool(last.children) and _ends_numbered(last.children)
    return isinstance(last, Resolution) or (isinstance(last, Paragraph) and last.num is not None)


_REPORT_HEADINGS = (
    (
        "Introduction",
        "Opening of the session and credentials of representatives",
        "Election of officers",
        "Adoption of the agenda",
        "General debate",
        "Date and place of the next session",
    ),
    ("INTRODUCTION", "OPENING OF THE SESSION", "ELECTION OF OFFICERS", "GENERAL DEBATE"),
)
"""A report's unnumbered headings, all in sentence case (the 2015+ reports) or all in capitals (the older
ones): one in sentence case after one in capitals is read as its sub-heading."""
_REPORT_SUBHEADINGS = (
    "Applications for membership in the Organization",
    "Applications for representation by observers",
    "Statements by Member States",
)


@st.composite
def report_headers(draw) -> Meta:
    """The header of a session report: its symbol (``C/107/24/Rev.1``), ``Original: English``, a date,
    ``COUNCIL``, the session it is issued under (``108th Session``), the title ``REPORT ON THE 107TH SESSION
    OF THE COUNCIL`` (the reported session, in numerals or words) with ``*`` tying it to the approval note
    (``This report was approved by the Council at its 108th Session through Resolution No. 1357 of 29
    November 2017.``), the place, the meeting dates and the rapporteur."""
    number = draw(st.integers(90, 115))
    ordinal = ordinal_numeral(number).upper() if draw(st.booleans()) else ordinal_words(number).upper()
    approval = None
    notes: tuple[str, ...] = ()
    if draw(st.booleans()):
        day = draw(dates)
        approval = ResolutionRef(numbers=(draw(st.integers(1000, 1450)),), text="", date=day)
        approval = attrs.evolve(approval, text=f"Resolution No. {approval.numbers[0]} of {date_text(day)}")
        approving = f"{ordinal_numeral(number + 1)} Session"
        notes = (f"This report was approved by the Council at its {approving} through {approval.text}.",)
    return Meta(
        kind="report",
        symbol=Symbol(
            parts=("C", str(number + 1), str(draw(st.integers(1, 40)))),
            suffixes=draw(st.sampled_from([(), ("Rev.1",)])),
        ),
        original_language=_maybe(draw, st.just("English")),
        date=_maybe(draw, dates),
        organ="COUNCIL",
        session=Session(number=number + 1, raw=f"{ordinal_numeral(number + 1)} Session"),
        title=f"REPORT ON THE {ordinal} SESSION OF THE COUNCIL",
        title_note_marker="*" if notes and draw(st.booleans()) else None,
        reported_session=Session(number=number, raw=f"{ordinal} SESSION"),
        place=_maybe(draw, st.just("Geneva")),
        meeting=_maybe(draw, meeting_dates()),
        rapporteur=_maybe(draw, st.sampled_from(_RAPPORTEURS)),
        notes=notes,
        approval=approval,
    )


@st.composite
def report_bodies(draw) -> tuple:
    """The body of a session report: a table of contents (``CONTENTS``, ``Page``, an entry per heading with
    its page, sub-headings' entries under their heading's), then sections under unnumbered headings (all in
    sentence case or all in capitals, a few words, no full stop: a heading is a short line right above a
    numbered paragraph or another heading), some divided under ``(a)``, ``(b)``, ``(c)`` sub-headings
    (level 2, as the outermost style a report uses is the unnumbered heading; none but the last ending with a
    lettered list, whose next item the next sub-heading would read as); every section and sub-section
    opens with a numbered paragraph or a sub-heading (unnumbered text there would not leave its heading a
    heading). Without the contents, the body would open with a short line, which reads as a line of the
    header."""
    sections = []
    entries = []
    page = 1
    styled = draw(st.sampled_from(_REPORT_HEADINGS))
    for heading in draw(st.lists(st.sampled_from(styled), min_size=1, max_size=4, unique=True)):
        page += draw(st.integers(0, 1))
        subheadings = draw(st.lists(st.sampled_from(_REPORT_SUBHEADINGS), max_size=3, unique=True))
        if subheadings and draw(st.booleans()):
            children = []
            sub_entries = []
            for index, subheading in enumerate(subheadings):
                label = f"({'abc'[index]})"
                last = index + 1 == len(subheadings)  # a lettered list right above (b) … would take it as its item
                paragraph = numbered_paragraphs() if last else numbered_paragraphs().filter(_no_lettered_items)
                paragraphs = draw(st.lists(paragraph, min_size=1, max_size=2))
                children.append(
                    Section(num=label, heading=(Text(text=subheading),), level=2, children=tuple(paragraphs))
                )
                sub_entries.append(ContentsEntry(title=f"{label} {subheading}", page=str(page)))
        else:
            children = draw(st.lists(numbered_paragraphs(), min_size=1, max_size=2))
            sub_entries = []
        sections.append(Section(num=None, heading=(Text(text=heading),), level=1, children=tuple(children)))
        entries.append(ContentsEntry(title=heading, page=str(page), children=tuple(sub_entries)))
    return (Contents(heading="CONTENTS", entries=tuple(entries), column="Page"), *sections)


@st.composite
def compilations(draw) -> tuple[Meta, tuple]:
    """A compilation of resolutions (``C/109/L/3`` to ``L/5``): two or three resolutions, each under a header
    of its own (its symbol, ``Original: English``, a date, ``COUNCIL``, a session line), which the resolution
    keeps as ``header`` (of kind ``document``); the document's header is the first one, of kind
    ``draft_resolutions`` when drafts are among them, else ``resolutions``."""
    session = _maybe(draw, session_lines(), chance=6)
    number = str(draw(st.integers(100, 115)))
    drafts = []
    for label in draw(st.lists(st.integers(1, 30), min_size=2, max_size=3, unique=True)):
        header = Meta(
            symbol=Symbol(parts=("C", number, "L", str(label))),
            original_language=_maybe(draw, st.just("English")),
            date=_maybe(draw, dates),
            organ="COUNCIL" if draw(st.booleans()) else None,
            session=session,
        )
        drafts.append(attrs.evolve(draw(resolutions(header_session=session)), header=header))
    kind = "draft_resolutions" if any(draft.draft for draft in drafts) else "resolutions"
    return attrs.evolve(drafts[0].header, kind=kind), tuple(drafts)


@st.composite
def canonical_documents(draw) -> Document:
    """A whole document in canonical form: a numbered document (information note, SCPF paper, …), a
    statement, a resolution, a compilation of resolutions or a session report; then up to two annexes (not
    after a statement) and perhaps a chart; and footnotes.

    Document-wide invariants: paragraphs are numbered 1, 2, … through the main body and again through each
    annex; footnote markers are numbered in document order; the document's own symbol is the first symbol
    line of its text (the main header's, else the first annex header's), and every citation of it is ``own``,
    footnotes included (see `_unseen_header` for what it means to an annex); the symbols of the header blocks
    differ (a repeated symbol is a running header), and so do their titles (a repeated title is a running
    title).
    """
    form = draw(
        st.sampled_from(["numbered", "numbered", "numbered", "statement", "resolution", "compilation", "report"])
    )
    if form == "report":
        meta, body = draw(report_headers()), draw(report_bodies())
    elif form == "statement":
        meta, body = draw(statement_headers()), draw(statement_bodies())
    elif form == "resolution":
        meta = draw(resolution_headers())
        resolution = draw(resolutions(header_session=meta.session))
        meta, body = attrs.evolve(meta, title=resolution.title), (resolution,)
    elif form == "compilation":
        meta, body = draw(compilations())
    else:
        meta, body = draw(document_headers()), draw(numbered_bodies())
    if form not in ("compilation", "report"):
        meta = attrs.evolve(meta, kind=document_kind(meta, body))
    annexed = draw(st.lists(annexes(), max_size=0 if form == "statement" else 2))
    if draw(st.integers(0, 5)) == 0:
        chart = draw(charts)
        numbered = any(isinstance(block, Paragraph) and block.num for block in body)
        if form == "statement" and not numbered:
            body = (*body, *chart.body)  # unnumbered text (a statement's) may be followed by fragments of a chart
        elif form == "statement" or _ends_numbered(annexed[-1].body if annexed else body):
            annexed.append(chart)
    word = draw(st.sampled_from(["Annex", "Annex", "ANNEX", "Appendix"]))
    annexed = [
        attrs.evolve(annex, label=f"{'Annex' if annex.label_inferred else word} {roman(index + 1)}")
        for index, annex in enumerate(annexed)
    ]
    headers = [meta, *(block.header for block in body[1:] if isinstance(block, Resolution) and block.header)]
    headers += [annex.meta for annex in annexed]
    header_symbols = [m.symbol for m in headers if m.symbol]
    header_titles = [m.title for m in headers if m.title and not (m is meta and meta.kind == "resolution")]
    if len(set(header_symbols)) < len(header_symbols) or len(set(header_titles)) < len(header_titles):
        assume(False)  # repeated header lines are read as page furniture
    own = next(iter(header_symbols), None)
    annexed = [attrs.evolve(annex, label_inferred=False) if _unseen_header(annex, own) else annex for annex in annexed]
    inferred = [
        Diagnostic(
            severity="info",
            code="annex-label-inferred",
            message=f"no label line before this annex; labelled {annex.label} by position",
        )
        for annex in annexed
        if annex.label_inferred
    ]
    document = Document(
        meta=meta,
        body=_numbered(body),
        annexes=[attrs.evolve(a, body=_numbered(a.body)) for a in annexed],
        diagnostics=inferred,
    )
    document = _with_footnotes(draw, document)
    return _with_own(document, own)


# --------------------------------------------------------------------------------------------------
# Document-wide passes over a built tree


def _map_blocks(block, on_runs, on_paragraph=lambda block: block):
    """``block`` rebuilt in text order, its inline runs through ``on_runs`` and its paragraphs through
    ``on_paragraph``."""

    def children(nodes):
        return tuple(_map_blocks(node, on_runs, on_paragraph) for node in nodes)

    if isinstance(block, Section):
        heading = on_runs(block.heading)
        return attrs.evolve(block, heading=heading, children=children(block.children))
    if isinstance(block, Paragraph):
        block = on_paragraph(block)
        content = on_runs(block.content)
        return attrs.evolve(block, content=content, children=children(block.children))
    if isinstance(block, Item | Clause):
        content = on_runs(block.content)
        return attrs.evolve(block, content=content, children=children(block.children))
    if isinstance(block, Quote):
        return attrs.evolve(block, children=children(block.children))
    if isinstance(block, Resolution):
        preamble = children(block.preamble)
        return attrs.evolve(block, preamble=preamble, operative=children(block.operative))
    return block


def _numbered(body: tuple) -> tuple:
    """Numbered paragraphs numbered 1, 2, … in text order."""
    count = 0

    def number(paragraph: Paragraph) -> Paragraph:
        nonlocal count
        if paragraph.num != NUMBER:
            return paragraph
        count += 1
        return attrs.evolve(paragraph, num=str(count))

    return tuple(_map_blocks(block, lambda found: found, number) for block in body)


def _with_own(document: Document, own: Symbol | None) -> Document:
    """Citations of ``own`` marked ``own``, in the body, the annexes and the footnotes."""

    def mark(found: tuple) -> tuple:
        marked = []
        for run in found:
            if isinstance(run, Strong | Emphasis):
                run = attrs.evolve(run, children=mark(run.children))  # noqa: PLW2901
            elif isinstance(run, DocRef) and run.symbol == own:
                run = attrs.evolve(run, own=True)  # noqa: PLW2901
            marked.append(run)
        return tuple(marked)

    def blocks(body: tuple) -> tuple:
        return tuple(_map_blocks(block, mark) for block in body)

    return attrs.evolve(
        document,
        body=blocks(document.body),
        annexes=tuple(attrs.evolve(annex, body=blocks(annex.body)) for annex in document.annexes),
        footnotes=tuple(attrs.evolve(note, content=mark(note.content)) for note in document.footnotes),
    )


def _with_footnotes(draw, document: Document) -> Document:
    """Footnote markers numbered in document order, each with a body anchored at its block."""
    count = 0

    def number(found: tuple) -> tuple:
        nonlocal count
        numbered = []
        for run in found:
            if isinstance(run, Strong | Emphasis):
                numbered.append(attrs.evolve(run, children=number(run.children)))
                continue
            if run == _NOTE:
                count += 1
            numbered.append(NoteRef(marker=str(count)) if run == _NOTE else run)
        return tuple(numbered)

    def markers(found: tuple) -> list[str]:
        inner = [markers(run.children) if isinstance(run, Strong | Emphasis) else [] for run in found]
        return [m for run, below in zip(found, inner, strict=True) for m in [*below, *_marker_of(run)]]

    document = attrs.evolve(
        document,
        body=tuple(_map_blocks(block, number) for block in document.body),
        annexes=tuple(
            attrs.evolve(annex, body=tuple(_map_blocks(block, number) for block in annex.body))
            for annex in document.annexes
        ),
    )
    anchors = {marker: path for path, block in paths.walk(document) for marker in markers(paths.own_runs(block))}
    notes = [
        Footnote(marker=str(marker), content=draw(footnote_bodies()), anchor=anchors[str(marker)])
        for marker in range(1, count + 1)
    ]
    return attrs.evolve(document, footnotes=tuple(notes))


def _marker_of(run: Inline) -> list[str]:
    return [run.marker] if isinstance(run, NoteRef) else []


@st.composite
def footnote_bodies(draw) -> tuple[Inline, ...]:
    """A footnote's text: ``See document MC/INF/263.``, ``See Resolution No. 923 (LXXI).``, or sentences."""
    if draw(st.booleans()):
        return draw(sentences(max_sentences=2, notes=False))
    return runs([Text(text="See the report "), *draw(citations()), Text(text=".")])
