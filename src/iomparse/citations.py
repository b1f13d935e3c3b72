"""What a citation points to, as one normalized key a citation graph can join on."""

from __future__ import annotations

import re

from .model import Citation, ConstitutionRef, DocRef, ResolutionRef, UNRef

_UN_RESOLUTION = re.compile(r"\b(\d{1,3})/(\d{1,4})\b")
_UN_SYMBOL = re.compile(r"\b[A-Z]{1,2}/(?:RES/)?[0-9A-Z./-]+")


def targets(citation: Citation) -> tuple[str, ...]:
    """The keys of what ``citation`` cites: a document's symbol as printed, suffixes included (``MC/1842``,
    ``C/106/54/Rev.1``; none for the document's own symbol); an IOM resolution, ``RES/923`` (one key each
    for ``Resolutions Nos. 1310 and 1311``); a United Nations resolution, ``A/RES/73/195`` (``resolution
    73/195``, which these documents use for the General Assembly's, or its symbol as printed); an article of
    the IOM Constitution, ``CONSTITUTION/4``. Dates and sessions cite no text: none."""
    if isinstance(citation, DocRef):
        return () if citation.own else (str(citation.symbol),)
    if isinstance(citation, ResolutionRef):
        return tuple(f"RES/{number}" for number in citation.numbers)
    if isinstance(citation, UNRef):
        symbol = _UN_SYMBOL.search(citation.text)
        if symbol:
            return (symbol.group(),)
        number = _UN_RESOLUTION.search(citation.text)
        return (f"A/RES/{number[1]}/{number[2]}",) if number else ()
    if isinstance(citation, ConstitutionRef):
        return (f"CONSTITUTION/{citation.article}",)
    return ()
