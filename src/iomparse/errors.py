"""Exceptions raised by iomparse."""

from __future__ import annotations


class ParseError(ValueError):
    """A strict parse met a line it could not place.

    ``line`` and ``column`` are 1-based; ``text`` is the offending line; ``expected`` names the kinds of
    line the grammar would have accepted there.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int,
        column: int = 1,
        text: str = "",
        expected: tuple[str, ...] = (),
        source: str | None = None,
    ) -> None:
        self.line = line
        self.column = column
        self.text = text
        self.expected = expected
        self.source = source
        where = f"{source}:" if source else "line "
        super().__init__(f"{where}{line}:{column}: {message}")
