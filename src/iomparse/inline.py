"""Inline markup: one regex scan per block turns text into inline runs.

``**strong**`` and ``*emphasis*`` become `Strong` and `Emphasis` (an asterisk that opens nothing stays
literal text); superscript digits become `NoteRef` markers; document symbols become `DocRef` (checked by the
symbol grammar); resolution citations become `ResolutionRef`.
"""

from __future__ import annotations

import re

from .lexer import SUPERSCRIPT_DIGITS, SUPERSCRIPT_TO_DIGIT
from .model import DocRef, Emphasis, Inline, NoteRef, ResolutionRef, Strong, Text
from .symbols import SYMBOL_CANDIDATE, parse_symbol
from .values import MONTH_PATTERN, parse_date, roman_to_int

_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*(?!\*\*)")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")

_DATE = rf"\d{{1,2}} {MONTH_PATTERN} \d{{4}}"
_RESOLUTION = (
    r"Resolutions?\s+Nos?\.\s*\d+(?:\s*\([IVXLC]+\))?"
    r"(?:(?:,\s*|\s+and\s+)\d+(?:\s*\([IVXLC]+\))?)*"
    rf"(?:\s+of\s+{_DATE})?"
)
_REFERENCES = re.compile(
    rf"(?P<note>[{SUPERSCRIPT_DIGITS}]+)|(?P<resolution>{_RESOLUTION})|(?P<symbol>{SYMBOL_CANDIDATE.pattern})"
)
_NUMBER_WITH_SESSION = re.compile(r"(\d+)(?:\s*\(([IVXLC]+)\))?")


def parse_inline(text: str) -> tuple[Inline, ...]:
    """The inline runs of one block's text."""
    return tuple(_merge(_strong(text)))


def _strong(text: str) -> list[Inline]:
    runs: list[Inline] = []
    position = 0
    for match in _STRONG.finditer(text):
        runs.extend(_emphasis(text[position : match.start()]))
        runs.append(Strong(tuple(_merge(_emphasis(match.group(1))))))
        position = match.end()
    runs.extend(_emphasis(text[position:]))
    return runs


def _emphasis(text: str) -> list[Inline]:
    runs: list[Inline] = []
    position = 0
    for match in _EMPHASIS.finditer(text):
        runs.extend(_references(text[position : match.start()]))
        runs.append(Emphasis(tuple(_merge(_references(match.group(1))))))
        position = match.end()
    runs.extend(_references(text[position:]))
    return runs


def _references(text: str) -> list[Inline]:
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
    symbol = parse_symbol(match.group("symbol"))
    return DocRef(symbol, match.group("symbol")) if symbol else None


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


def _merge(runs: list[Inline]) -> list[Inline]:
    """Adjacent `Text` runs become one, so equal text always gives equal runs."""
    merged: list[Inline] = []
    for run in runs:
        if isinstance(run, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + run.text)
        elif not (isinstance(run, Text) and not run.text):
            merged.append(run)
    return merged
