"""Inline markup: one regex scan per block turns text into inline runs.

``**strong**`` and ``*emphasis*`` become `Strong` and `Emphasis` (an asterisk that opens nothing stays
literal text); superscript digits become `NoteRef` markers; document symbols become `DocRef` (checked by the
symbol grammar); resolution citations become `ResolutionRef`; dates, ranges of dates and months become
`DateRef`; sessions named in the text `SessionRef`; articles of the Constitution `ConstitutionRef`; UN
resolutions `UNRef`; and a list of names after a colon (the States attending a session) a `NameList`.
"""

from __future__ import annotations

import re

from .lexer import SUPERSCRIPT_DIGITS, SUPERSCRIPT_TO_DIGIT
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
    Text,
    UNRef,
    runs,
)
from .symbols import SYMBOL_CANDIDATE, parse_symbol
from .values import MONTH_PATTERN, MONTHS, parse_date, parse_date_range, parse_session, roman_to_int

_STRONG_MARK = re.compile(r"\*\*")
_EMPHASIS_MARK = re.compile(r"(?<!\*)\*(?!\*)")

_DATE = rf"\d{{1,2}} {MONTH_PATTERN} \d{{4}}"
_RESOLUTION = (
    r"Resolutions?\s+Nos?\.\s*\d+(?:\s*\([IVXLC]+\))?"
    r"(?:(?:,\s*|\s+and\s+)\d+(?:\s*\([IVXLC]+\))?)*"
    rf"(?:\s+of\s+{_DATE})?"
)
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
_REFERENCES = re.compile(
    rf"(?P<note>[{SUPERSCRIPT_DIGITS}]+)|(?P<resolution>{_RESOLUTION})|(?P<date>{_DATES})"
    rf"|(?P<constitution>{_CONSTITUTION})|(?P<un>{_UN})|(?P<session>{_SESSION})"
    rf"|(?P<symbol>{SYMBOL_CANDIDATE.pattern})"
)
_ARTICLE = re.compile(r"\d+(?:\s*\([a-z0-9]\))*")
_NUMBER_WITH_SESSION = re.compile(r"(\d+)(?:\s*\(([IVXLC]+)\))?")


def parse_inline(text: str) -> tuple[Inline, ...]:
    """The inline runs of one block's text."""
    return runs(_strong(text))


def _strong(text: str) -> list[Inline]:
    return _delimited(text, _pairs(text, _STRONG_MARK, word_bound=False), Strong, _emphasis)


def _emphasis(text: str) -> list[Inline]:
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
        if opener is not None and can_close and start > opener + (end - start):
            pairs.append((opener, start, end - start))
            opener = None
        elif opener is None and can_open:
            opener = start
    return pairs


def _delimited(text: str, pairs: list[tuple[int, int, int]], node: type, inner) -> list[Inline]:
    """``text`` with each delimited pair made a ``node`` of the runs ``inner`` finds inside it."""
    runs: list[Inline] = []
    position = 0
    for opener, closer, width in pairs:
        runs.extend(inner(text[position:opener]))
        runs.append(node(inner(text[opener + width : closer])))
        position = closer + width
    runs.extend(inner(text[position:]))
    return runs


def _references(text: str) -> list[Inline]:
    listed = _name_list(text)
    if listed is not None:
        start, end, names = listed
        return [*_references(text[:start]), NameList(names, text[start:end]), *_references(text[end:])]
    runs: list[Inline] = []
    position = 0
    for match in _REFERENCES.finditer(text):
        run = _reference(match)
        if run is None:
            continue
        if match.start() > position:
            runs.append(Text(text[position : match.start()]))
        runs.append(run)
        position = match.end()
    if position < len(text):
        runs.append(Text(text[position:]))
    return runs


def _reference(match: re.Match[str]) -> Inline | None:
    if match.group("note"):
        return NoteRef(match.group("note").translate(SUPERSCRIPT_TO_DIGIT))
    if match.group("resolution"):
        return resolution_ref(match.group("resolution"))
    if match.group("date"):
        return date_ref(match.group("date"))
    if match.group("constitution"):
        text = match.group("constitution")
        return ConstitutionRef(_ARTICLE.search(text).group().replace(" ", ""), text)
    if match.group("un"):
        return UNRef(match.group("un"))
    if match.group("session"):
        session = parse_session(match.group("session"))
        return SessionRef(session, match.group("session")) if session else None
    symbol = parse_symbol(match.group("symbol"))
    return DocRef(symbol, match.group("symbol")) if symbol else None


_LIST_INTRO = re.compile(r":\s+(?=[A-Z])")
_MIN_NAMES = 5


def _name_list(text: str) -> tuple[int, int, tuple[str, ...]] | None:
    """A list of names after a colon, ``A, B (C of), …, Y and Z`` up to the full stop: at least five names,
    each short and capitalized (commas inside parentheses do not separate names). The span and the names."""
    for intro in _LIST_INTRO.finditer(text):
        start = intro.end()
        end = _sentence_end(text, start)
        names = _split_names(text[start:end])
        if names is not None:
            return start, end, names
    return None


def _sentence_end(text: str, start: int) -> int:
    depth = 0
    for position in range(start, len(text)):
        char = text[position]
        depth += (char == "(") - (char == ")")
        following = text[position + 1 : position + 2]
        if depth == 0 and char in ".;:" and not (following.isascii() and following.isalnum()):
            return position
    return len(text)


def _split_names(text: str) -> tuple[str, ...] | None:
    parts, depth, current = [], 0, []
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
    head, _, date_text = text.partition(" of ")
    pairs = _NUMBER_WITH_SESSION.findall(head)
    sessions = {roman_to_int(roman) for _, roman in pairs if roman}
    return ResolutionRef(
        numbers=tuple(int(number) for number, _ in pairs),
        text=text,
        session=sessions.pop() if len(sessions) == 1 else None,
        date=parse_date(date_text) if date_text else None,
    )
