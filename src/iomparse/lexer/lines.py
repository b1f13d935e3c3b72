"""Logical lines and tokens: what the lexer's passes work on, and what it hands the grammar."""

from __future__ import annotations

import re
from functools import lru_cache

from attrs import define, field
from lark import Token

from ..model import Diagnostic
from ..superscripts import SUPERSCRIPT_DIGITS, SUPERSCRIPT_TO_DIGIT

__all__ = ["SUPERSCRIPT_DIGITS", "SUPERSCRIPT_TO_DIGIT"]  # (the lexer's passes take them from here)
_MARKER_TAIL = SUPERSCRIPT_DIGITS + " "


@define
class LogicalLine:
    """A classified logical line: ``kind`` is the grammar terminal it becomes, ``label`` the number or
    marker it opens with (``"12"``, ``"(a)"``, ``"V.1"``), ``text`` the rest, markup kept; ``rule`` names
    the decision that gave it its kind (see `iomparse.lexer.decisions`)."""

    kind: str
    text: str
    start: int
    end: int
    page: int
    label: str | None = None
    raw: list[str] = field(factory=list)
    groups: dict[str, str | None] = field(factory=dict)
    header: bool = False  # whether the line belongs to a header block
    numbers: list[int] = field(factory=list)  # the line number of each line in ``raw``
    rule: str = ""

    def decide(self, kind: str, rule: str) -> None:
        """Give the line ``kind``, recording the decision ``rule`` that chose it."""
        self.kind, self.rule = kind, rule

    def match_group(self, name: str) -> str | None:
        """A named group of the rule that classified the line (``None`` when absent)."""
        return self.groups.get(name)

    def token(self) -> LineToken:
        # type, value, start_pos, line, column, end_line: positional arguments, the cheapest to pass
        token = LineToken(self.kind, self.text, None, self.start, 1, self.end)
        token.info = self
        return token


def append_lines(line: LogicalLine, more: LogicalLine) -> None:
    """Make ``more``, a logical line read after ``line``, part of it: its raw lines, their numbers, its text on a
    line of its own (a table's next rows)."""
    line.raw.extend(more.raw)
    line.numbers.extend(more.numbers)
    line.end = more.end
    line.text = f"{line.text}\n{more.text}"


class LineToken(Token):
    """A Lark token that carries its `LogicalLine`."""

    __slots__ = ("info",)
    info: LogicalLine


@define
class Lexed:
    """The lexer's output: tokens for the grammar, what was taken out of the text flow, and the lexer's
    diagnostics (the decisions it made on weak evidence)."""

    tokens: list[LineToken]
    footnotes: list[LogicalLine]
    furniture: list[LogicalLine]
    pages: int
    page_starts: tuple[int, ...] = ()  # the source line each page after the first starts at
    own_symbol: str | None = None  # the first symbol line: the document's own
    markers: bool = True  # whether the text has footnote markers (superscript digits) at all
    diagnostics: list[Diagnostic] = field(factory=list)


@lru_cache(maxsize=8192)
def strip_markup(text: str) -> str:
    """Text without edge bold/italic asterisks, underscores or heading hashes, spaces collapsed, and the
    backslash a Markdown writer puts before a label's full stop or bracket so that it opens no list (``12\\. The
    …``, ``\\(a) took note …``, ``\\(a\\)``)."""
    stripped = " ".join(text.strip().strip("*_#").strip().strip("*_#").split())  # (## **Forms of …**: hashes, bold)
    return _ESCAPED_LABEL.sub(_unescaped, stripped, count=1) if "\\" in stripped[:8] else stripped


_ESCAPED_LABEL = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6}|[A-Za-z])\\\.(?=\s|$)|^\\\((?:[a-z]{1,4}|\d{1,2})\\?\)(?=\s|$)")


def _unescaped(match: re.Match[str]) -> str:
    return match.group().replace("\\", "")


@lru_cache(maxsize=8192)
def bare(text: str) -> str:
    """A line's text for comparisons: markup stripped, trailing footnote markers dropped. (Cached: the passes
    of the lexer ask it of the same lines again and again.)"""
    return strip_markup(text).rstrip(_MARKER_TAIL)
