"""Exceptions raised by iomparse."""

from __future__ import annotations


class Error(Exception):
    """The base of the exceptions iomparse raises for what it is given: `ParseError` (strict parsing),
    `iomparse.InputError` (a file it cannot read as a document, `iomparse.PdfError` for a PDF;
    `iomparse.FileUnreadableError`, also an `OSError`, for one it cannot read at all), `iomparse.CodecError` (JSON
    or XML that is not iomparse's). Each is also a `ValueError`."""


class ParseError(Error, ValueError):
    """A strict parse met a line it could not place.

    ``kind`` names the error (``header-line-in-body``, ``resolution-part-outside-resolution``,
    ``contents-line-outside-contents``, ``misplaced-line``; see `iomparse.parser.ERROR_KINDS`); ``line`` and
    ``column`` (where the line's text starts) are 1-based; ``text`` is the offending line; ``expected`` names
    the kinds of line the grammar would have accepted there.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str = "misplaced-line",
        line: int,
        column: int = 1,
        text: str = "",
        expected: tuple[str, ...] = (),
        source: str | None = None,
    ) -> None:
        self.kind = kind
        self.line = line
        self.column = column
        self.text = text
        self.expected = expected
        self.source = source
        where = f"{source}:" if source else "line "
        super().__init__(f"{where}{line}:{column}: {message}")
