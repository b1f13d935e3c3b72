"""Inline markup: one regex scan per block turns text into inline runs.

``**strong**`` and ``*emphasis*`` become `Strong` and `Emphasis` (an asterisk that opens nothing stays
literal text); superscript digits become `NoteRef` markers; document symbols become `DocRef` (checked by the
symbol grammar); resolution citations become `ResolutionRef`; dates, ranges of dates and months become
`DateRef`; sessions named in the text `SessionRef`; articles of the Constitution `ConstitutionRef`; UN
resolutions `UNRef`; and a list of names after a colon (the States attending a session) a `NameList`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar

from attrs import frozen

from .model import (
    ConstitutionRef,
    DateRef,
    DocRef,
    Emphasis,
    Inline,
    NameList,
    NoteRef,
    ResolutionRef,
    SessionRef,
    Strong,
    Symbol,
    Text,
    UNRef,
    runs,
)
from .superscripts import SUPERSCRIPT_DIGITS, SUPERSCRIPT_TO_DIGIT
from .symbols import SYMBOL_CANDIDATE, parse_symbol
from .values import MONTH_PATTERN, MONTHS, parse_date, parse_date_range, parse_session, roman_to_int

_STRONG_MARK = re.compile(r"\*\*\*?")  # ``***`` is bold and italic: the bold is its outer pair
_EMPHASIS_MARK = re.compile(r"(?<!\*)\*(?!\*)")

_DATE = rf"\d{{1,2}} {MONTH_PATTERN} \d{{4}}"
_RESOLUTION = (  # (each number perhaps with its date: Resolutions Nos. 1105 (XC) of 1 December 2005 and 1173 …)
    rf"Resolutions?\s+Nos?\.\s*\d+(?:\s*\([IVXLC]+\))?(?:\s+of\s+{_DATE})?"
    rf"(?:(?:,\s*|\s+and\s+)\d{{1,4}}(?!\d|[,.]\d)(?:\s*\([IVXLC]+\))?(?:\s+of\s+{_DATE})?)*"
)
_OF_DATE = re.compile(rf"\s+of\s+({_DATE})")
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A date, a range of dates (2-4 December 2002; 28 November to 1 December 2006), or a month (November 1995).
_DATES = (
    rf"(?<![\w/.-]){_WEEKDAY}{_DAY}(?:\s+{MONTH_PATTERN},?)?(?:\s*(?:-|–|—|to)\s*{_WEEKDAY}{_DAY})?"
    rf"\s+{MONTH_PATTERN},?\s+\d{{4}}(?!\d)|(?<![\w-]){MONTH_PATTERN}\s+\d{{4}}(?!\d)"
)
_SESSION = (
    r"(?<![\w-])(?:\d{1,3}(?:st|nd|rd|th)|(?:Hundred and )?[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+)?)"
    r"\s+(?:\(Special\)\s+|Special\s+)?Session\b"
)
_CONSTITUTION = r"Articles? \d+(?:\s*\([a-z0-9]\))*(?:,? paragraph \d+)? of the (?:IOM )?Constitution"
_UN = r"(?:General Assembly )?resolution \d{1,3}/\d{1,4}|A/RES/\d+/\d+|resolution \d{3,4} \(\d{4}\)"
_MONTH_NAME = re.compile(MONTH_PATTERN)
_SUPERSCRIPTS = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_ARTICLE = re.compile(r"\d+(?:\s*\([a-z0-9]\))*")
_NUMBER_WITH_SESSION = re.compile(r"(\d+)(?:\s*\(([IVXLC]+)\))?")


def parse_inline(text: str) -> tuple[Inline, ...]:
    """The inline runs of one block's text."""
    return runs(_strong(text))


def _strong(text: str) -> list[Inline]:
    if "*" not in text:  # most blocks have no markup at all
        return _references(text)
    return _delimited(text, _pairs(text, _STRONG_MARK, word_bound=False), Strong, _emphasis)


def _emphasis(text: str) -> list[Inline]:
    if "*" not in text:
        return _references(text)
    return _delimited(text, _pairs(text, _EMPHASIS_MARK, word_bound=True), Emphasis, _references)


def _pairs(text: str, marks: re.Pattern[str], *, word_bound: bool) -> list[tuple[int, int, int]]:
    """Delimiter pairs as (opener start, closer start, delimiter width), in one pass.

    An opener has a non-space after it, a closer a non-space before it; the first open delimiter pairs with
    the next one that can close it, and a delimiter that pairs with nothing stays literal text. With
    ``word_bound`` (single ``*``), an opener may not follow a letter or digit, nor a closer precede one, so
    that ``2*3*4`` stays text.
    """
    pairs: list[tuple[int, int, int]] = []
    opener: int | None = None
    for mark in marks.finditer(text):
        start, end = mark.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        can_close = not before.isspace() and not (word_bound and after.isalnum())
        can_open = not after.isspace() and not (word_bound and before.isalnum())
        if opener is not None and can_close and start > opener + min(end - start, 2):
            if end - start == 3 and text.count("*", opener + 2, start) % 2:  # ***x*** or **a *b***: the
                start = end - 2  # italics close first; else **TITLE*** is bold, then a note's asterisk
            pairs.append((opener, start, min(end - start, 2)))
            opener = None
        elif opener is None and can_open:
            opener = start
    return pairs


def _delimited(
    text: str, pairs: list[tuple[int, int, int]], node: type[Strong | Emphasis], inner: Callable[[str], list[Inline]]
) -> list[Inline]:
    """``text`` with each delimited pair made a ``node`` of the runs ``inner`` finds inside it."""
    runs: list[Inline] = []
    position = 0
    for opener, closer, width in pairs:
        runs.extend(inner(text[position:opener]))
        runs.append(node(inner(text[opener + width : closer])))
        position = closer + width
    runs.extend(inner(text[position:]))
    return runs


@frozen
class _Scanner:
    """One kind of reference: what finds it (a pattern's ``finditer``), the text that must occur for it to be
    worth running (a cheap test, so that most blocks are scanned by few patterns), and what it builds from
    the matched text."""

    find: Callable[[str], Iterable[re.Match[str]]]
    trigger: Callable[[str], bool]
    build: Callable[[str], Inline | None]


def _build_note(text: str) -> NoteRef:
    return NoteRef(text.translate(SUPERSCRIPT_TO_DIGIT))


def _build_constitution(text: str) -> ConstitutionRef:
    article = _ARTICLE.search(text)
    assert article is not None  # (the citation's pattern holds an article)
    return ConstitutionRef(article.group().replace(" ", ""), text)


def _build_session(text: str) -> SessionRef | None:
    session = parse_session(text)
    return SessionRef(session, text) if session else None


#: The symbol of the document being parsed, set by `iomparse.parse` while it runs: a citation of it is
#: marked ``own`` as it is read.
OWN_SYMBOL: ContextVar[Symbol | None] = ContextVar("OWN_SYMBOL", default=None)


def _build_symbol(text: str) -> DocRef | None:
    symbol = parse_symbol(text)
    return DocRef(symbol, text, own=symbol == OWN_SYMBOL.get()) if symbol else None


def _references(text: str) -> list[Inline]:
    """The runs of plain text: references found by the scanners whose trigger occurs, earliest first (the
    first scanner listed winning a tie), the text between them as `Text`; a list of names after a colon."""
    listed = _name_list(text)
    if listed is not None:
        start, end, names = listed
        return [*_references(text[:start]), NameList(names, text[start:end]), *_references(text[end:])]
    found: list[tuple[int, int, int, str]] = []  # start, precedence, end, matched text
    for precedence, scanner in enumerate(_SCANNERS):
        if scanner.trigger(text):
            found += [(m.start(), precedence, m.end(), m.group()) for m in scanner.find(text)]
    if not found:
        return [Text(text)] if text else []
    runs: list[Inline] = []
    position = 0
    for start, precedence, end, matched in sorted(found):
        if start < position:
            continue
        run = _SCANNERS[precedence].build(matched)
        if run is None:
            continue
        if start > position:
            runs.append(Text(text[position:start]))
        runs.append(run)
        position = end
    if position < len(text):
        runs.append(Text(text[position:]))
    return runs


_LIST_INTRO = re.compile(r":\s+(?=[A-Z])")
_MIN_NAMES = 5
_SENTENCE_END = re.compile(r"[.;:](?![A-Za-z0-9])")


def _name_list(text: str) -> tuple[int, int, tuple[str, ...]] | None:
    """A list of names after a colon, ``A, B (C of), …, Y and Z`` up to the full stop: at least five names,
    each short and capitalized (commas inside parentheses do not separate names). The span and the names."""
    if ": " not in text:
        return None
    for intro in _LIST_INTRO.finditer(text):
        start = intro.end()
        end = _sentence_end(text, start)
        names = _split_names(text[start:end])
        if names is not None:
            return start, end, names
    return None


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence from ``start`` ends: the first ``.``, ``;`` or ``:`` outside parentheses that no ASCII
    letter or digit follows (``No.5`` goes on), else the end of the text."""
    depth, counted = 0, start
    for end in _SENTENCE_END.finditer(text, start):
        position = end.start()
        depth += text.count("(", counted, position) - text.count(")", counted, position)
        counted = position
        if depth == 0:
            return position
    return len(text)


def _split_names(text: str) -> tuple[str, ...] | None:
    if text.count(",") < _MIN_NAMES - 2 or " and " not in text:  # too few names whatever the parentheses
        return None
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    if len(parts) < _MIN_NAMES - 1 or not parts[-1].count(" and "):
        return None
    last, _, final = parts[-1].partition(" and ")
    names = [*parts[:-1], last, final]
    if len(names) < _MIN_NAMES or any(not n or not n[0].isupper() or len(n.split()) > 10 for n in names):
        return None
    return tuple(names)


_MONTH_YEAR = re.compile(rf"({MONTH_PATTERN})\s+(\d{{4}})")


def date_ref(text: str) -> DateRef | None:
    """A date, a range of dates or a month in running text → `DateRef` with ISO dates; ``None`` if invalid."""
    month = _MONTH_YEAR.fullmatch(text)
    if month:
        iso = f"{month.group(2)}-{MONTHS[month.group(1).lower()]:02d}"
        return DateRef(iso, iso, text)
    found = parse_date_range(text)
    return DateRef(found.start.isoformat(), found.end.isoformat(), text) if found else None


def resolution_ref(text: str) -> ResolutionRef:
    """``"Resolution No. 923 (LXXI) of 29 November 1995"`` → `ResolutionRef`."""
    dates = _OF_DATE.findall(text)
    pairs = _NUMBER_WITH_SESSION.findall(_OF_DATE.sub("", text))
    sessions = {roman_to_int(roman) for _, roman in pairs if roman}
    return ResolutionRef(
        numbers=tuple(int(number) for number, _ in pairs),
        text=text,
        session=sessions.pop() if len(sessions) == 1 else None,
        date=parse_date(dates[0]) if len(dates) == 1 else None,  # (several: each its own, none the whole's)
    )


_DATE_PATTERN = re.compile(_DATES)
# Every match of `_DATE_PATTERN` ends with a month and a year, and starts at most 46 characters before that
# month when its words are one space apart (``Wednesday, 28th September, to Wednesday, 28th`` and a space).
_DATE_END = re.compile(rf"{MONTH_PATTERN},?\s+\d{{4}}(?!\d)")
_DATE_REACH = 64
_SPACES = re.compile(r"\s\s")


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_DATE_PATTERN.finditer(text)`` gives, found faster: the pattern is tried only from a little
    before each month and year (the whole way back from the last match where spaces run together and a
    date could reach further), not at every character of a long paragraph."""
    position = 0
    for end in _DATE_END.finditer(text):
        if end.end() <= position:
            continue
        start = end.start() - _DATE_REACH
        if start <= position or _SPACES.search(text, start, end.start()):
            start = position
        match = _DATE_PATTERN.search(text, start)
        if match is None:
            return
        yield match
        position = match.end()


# In order of precedence: where two kinds match text starting at the same place, the first listed wins.
_SCANNERS = (
    _Scanner(_SUPERSCRIPTS.finditer, lambda t: not t.isascii() and _SUPERSCRIPTS.search(t) is not None, _build_note),
    _Scanner(re.compile(_RESOLUTION).finditer, lambda t: "esolution" in t, resolution_ref),
    _Scanner(_date_matches, lambda t: _MONTH_NAME.search(t) is not None, date_ref),
    _Scanner(re.compile(_CONSTITUTION).finditer, lambda t: "Article" in t, _build_constitution),
    _Scanner(re.compile(_UN).finditer, lambda t: "resolution " in t or "A/RES/" in t, UNRef),
    _Scanner(re.compile(_SESSION).finditer, lambda t: "Session" in t, _build_session),
    _Scanner(SYMBOL_CANDIDATE.finditer, lambda t: "/" in t, _build_symbol),
)
