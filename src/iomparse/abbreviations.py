"""Lists of abbreviations whose two columns the default mode prints apart.

A list of abbreviations (``ABBREVIATIONS``, ``LIST OF ACRONYMS``) is a table of two columns: the abbreviation
and what it stands for. ``-layout`` prints each row on its line (read by `iomparse.lexer.tables`); plain
pdftotext and pdfminer print its cells one a line, in either of three orders: each abbreviation then its text
(``IOM`` / ``International Organization for Migration`` / ``NGO`` / …), all the abbreviations then all the
texts, or all the texts then all the abbreviations. `abbreviations_apart` lays such a list out in rows again.

What tells an abbreviation from a heading in capitals (``ASSETS`` / ``Cash and short-term deposits``) is what
it stands for: most of the pairs read the abbreviation's capitals as initials of the words of their text.
"""

from __future__ import annotations

import re

from .source import Line

ABBREVIATION_WORD = r"[A-Z][A-Za-z&]{1,9}(?:-\d{1,2})?"  # UNHCR, MiGOF, COVID-19: no space
ABBREVIATION = re.compile(rf"\s*{ABBREVIATION_WORD}\s*")
_NO_ABBREVIATIONS = frozenset({"ANNEX", "APPENDIX", "CONTENTS", "TABLE", "PART", "CHAPTER", "SECTION", "NOTE"})
"""Words in capitals that head a page or a part (``ANNEX`` over a list's title), no abbreviation of it."""
_STANDS_FOR = re.compile(r"\s*[A-Z][^.:;]{2,110}[^.:;,\s]\s*")  # International Organization for Migration
_WORD_BREAK = re.compile(r"[\s\-–/]+")
_PAIRS = 3  # rows of a list of abbreviations, at least
_INITIALS_SHARE = 2 / 3  # of the pairs whose abbreviation reads as their text's initials, at least


def abbreviations_apart(page: list[Line]) -> list[Line]:
    """The page, a list of abbreviations printed a cell a line laid out in rows (``IOM   International
    Organization for Migration``), each row on the line of its first cell, one after another (the other cells'
    lines and the blank lines between them dropped: the cells' texts are all in the rows); the
    headings over the two columns printed apart above the list (``Acronym`` / ``Full name``, in mixed case)
    made its first row. Unchanged where no three abbreviations pair with as many texts that they abbreviate."""
    if sum(1 for line in page if is_abbreviation(line.text)) < _PAIRS:
        return page  # (most pages)
    filled = [index for index, line in enumerate(page) if line.text.strip()]
    result = list(page)
    dropped: set[int] = set()  # the lines of the texts paired, and the blank lines between the rows
    position = 0
    while position < len(filled):
        pairs = _alternating(page, filled, position) or _columns(page, filled, position)
        if not pairs:
            position += 1
            continue
        _lay_out(page, result, filled, pairs)
        rows = sorted(min(pair) for pair in pairs)
        dropped |= set(range(rows[0], max(max(pair) for pair in pairs) + 1)) - set(rows)
        position = max(filled.index(max(pair)) for pair in pairs) + 1
    return [line for index, line in enumerate(result) if index not in dropped] if dropped else result


def is_abbreviation(text: str) -> bool:
    """Whether a line or cell is an abbreviation alone (``UNHCR``, ``MiGOF``, ``COVID-19``; not ``ANNEX``)."""
    return (
        ABBREVIATION.fullmatch(text) is not None
        and sum(c.isupper() for c in text) >= 2
        and text.strip() not in _NO_ABBREVIATIONS
    )


def _is_text(text: str) -> bool:
    """Whether a line can be what an abbreviation stands for: words opening with a capital, in mixed case (a
    heading in capitals is none), no sentence's end."""
    return _STANDS_FOR.fullmatch(text) is not None and not text.isupper() and not is_abbreviation(text)


def _alternating(page: list[Line], filled: list[int], position: int) -> list[tuple[int, int]]:
    """The pairs from ``position`` on where abbreviations are followed by as many texts, one or a few at a
    time (``IOM`` / ``International …``; ``OSI`` / ``PAC`` / ``Operational Support Income`` / ``Panama …``: the
    boxes of a row or two), three pairs at least."""
    pairs: list[tuple[int, int]] = []
    at = position
    while at < len(filled):
        count = 0
        while at + count < len(filled) and is_abbreviation(page[filled[at + count]].text):
            count += 1
        texts = filled[at + count : at + 2 * count]
        if not count or len(texts) < count or not all(_is_text(page[index].text) for index in texts):
            break
        pairs += zip(filled[at : at + count], texts, strict=True)
        at += 2 * count
    return pairs if _abbreviates(page, pairs) else []


def _columns(page: list[Line], filled: list[int], position: int) -> list[tuple[int, int]]:
    """The pairs where a column of abbreviations starts at ``position`` (three at least) right after their
    texts, all or all but the last few, which follow it (pdfminer prints the texts' box first, perhaps a
    last text apart), each abbreviation with the text in its place."""
    end = position
    while end < len(filled) and is_abbreviation(page[filled[end]].text):
        end += 1
    count = end - position
    before = position
    while before > 0 and position - before < count and _is_text(page[filled[before - 1]].text):
        before -= 1
    texts = filled[before:position] + filled[end : end + count - (position - before)]
    if count < _PAIRS or before == position or len(texts) < count:
        return []
    if not all(_is_text(page[index].text) for index in texts):
        return []
    pairs = list(zip(filled[position:end], texts, strict=True))
    return pairs if _abbreviates(page, pairs) else []


def _abbreviates(page: list[Line], pairs: list[tuple[int, int]]) -> bool:
    """Whether there are three pairs at least, most of them an abbreviation of its text's initials."""
    if len(pairs) < _PAIRS:
        return False
    read = sum(_initials_of(page[short].text.strip(), page[text].text) for short, text in pairs)
    return read >= _INITIALS_SHARE * len(pairs)


def _initials_of(abbreviation: str, text: str) -> bool:
    """Whether most of the abbreviation's capitals (two in three) are initials of the text's words, in order
    (``UNHCR``: Office of the *U*nited *N*ations *H*igh *C*ommissioner for *R*efugees; ``NGO``:
    *N*on-*g*overnmental *o*rganization; ``UNICEF``: *U*nited *N*ations *C*hildren's *F*und)."""
    initials = [word[0].lower() for word in _WORD_BREAK.split(text) if word[:1].isalpha()]
    capitals = [letter.lower() for letter in abbreviation if letter.isupper()]
    found, at = 0, 0
    for letter in capitals:
        following = next((n for n in range(at, len(initials)) if initials[n] == letter), None)
        if following is not None:
            found, at = found + 1, following + 1
    return found >= _INITIALS_SHARE * len(capitals)


def _lay_out(page: list[Line], result: list[Line], filled: list[int], pairs: list[tuple[int, int]]) -> None:
    """Write the pairs into ``result`` as rows of two columns, each on its first cell's line, and the headings
    printed apart above them (the second heading's line left blank)."""
    width = max(len(page[short].text.strip()) for short, _ in pairs)
    top = filled.index(min(min(pair) for pair in pairs))
    heads = filled[max(0, top - 2) : top]
    if len(heads) == 2 and all(_heading(page[index].text) for index in heads):
        first, second = (page[index].text.strip() for index in heads)
        result[heads[0]] = Line(page[heads[0]].number, f"{first:<{width}}   {second}", page[heads[0]].page)
        result[heads[1]] = Line(page[heads[1]].number, "", page[heads[1]].page)
    for short, text in pairs:
        row = min(short, text)
        laid = f"{page[short].text.strip():<{width}}   {page[text].text.strip()}"
        result[row] = Line(page[row].number, laid, page[row].page)


def _heading(text: str) -> bool:
    """Whether a line is a column's heading over a list of abbreviations: a word or three in mixed case
    (``Acronym``, ``Full name``), no final punctuation."""
    words = text.split()
    return 0 < len(words) <= 3 and not text.strip().isupper() and text.strip()[-1:].isalpha()
