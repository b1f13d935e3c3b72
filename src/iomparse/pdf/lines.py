"""Pieces of a PDF page laid out as lines of text in the converter's Markdown-ish form.

The text is what ``pdftotext -layout`` prints (a line per printed line, words placed at their columns, a
blank line where the page leaves a gap, a form feed after each page), with what plain text loses put back
the way a document converter writes it: bold runs between ``**``, italic runs between ``*``, raised
footnote markers as superscript digits glued to the word they follow (``Nations.¹``), and a footnote's raised
number at the page foot as ``¹ Text``. So one lexer and one grammar read every form of a document.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import pairwise

import attrs
from attrs import frozen

from ..reading_order import TABLE_CAPTION
from .glyphs import Page, Piece

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@frozen
class Line:
    """The pieces printed on one baseline, left to right; ``raised`` marks the pieces set as superscripts."""

    baseline: float
    size: float  # the size most of its characters are printed in
    pieces: tuple[Piece, ...]
    raised: frozenset[int]  # indexes into ``pieces``


def page_lines(page: Page) -> list[Line]:
    """The lines of ``page`` from top to bottom, superscripts put on the line they are raised above; words set
    at an angle (a turned table) after them, read as if the page were turned, their block moved to the page's
    left edge."""
    level = [piece for piece in page.pieces if not piece.turned]
    turned = [piece for piece in page.pieces if piece.turned]
    if not turned:
        return _lines(level)
    left = min(piece.x0 for piece in turned) - min((piece.x0 for piece in level), default=0.0)
    moved = [attrs.evolve(piece, x0=piece.x0 - left, x1=piece.x1 - left) for piece in turned]
    return _lines(level) + _lines(moved)


def _lines(pieces: Sequence[Piece]) -> list[Line]:
    rows = _rows(pieces)
    body = Counter(round(piece.size, 1) for piece in pieces).most_common(1)[0][0] if pieces else 0.0
    lines: list[Line] = []
    for i, row in enumerate(rows):
        below = rows[i + 1] if i + 1 < len(rows) else None
        if lines and lines[-1].raised == frozenset(range(len(lines[-1].pieces))):
            raised_row = lines.pop()  # a row of superscripts alone: it belongs to this line
            lines.append(_with_raised(row, raised_row.pieces))
            continue
        if below is not None and _raised_over(row, below, body):
            lines.append(Line(_baseline(row), _size(row), tuple(row), frozenset(range(len(row)))))
            continue
        lines.append(Line(_baseline(row), _size(row), tuple(sorted(row, key=lambda p: p.x0)), frozenset()))
    return lines


def _rows(pieces: Iterable[Piece]) -> list[list[Piece]]:
    """Pieces grouped by baseline (within a quarter of their size), top row first."""
    rows: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-p.baseline, p.x0)):
        if rows and rows[-1][0].baseline - piece.baseline <= 0.25 * max(piece.size, rows[-1][0].size):
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return rows


def _raised_over(row: list[Piece], below: list[Piece], body: float) -> bool:
    """Whether ``row`` is superscripts over the row ``below``, raised by less than its height: in smaller
    type, or markers alone in the same type (a typewriter's ``1/`` typed half a line up, a table's note
    letters ``a,b`` barely smaller, a note's number hung before its text)."""
    size = _size(below)
    rise = _baseline(row) - _baseline(below)
    smaller = all(piece.size <= 0.85 * size for piece in row)
    hung = _number_hung(row, below) and size < _NOTE_TYPE * body  # (a footnote's line: smaller than the body's)
    return (
        smaller or all(_MARKER.fullmatch(piece.text) for piece in row) or hung
    ) and 0.1 * size <= rise <= 0.75 * size


def _number_hung(row: list[Piece], below: list[Piece]) -> bool:
    """Whether ``row`` is a footnote's number alone, hung left of its text's first line (a typesetter that
    raises the number without making it smaller)."""
    return len(row) == 1 and _NOTE_NUMBER.fullmatch(row[0].text) is not None and row[0].x1 <= min(p.x0 for p in below)


_MARKER = re.compile(r"\d{1,3}/|\*{1,3}|[a-h](?:,[a-h])*")
"""Markers raised in the body's type: a typewriter's ``1/``, stars, the letters of a table's notes (``a,b``)."""
_NOTE_NUMBER = re.compile(r"\d{1,3}|\*{1,3}")
_NOTE_TYPE = 0.9  # of the body's type: a footnote's is smaller


def _with_raised(row: list[Piece], raised: Sequence[Piece]) -> Line:
    pieces = sorted([*row, *raised], key=lambda p: p.x0)
    marked = frozenset(i for i, piece in enumerate(pieces) if any(piece is r for r in raised))
    return Line(_baseline(row), _size(row), tuple(pieces), marked)


def _baseline(row: Sequence[Piece]) -> float:
    return Counter(round(p.baseline, 1) for p in row).most_common(1)[0][0]


def _size(row: Sequence[Piece]) -> float:
    counts: Counter[float] = Counter()
    for piece in row:
        counts[piece.size] += len(piece.text)
    return counts.most_common(1)[0][0]


@frozen
class Grid:
    """Where columns fall: the left margin and the width of one character column, in points."""

    left: float
    unit: float
    body: float = 12.0  # the commonest type size: the body text's

    def column(self, x: float) -> int:
        return max(0, round((x - self.left) / self.unit))


def grid_of(pages: Sequence[list[Line]]) -> Grid:
    """The document's left margin (the leftmost place two or more lines start) and its average character
    width in its commonest type size (as ``pdftotext -layout`` spaces columns)."""
    starts: Counter[float] = Counter()
    widths: dict[float, float] = defaultdict(float)
    chars: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            starts[round(line.pieces[0].x0)] += 1
            for piece in line.pieces:
                widths[piece.size] += piece.x1 - piece.x0
                chars[piece.size] += len(piece.text)
    if not starts:
        return Grid(0.0, 6.0)
    left = min((x for x, n in starts.items() if n >= 2), default=min(starts))
    size = chars.most_common(1)[0][0]
    return Grid(float(left), max(widths[size] / max(chars[size], 1), 1.0), size)


class _Writer:
    """Text with markup: opens and closes ``**`` and ``*`` as the faces of the pieces change."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.bold = self.italic = False
        self.width = 0  # printed characters on the current line (markup not counted)

    def face(self, bold: bool, italic: bool) -> None:
        if self.italic and (not italic or bold != self.bold):
            self.out.append("*")
            self.italic = False
        if self.bold and not bold:
            self.out.append("**")
            self.bold = False
        if bold and not self.bold:
            self.out.append("**")
            self.bold = True
        if italic and not self.italic:
            self.out.append("*")
            self.italic = True

    def text(self, text: str) -> None:
        self.out.append(text)
        self.width += len(text)

    def newline(self, blank: bool) -> None:
        self.out.append("\n\n" if blank else "\n")
        self.width = 0


def page_text(lines: Sequence[Line], grid: Grid, pitches: dict[float, float]) -> str:
    """The text of one page's lines (without its form feed): a blank line where the gap between two lines
    is wider than a third again the usual distance between lines of that size; between two lines of a table
    (set in columns, or a caption or column headings over them) or an agenda's items, wider than two lines
    of their type, as pdftotext has it."""
    writer = _Writer()
    tabular = _tabular(lines, grid)
    previous: Line | None = None
    for index, line in enumerate(lines):
        if previous is not None:
            pitch = max(pitches.get(line.size, 1.2 * line.size), 0.9 * previous.size)
            rows = (tabular[index - 1] or _gapped(previous)) and (tabular[index] or _gapped(line))
            gap = previous.baseline - line.baseline
            blank = gap > 2 * max(line.size, previous.size) if rows else gap > 1.3 * pitch
            writer.face(False, False)  # each line its own runs: a bold organ line over a bold session line
            writer.newline(blank)  # are two lines, not one bold run
        _write_line(writer, line, grid, plain=tabular[index])
        previous = line
    writer.face(False, False)
    return "".join(writer.out)


def _tabular(lines: Sequence[Line], grid: Grid) -> list[bool]:
    """For each line, whether it is a table's, printed plain as ``pdftotext -layout`` prints it: a row of
    columns, a column heading right of the margin over one (``Programme and`` over ``Budget for 2015``), a
    caption (``Table 1: …``) over either, a group's label between two."""
    flags = [_columns(line) for line in lines]
    for index in range(len(lines) - 2, -1, -1):  # upwards: headings stacked over the columns
        line, below = lines[index], lines[index + 1]
        close = line.baseline - below.baseline < 2 * max(line.size, below.size)
        over = grid.column(line.pieces[0].x0) >= _HEADING_INDENT or TABLE_CAPTION.match(_words(line)) is not None
        flags[index] = flags[index] or (flags[index + 1] and close and over)
    for index in range(1, len(lines)):  # downwards: a heading's second line under a row (Background / documents)
        above, line = lines[index - 1], lines[index]
        close = above.baseline - line.baseline < 1.5 * max(above.size, line.size)
        flags[index] = flags[index] or (
            flags[index - 1] and close and grid.column(line.pieces[0].x0) >= _HEADING_INDENT
        )
    for index in range(1, len(lines) - 1):  # a group's label between rows (**Movement, Emergency …**)
        above, line, below = lines[index - 1], lines[index], lines[index + 1]
        first = line.pieces[0].text
        between = flags[index - 1] and flags[index + 1] and first[:1].isupper() and not _LABEL.fullmatch(first)
        close = above.baseline - below.baseline < 4 * max(above.size, line.size, below.size)
        flags[index] = flags[index] or (between and close)
    return flags


_HEADING_INDENT = 20  # columns: a line starting this far right of the margin is no paragraph's


def _words(line: Line) -> str:
    return " ".join(piece.text for piece in line.pieces)


def pitches_of(pages: Sequence[list[Line]]) -> dict[float, float]:
    """The distance between the baselines of two lines of one paragraph, for each type size: the smallest
    distance that two consecutive lines of that size keep often (a tenth of the time, twice at least), so
    that a page of one-line items spaced apart does not pass for a paragraph's lines."""
    gaps: dict[float, Counter[float]] = {}
    for lines in pages:
        for above, below in pairwise(lines):
            if above.size == below.size and above.baseline > below.baseline:
                gaps.setdefault(below.size, Counter())[round(2 * (above.baseline - below.baseline)) / 2] += 1
    pitches = {}
    for size, counts in gaps.items():
        often = [gap for gap, n in counts.items() if n >= max(2, 0.1 * counts.total())]
        pitches[size] = min(often) if often else counts.most_common(1)[0][0]
    return pitches


def _write_line(writer: _Writer, line: Line, grid: Grid, *, plain: bool) -> None:
    """One line: each piece at its column when a wide gap sets it apart, else after one space; faces marked
    unless the line is ``plain`` or a row of columns (a table's, a footer's: as ``pdftotext -layout`` prints
    it)."""
    columns = plain or _columns(line)
    before: Piece | None = None
    before_raised = False
    for i, piece in enumerate(line.pieces):
        raised = i in line.raised
        gap = piece.x0 - before.x1 if before is not None else 0.0
        if before is None:
            writer.text(" " * grid.column(piece.x0))
        elif _apart(line, before, piece):  # a column apart: placed at its column, as pdftotext -layout does
            writer.face(False, False)
            writer.text(" " * max(2, grid.column(piece.x0) - writer.width))
        elif gap > 0.15 * line.size or (piece.spaced and not raised) or (before_raised and not raised):
            writer.face(piece.bold and writer.bold, piece.italic and writer.italic)
            writer.text(" ")
        if raised:  # a footnote marker: after the markup it follows closes (``**TITLE***``)
            writer.face(False, False)
            writer.text(piece.text.translate(_SUPERSCRIPT) if piece.text.isdigit() else piece.text)  # (1/ stays)
        elif columns or (before is None and _hanging_label(line, piece)):  # **I.**  **INTRODUCTION**: a label's
            writer.text(piece.text)  # face is its heading's or paragraph's, not a bold run of its own
        else:
            writer.face(piece.bold, piece.italic)
            writer.text(piece.text)
        before, before_raised = piece, raised


_COLUMN_GAP = 1.2  # type sizes: a gap wider sets the next piece in a column of its own
_FIGURES_GAP = 0.8  # type sizes: a gap wider between two figures sets them in columns of their own


def _apart(line: Line, before: Piece, piece: Piece) -> bool:
    """Whether a wide gap sets ``piece`` in a column of its own, apart from the piece ``before`` it: wider than
    a type size and a bit more, or, between two figures, than most of one (a table's narrow columns of long
    amounts, ``98,400,000`` and ``241,600,000`` set 9.6 points apart in 8.5-point type, four words' spaces)."""
    gap = piece.x0 - before.x1
    if gap > _COLUMN_GAP * line.size:
        return True
    return gap > _FIGURES_GAP * line.size and bool(_AMOUNT.fullmatch(before.text) and _AMOUNT.fullmatch(piece.text))


_AMOUNT = re.compile(r"\(?[-+]?\d[\d.,]*\)?%?")


def _gaps(line: Line) -> list[int]:
    """The indexes of the pieces a wide gap sets apart from the piece before them."""
    pieces = line.pieces
    return [i for i in range(1, len(pieces)) if _apart(line, pieces[i - 1], pieces[i])]


def _gapped(line: Line) -> bool:
    """Whether a wide gap sets a piece of the line apart (a hanging label's included)."""
    return bool(_gaps(line))


def _columns(line: Line) -> bool:
    """Whether a line is set in columns: a wide gap sets a piece apart, other than a hanging label's before
    its text (``1.``, ``IV.`` a tab away from the words)."""
    gaps = _gaps(line)
    return gaps != [] and (gaps != [1] or _LABEL.fullmatch(line.pieces[0].text) is None)


_LABEL = re.compile(r"(?:[IVXLC]+|[A-Z]|\d+)(?:\.\d+)*\.?|\(?(?:[a-z]{1,4}|\d+)\)")


def _hanging_label(line: Line, piece: Piece) -> bool:
    """Whether ``piece`` is a label hanging before its text, a column apart (``1.``, ``IV.``, ``(a)``)."""
    return (
        len(line.pieces) > 1
        and line.pieces[1].x0 - piece.x1 > _COLUMN_GAP * line.size
        and _LABEL.fullmatch(piece.text) is not None
    )


def notes_numbered(pages: list[list[Line]], body: float) -> list[list[Line]]:
    """``pages`` with the number opening a footnote at a page's foot marked as raised where the typesetter
    set it level with the note's text (as LibreOffice does): a line at the foot, under the last line in the
    body's type, in smaller type, opening with a number (or ``*``) that a raised marker above it carries."""
    markers: set[str] = set()
    result: list[list[Line]] = []
    for lines in pages:
        page = []
        foot = _foot(lines, body)
        for index, line in enumerate(lines):
            markers |= {line.pieces[i].text for i in line.raised}
            first = line.pieces[0]
            numbered = index >= foot and 0 not in line.raised and line.size < 0.95 * body and first.text in markers
            numbered = numbered and not _columns(line)  # (1 March 2019   Scenarios …   CRP No. 2: a table's row)
            raised = line.raised | {0} if numbered and len(line.pieces) > 1 else line.raised
            page.append(Line(line.baseline, line.size, line.pieces, raised))
        result.append(page)
    return result


def _foot(lines: Sequence[Line], body: float) -> int:
    """Where a page's foot begins: after its last line of text in the body's type (a page number apart)."""
    body_lines = [i for i, line in enumerate(lines) if line.size >= 0.95 * body and len(_words(line)) > 3]
    return body_lines[-1] + 1 if body_lines else 0


def document_text(pages: Sequence[Page | int]) -> str:
    """The text of ``pages``: each page's lines, then a form feed (a page that could not be read, given by its
    number, is an empty page)."""
    laid = [[] if isinstance(page, int) else page_lines(page) for page in pages]
    grid, pitches = grid_of(laid), pitches_of(laid)
    laid = notes_numbered(laid, grid.body)
    return "".join(page_text(lines, grid, pitches) + "\n\f" for lines in laid)
