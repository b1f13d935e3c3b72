"""Pass 3a, charts: what is left of a chart in the text: under its caption, or at the end of a document."""

from __future__ import annotations

import re

from .kinds import OPEN_TEXT_KINDS, PLAIN_KINDS
from .lines import LogicalLine, bare, strip_markup

_FIGURE_CAPTION = re.compile(r"(?:Figure|FIGURE|Chart|CHART|Graph|GRAPH)\s+[A-Z]?[\d.]*\d[a-z]?\s*[:.–—-]\s*\S.*")
"""A figure's numbered caption: ``Figure 1: The project cycle``."""
_CAPTION_INITIALS = frozenset("FCG")
_LABELS_ALONE = re.compile(r"\s*(?:(?:\d{1,3}\.|\([a-z]{1,3}\))\s*)+")  # a list's numbers or letters, no text
_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word of a chart's labels."""
_GLYPH = re.compile(r"\(cid:\d+\)")
"""A glyph an extractor could not name (``(cid:127)``, a bullet): no word."""


def mark_figure(logical: list[LogicalLine]) -> None:
    """A figure's caption and the short fragments under it (a chart's labels: ``Request from    Needs``), and
    two or more short fragments ending the document after running text, words in most of them, are what is
    left of a chart."""
    _mark_captioned_figures(logical)
    start = len(logical)
    while start > 0 and _is_fragment(logical[start - 1]):
        start -= 1
    if len(logical) - start < 2 or not any(line.kind in OPEN_TEXT_KINDS for line in logical[:start]):
        return
    if _LABELS_ALONE.fullmatch(logical[start - 1].raw[-1]):
        return  # … / 9. / 10. / Any other business / Closure of the session: a list's last titles, printed after
        # the column of its numbers (pdfminer), no chart
    worded = sum(_WORD.search(_GLYPH.sub("", line.text)) is not None for line in logical[start:])
    if 2 * worded <= len(logical) - start:
        return  # figures mostly (a table's, cut loose from it: ``3,942`` / ``TOTAL`` / ``100.000`` …), or
        # bullets an extractor could not name: no chart
    logical[start:] = _figure_lines(logical[start:], "chart")


def _mark_captioned_figures(logical: list[LogicalLine]) -> None:
    """Each figure caption in the text, with the fragments right under it, made lines of a figure."""
    index = 0
    while index < len(logical):
        line = logical[index]
        if (
            line.kind not in PLAIN_KINDS
            or line.text.lstrip("*_# ")[:1] not in _CAPTION_INITIALS  # most lines: checked cheaply first
            or not _FIGURE_CAPTION.fullmatch(strip_markup(line.text))
        ):
            index += 1
            continue
        end = index + 1
        while end < len(logical) and _is_fragment_block(logical[end]) and not _heading_above(logical, end):
            end += 1
        logical[index:end] = _figure_lines(logical[index:end], "figure-caption")
        logical[index].kind = "FIGURE_CAPTION"
        index += 1


def _heading_above(logical: list[LogicalLine], index: int) -> bool:
    """Whether the line at ``index`` is a few words alone right above a numbered paragraph: a heading (``Next
    steps`` / ``2. …``), not a chart's label."""
    line = logical[index]
    alone = all(len(_CELLS.split(raw.strip())) == 1 for raw in line.raw)
    return alone and index + 1 < len(logical) and logical[index + 1].kind == "PARA"


def _figure_lines(lines: list[LogicalLine], rule: str) -> list[LogicalLine]:
    """A chart's text: each printed line a fragment."""
    return [
        LogicalLine("FIGURE_LINE", raw.strip(), number, number, line.page, raw=[raw], numbers=[number], rule=rule)
        for line in lines
        for raw, number in zip(line.raw, line.numbers, strict=True)
    ]


def _is_fragment_block(line: LogicalLine) -> bool:
    """Whether the printed lines of ``line`` are a chart's labels: no sentence, a few words a column, and
    laid out in columns or of three words at most each."""
    if line.kind not in PLAIN_KINDS:
        return False
    cells = [_CELLS.split(raw.strip()) for raw in line.raw]
    return (
        not any(raw.strip().endswith((".", ";", ",", ":")) for raw in line.raw)
        and all(len(cell.split()) <= _CHART_LABEL for row in cells for cell in row)
        and (any(len(row) > 1 for row in cells) or all(len(row[0].split()) <= _CHART_LABEL - 1 for row in cells))
    )


_CHART_LABEL = 4  # words: a label of a chart


_CELLS = re.compile(r"\s{2,}")


def _is_fragment(line: LogicalLine) -> bool:
    """Whether a line is a chart's fragment: a few words, no sentence (its footnote marker apart)."""
    text = bare(line.text)
    return line.kind in PLAIN_KINDS and len(text.split()) <= 6 and not text.endswith((".", ";", ","))
