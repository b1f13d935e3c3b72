"""Source text → physical lines with their line numbers and pages.

This is the first step of the pipeline: it decodes nothing (see `iomparse.files` for bytes), it only
normalizes what every later step relies on: newlines (``\\r\\n`` and ``\\r`` become ``\\n``), a leading BOM,
tabs (expanded), non-breaking spaces, and form feeds, which end a page in ``pdftotext`` output and are
turned into page numbers on the lines that follow them.
"""

from __future__ import annotations

from typing import NamedTuple

# Spacing characters read as plain spaces (a tab as four).
_SPACES = {"\t": "    ", "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\v": " "}


class Line(NamedTuple):
    """One physical line: ``number`` is 1-based, ``page`` counts form feeds seen before it (from 1).
    (A named tuple: documents have many lines, and it is the cheapest to make.)"""

    number: int
    text: str
    page: int


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into physical lines, each without its newline and form feeds."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    for space, replacement in _SPACES.items():  # str.replace is much faster than str.translate here
        if space in text:
            text = text.replace(space, replacement)
    if "\f" not in text:  # one page: the converter's text
        return [Line(number, raw.rstrip(" "), 1) for number, raw in enumerate(text.split("\n"), start=1)]
    lines: list[Line] = []
    page = 1
    for number, raw in enumerate(text.split("\n"), start=1):
        page += raw.count("\f")
        # pdftotext puts \f before a page's first line; inside a line it separates words like a space
        lines.append(Line(number, raw.lstrip("\f").replace("\f", " ").rstrip(" "), page))
    return lines
