"""Pass 3a, charts: what is left of a chart at the end of a document."""

from __future__ import annotations

from .kinds import OPEN_TEXT_KINDS, PLAIN_KINDS
from .lines import LogicalLine, strip_markup


def mark_figure(logical: list[LogicalLine]) -> None:
    """Two or more short fragments ending the document, after running text, are what is left of a chart."""
    start = len(logical)
    while start > 0 and _is_fragment(logical[start - 1]):
        start -= 1
    if len(logical) - start < 2 or not any(line.kind in OPEN_TEXT_KINDS for line in logical[:start]):
        return
    logical[start:] = [  # a chart's text: each printed line a fragment
        LogicalLine("FIGURE_LINE", raw.strip(), number, number, line.page, raw=[raw], numbers=[number], rule="chart")
        for line in logical[start:]
        for raw, number in zip(line.raw, line.numbers, strict=True)
    ]


def _is_fragment(line: LogicalLine) -> bool:
    text = strip_markup(line.text)
    return line.kind in PLAIN_KINDS and len(text.split()) <= 6 and not text.endswith((".", ";", ","))
