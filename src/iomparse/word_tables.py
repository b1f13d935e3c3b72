"""Tables of words printed without ``-layout``: a cell a block, row after row or column after column.

A table whose cells are words (a timetable, a list of drafts with their titles and agenda items, a list of
meetings) comes out of ``pdftotext`` without ``-layout`` as blocks: the column headings, one block each
(the first often glued under the paragraph above it), then the cells. Where the rows stand apart, the cells
follow row after row (``Symbol`` / ``Title`` / ``Agenda item`` / ``C/108/L/5`` / ``Report on …`` / ``5`` …);
where they do not, column after column, a block of a line per row each (``Country`` / ``Started`` /
``Albania`` … ``Ukraine`` / ``1995`` … ``1992``). Without figures, the steps that read tables of figures
(`iomparse.reading_order`, `iomparse.column_blocks`) see no table, and the cells would become paragraphs.

Both steps need a row of column headings (short lines without figures or final punctuation) and check
what they read: row after row, one column at least must hold cells of one shape in every row (a symbol, a
date, a number: ``C/108/L/5``, ``15 October 2018``, ``7 and 8``); column after column, every column must
hold as many lines as the others, three at least. The table is laid out as Markdown rows, each on the line
of its first cell. The decision rests on the layout alone, and the document says so (``table-read-by-cells``,
``table-read-by-columns``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from attrs import Factory, define

from .model import Diagnostic
from .reading_order import FIGURE, line_blocks
from .source import Line
from .symbols import SYMBOL_CANDIDATE
from .values import MONTH_PATTERN

_MOST_COLUMNS = 6
_HEADING_WIDTH = 40  # characters: a column heading's line
_HEADING_LINES = 2
_CELL_WIDTH = 60  # characters: a line of a cell that wraps, narrower than the page's text
_WIDE_CELL = 100  # characters: a cell on one line, in a wide column (a document's title beside its symbol)
_CELL_LINES = 3
_FEWEST_ROWS = 3  # a table read column after column: each column a block of this many lines at least
_LABEL = re.compile(r"\(?(?:\d{1,3}|[a-z]{1,4}|[IVXLC]{1,6})[.)](?!\S)")  # 1., (a), II.: a list's label (4.b: a code)
_ANNEX_LABEL = re.compile(r"(?i)(?:annex|appendix)\b")
_DATE = re.compile(rf"(?:(?:\d{{1,2}} )?(?:{MONTH_PATTERN})|Q[1-4]) (?:19|20)\d\d")  # 15 October 2018, June 2016
_DAY = re.compile(rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{{1,2}} (?:{MONTH_PATTERN})(?: (?:19|20)\d\d)?")
"""A timetable's day, named by its weekday: ``Tuesday, 28 June 2016``, ``Monday, 29 November``."""

Cell = list[int]  # the lines of a cell, by index


@define
class _Table:
    """A table of words found: its headings' lines, its rows of cells, and the headings printed run
    together over several columns (each kept whole on the first of its columns)."""

    headings: list[Cell]
    rows: list[list[Cell]]
    run_together: list[Cell] = Factory(list)

    def lines(self, page: list[Line]) -> list[Line]:
        """The table as Markdown rows after a blank line: its headings, the rule under them, a row per row
        of cells, each on its first cell's line; a blank line after."""
        top = self.headings[0][0]
        last = self.end() - 1
        heads = [_text(page, cell) for cell in self.headings]
        laid_out = [Line(page[top].number, "", page[top].page), _row(page, top, heads)]
        laid_out.append(_row(page, top, ["---"] * len(heads)))
        laid_out += [_row(page, row[0][0], [_text(page, cell) for cell in row]) for row in self.rows]
        return [*laid_out, Line(page[last].number, "", page[last].page)]

    def end(self) -> int:
        """The line after the table."""
        return max(index for row in self.rows for cell in row for index in cell) + 1

    def note(self, page: list[Line], code: str) -> Diagnostic:
        """What reading the table rests on: the layout alone, and perhaps headings that cannot be told apart."""
        from .lexer.decisions import DECISIONS  # the lexer reads the layout steps: imported on use

        where = page[self.headings[0][0]]
        if not self.run_together:
            return Diagnostic("info", code, f"{DECISIONS[code].why} (page {where.page})", where.number)
        together = "; ".join(f"'{_text(page, cell)}'" for cell in self.run_together)
        why = (
            f"a table printed column after column (page {where.page}): the headings of some columns were printed "
            f"as one line ({together}); each is kept whole as the heading of the first of its columns, the "
            "others' headings left empty"
        )
        return Diagnostic("warning", "table-headings-run-together", why, where.number)


Reader = Callable[[list[Line], list[Cell], int, list[Cell]], "_Table | None"]


def word_tables(page: list[Line], notes: list[Diagnostic] | None = None) -> list[Line]:
    """The tables of words of ``page`` printed a cell a block, row after row or column after column, laid
    out in rows; each reported in ``notes`` (``table-read-by-cells``, ``table-read-by-columns``, or a
    warning when headings ran together)."""
    if not headings_apart(page):
        return page
    blocks = [list(range(*block)) for block in line_blocks(page)]
    headings = [_heading(page, block) for block in blocks]
    result: list[Line] = []
    done = 0
    position = 0
    while position + 2 < len(blocks):
        found = _headed_table(page, blocks, headings, position) if headings[position + 1] else None
        if found is None:
            position += 1
            continue
        table, code = found
        result += page[done : table.headings[0][0]]
        result += table.lines(page)
        if notes is not None:
            notes.append(table.note(page, code))
        done = table.end()
        position = next((i for i, block in enumerate(blocks) if block[0] >= done), len(blocks))
    if not done and notes is not None:
        unread = _cells_unread(page, blocks, headings)
        if unread is not None:
            notes.append(unread)
    return result + page[done:] if done else page


def _cells_unread(page: list[Line], blocks: list[Cell], headings: list[bool]) -> Diagnostic | None:
    """A warning for a page where column headings (two or more blocks) stand over cells of words (as many
    blocks again, twice, two of them symbols or dates at least, no figure alone: a table of figures is read by
    `iomparse.column_blocks`, which says what it leaves) that no reading could put in rows: pdfminer printed
    them out of their order. The cells stay as text, and the document says so."""
    for position in range(len(blocks)):
        run = 0
        while position + run < len(blocks) and headings[position + run]:
            run += 1
        if run < 2:
            continue
        cells = blocks[position + run : position + 3 * run]
        texts = [_text(page, cell) for cell in cells]
        words = len(cells) == 2 * run and all(_cell(page, cell) for cell in cells)
        shaped = sum(_shape(text) in _WORD_TABLE for text in texts)
        if words and not any(map(FIGURE.fullmatch, texts)) and shaped >= 2:
            where = page[blocks[position][0]]
            heads = ", ".join(f"'{_text(page, block)}'" for block in blocks[position : position + run])
            why = (
                f"short lines standing apart under what read as column headings ({heads}, page {where.page}): "
                "the cells of a table whose rows cannot be told from the text; kept as text"
            )
            return Diagnostic("warning", "table-cells-unread", why, where.number)
    return None


def headings_apart(page: list[Line]) -> bool:
    """Whether ``page`` has two column headings a blank line apart, the second alone between blank lines: what
    a table of words printed a cell a block opens with (a quick test: most pages have none)."""
    texts = [line.text for line in page]
    for index in range(2, len(texts) - 1):
        text = texts[index]
        if not text or len(text) > 2 * _HEADING_WIDTH or _filled(texts[index - 1]) or _filled(texts[index + 1]):
            continue
        if _filled(texts[index - 2]) and _heading(page, [index]) and _heading(page, [index - 2]):
            return True
    return False


def _filled(text: str) -> bool:
    return bool(text) and not text.isspace()


def _headed_table(
    page: list[Line], blocks: list[Cell], headings: list[bool], position: int
) -> tuple[_Table, str] | None:
    """The table whose first column heading is the block ``blocks[position]`` (or its last line, glued under
    the paragraph or caption above), with as many more headings (``headings`` tells which blocks can be one)
    as a reader finds columns under them, and the code of the reader's decision."""
    block = blocks[position]
    first = block if headings[position] else block[-1:] if len(block) > 1 and _heading(page, block[-1:]) else None
    if first is None or _list_goes_on(blocks, headings, position):
        return None
    heads = [first]
    for at in range(position + 1, min(position + _MOST_COLUMNS, len(blocks))):
        if not headings[at]:
            break
        heads.append(blocks[at])
        for code, reader in _READERS:
            found = reader(page, blocks, at + 1, list(heads))
            if found is not None:
                return found, code
    return None


def _list_goes_on(blocks: list[Cell], headings: list[bool], position: int) -> bool:
    """Whether the block at ``position`` ends a list of short lines a block each that runs on from above
    (``Afghanistan`` / … / ``Kyrgyzstan`` / ``Liberia`` / …: a table's labels printed a cell a box, its
    columns' headings after them): no row of headings starts there."""
    above = range(position - _FEWEST_ROWS, position)
    return position >= _FEWEST_ROWS and all(headings[at] and len(blocks[at]) == 1 for at in above)


def _text(page: list[Line], cell: Cell) -> str:
    return " ".join(page[index].text.strip() for index in cell)


def _row(page: list[Line], at: int, cells: list[str]) -> Line:
    return Line(page[at].number, "| " + " | ".join(cells) + " |", page[at].page)


def _heading(page: list[Line], cell: Cell) -> bool:
    """Whether the lines ``cell`` are a column heading: a line or two, short, no figure (but a year among words:
    ``Baseline (2019)``), no final punctuation (but an abbreviation's: ``Resolution No.``), opening with a
    capital, no list label, not words in capitals (a title: ``CALENDAR OF CONSULTATIONS``), no header's line
    (``Original: English``, ``Annex I``)."""
    if len(cell) > _HEADING_LINES or len(page[cell[0]].text) > 2 * _HEADING_WIDTH:
        return False  # most blocks: a paragraph
    texts = [page[index].text.strip() for index in cell]
    return (
        not (texts[0].isupper() and " " in texts[0])
        and not any(":" in text for text in texts)  # Original: English, a header's line, no column heading
        and not _ANNEX_LABEL.match(texts[0])
        and all(len(text) <= _HEADING_WIDTH and "  " not in text for text in texts)
        and _no_figure(texts)
        and texts[0][:1].isupper()
        and (not texts[-1].endswith((".", ":", ";", ",")) or _NUMBER_WORD.search(texts[-1]) is not None)
        and not _LABEL.match(texts[0])
    )


_YEAR_WORD = re.compile(r"\(?(?:19|20)\d\d\)?")
"""A year among a heading's words (``Baseline (2019)``, ``Target 2025``): the only figure a heading of words holds."""


def _no_figure(texts: list[str]) -> bool:
    """Whether a heading's lines hold no figure but a year after a word or two (``Baseline (2019)``, ``Target
    2025``; not a caption's ``Meetings of the Working Group in 2012``)."""
    words = " ".join(texts).split()
    numbered = [word for word in words if any(c.isdigit() for c in word)]
    return not numbered or (len(words) <= _YEAR_HEADING_WORDS and all(map(_YEAR_WORD.fullmatch, numbered)))


_YEAR_HEADING_WORDS = 3


_NUMBER_WORD = re.compile(r"\bNo\.$")  # Resolution No.: a heading over numbers, its full stop an abbreviation's


def _cell(page: list[Line], cell: Cell) -> bool:
    """Whether the lines ``cell`` are a cell: three lines at most, narrower than the text when it wraps (but a
    wide cell whose last words wrapped onto a short line), words one space apart (no line laid out in
    columns), no list label first (``1.  Opening of the session`` is an item)."""
    return len(cell) <= _CELL_LINES and _cell_of(tuple(page[index].text for index in cell))


@lru_cache(maxsize=4096)
def _cell_of(lines: tuple[str, ...]) -> bool:
    """`_cell` of the lines' texts (asked again and again as the readers try each count of columns)."""
    texts = [line.strip() for line in lines]
    wrapped_once = len(texts) == 2 and len(texts[1]) < len(texts[0]) // 2  # … of the / Budget: a wide cell's end
    width = _CELL_WIDTH if len(texts) > 1 and not wrapped_once else _WIDE_CELL
    return (
        len(texts) <= _CELL_LINES
        and all(len(text) <= width and "  " not in text for text in texts)
        and not _LABEL.match(texts[0])
    )


def _line_cell(page: list[Line], index: int) -> bool:
    """Whether the line ``index`` is a cell of a column printed as a block: narrower than the text (two
    paragraphs of as many lines are no columns)."""
    return _cell(page, [index]) and len(page[index].text.strip()) <= _CELL_WIDTH


@lru_cache(maxsize=4096)
def _shape(text: str, *, days: bool = False) -> str:
    """What a cell holds, where it is more than words: a symbol, a date, or a number (perhaps with others:
    ``7 and 8``; a code: ``4.b``); with ``days``, a day named by its weekday is a date too (else words)."""
    if SYMBOL_CANDIDATE.fullmatch(text):
        return "symbol"
    if _DATE.fullmatch(text) or (days and _DAY.fullmatch(text)):
        return "date"
    if FIGURE.fullmatch(text) or (text[:1].isdigit() and not _NAMED_AFTER_NUMBER.match(text)):
        return "number"
    return "words" if sum(c.isalpha() for c in text) > 1 else "other"


_NAMED_AFTER_NUMBER = re.compile(r"[\d.]+\s*[–—-]\s*[^\W\d_]")
"""A name after a number and a dash (``4 – Quality education``, a goal): words, not a number (``7 and 8``,
``4.b``, ``10.7``, ``8 (cont'd)``, ``15 days``)."""


def _rows_after_headings(page: list[Line], blocks: list[Cell], start: int, headings: list[Cell]) -> _Table | None:
    """The rows of as many cells as ``headings`` printed a cell a block from ``blocks[start]`` on, as long as
    one column holds cells of one shape (a symbol, a date, a number) in every row, a shape no other column
    holds (else the cells of one row could be those of two), and another column mere words (a table of words:
    the cells of a table of figures are read by `iomparse.column_blocks`); two rows at least, and no cells
    going on after them."""
    count = len(headings)
    rows: list[list[Cell]] = []
    at = start
    while at + count <= len(blocks) and all(_cell(page, cell) for cell in blocks[at : at + count]):
        rows.append(blocks[at : at + count])
        at += count
    if len(rows) < 2:
        return None
    if _shaped_rows(page, rows, days=False) or _shaped_rows(page, rows, days=True):
        return _Table(headings, rows)  # (a timetable's days are its shaped column only where nothing else is)
    return None


def _shaped_rows(page: list[Line], rows: list[list[Cell]], *, days: bool) -> bool:
    """Whether ``rows`` (see `_rows_after_headings`) hold a column of cells of one shape no other column holds
    and a column of words, in every row (a day named by its weekday a date only with ``days``); or, three rows
    at least, the same shapes in the same order in every row, two columns of words and figures among them
    (``Affected people are informed`` / ``Percentage of …`` / ``46%`` / ``90%``: two columns of figures, as a cell
    missing would not leave every row alike)."""
    count = len(rows[0])
    shapes = [[_shape(_text(page, cell), days=days) for cell in row] for row in rows]
    alike = all(row == shapes[0] for row in shapes)
    if alike and len(rows) >= _ALIKE_ROWS and shapes[0].count("words") >= 2 and set(shapes[0]) & _SHAPED:
        return True  # (a table of words with figures beside: one column of words and figures is column_blocks')
    shaped, worded = 0, 0
    for column in range(count):
        shape = shapes[0][column]
        alone = shape == "words"  # words may stand in several columns; another shape in this one only
        length = next(
            (n for n, row in enumerate(shapes) if row[column] != shape or (not alone and row.count(shape) > 1)),
            len(shapes),
        )
        if shape == "words":
            worded = max(worded, length)
        elif shape != "other":
            shaped = max(shaped, length)
    return min(shaped, worded) == len(rows)  # (else cells going on past the rows that fit: no rows told)


_ALIKE_ROWS = 3
_SHAPED = frozenset({"number", "date", "symbol"})


def _columns_after_headings(page: list[Line], blocks: list[Cell], start: int, headings: list[Cell]) -> _Table | None:
    """The table printed a column a block from ``blocks[start]`` on: as many blocks as ``headings`` of as many
    lines each (three at least), each line a cell, one of them of words; then perhaps further columns of as
    many lines, after a heading of their own, or of several of them run together on one line."""
    count = len(headings)
    columns = blocks[start : start + count]
    if len(columns) < count or len({len(column) for column in columns}) != 1 or len(columns[0]) < _FEWEST_ROWS:
        return None
    if not all(_line_cell(page, index) for column in columns for index in column):
        return None
    if not any(all(_shape(page[index].text.strip()) == "words" for index in column) for column in columns):
        return None  # a table of figures: read by `iomparse.column_blocks`
    height = len(columns[0])
    headings, run_together = list(headings), []
    at = start + count
    while at < len(blocks):
        heading, column, taken = _further_column(page, blocks, at, height)
        if column is None:
            break
        if not heading and headings[-1] and headings[-1] not in run_together:
            run_together.append(headings[-1])  # Established Role of IOM: the headings of two columns on one line
        headings.append(heading)
        columns.append(column)
        at += taken
    rows = [[[column[row]] for column in columns] for row in range(height)]
    return _Table(headings, rows, run_together)


def _further_column(page: list[Line], blocks: list[Cell], at: int, height: int) -> tuple[Cell, Cell | None, int]:
    """A further column of ``height`` lines at ``blocks[at]``: its heading (perhaps none) and its cells, and
    how many blocks it takes: a heading block then the column, a block of the heading atop the column, or
    the column alone."""
    block = blocks[at]
    below = blocks[at + 1] if at + 1 < len(blocks) else []
    if _heading(page, block) and _column_of(page, below, height):
        return block, below, 2
    top = len(block) - height
    headed = 0 <= top <= _HEADING_LINES and (not top or _heading(page, block[:top]))
    if headed and _column_of(page, block[top:], height):
        return block[:top], block[top:], 1
    return [], None, 0


def _column_of(page: list[Line], block: Cell, height: int) -> bool:
    return len(block) == height and all(_line_cell(page, index) for index in block)


def _columns_by_shape(page: list[Line], blocks: list[Cell], start: int, headings: list[Cell]) -> _Table | None:
    """The table whose cells pdfminer printed a cell a block but out of their rows (a column's cells after the
    others', two columns' cells taking turns), read by what the cells hold: each column holds cells of one
    shape (a symbol, a date, a number, words) in its rows from top to bottom, so the n-th cell of each column
    makes the n-th row. A shape may fill one column, or several whose cells each follow one another unbroken,
    another column's cells between them (else the cells of the two could be taking turns); one column at
    least holds words and another a symbol, a date or a number. The cells from ``blocks[start]`` to the next
    paragraph or the page's end must so fill as many columns as ``headings`` of as many cells each, three at
    least (cells left over could be the table's), and none of them an amount (a table of figures, read by the
    steps for those); a first cell that could be a column heading leaves the headings uncertain: no table."""
    count = len(headings)
    cells: list[Cell] = []
    for block in blocks[start:]:
        if _amount(_text(page, block)) or _amount(page[block[0]].text.strip()):
            return None  # a table of figures (its labels and notes column before): read by the steps for those
        if not _cell(page, block):
            break
        cells.append(block)
    if not cells or _heading(page, cells[0]) or len(cells) % count or len(cells) < _FEWEST_ROWS * count:
        return None
    columns = _shaped_columns([_shape(_text(page, cell)) for cell in cells], count)
    if columns is None:
        return None
    return _Table(headings, [[cells[column[row]] for column in columns] for row in range(len(cells) // count)])


def _unbroken(indexes: list[int]) -> bool:
    return indexes[-1] - indexes[0] + 1 == len(indexes)


def _amount(text: str) -> bool:
    """Whether ``text`` is a figure alone longer than an item's number (``41,986,000``, ``12.5%``, a dash)."""
    return FIGURE.fullmatch(text) is not None and (len(text) > 3 or not text[:1].isdigit())


def _shaped_columns(shapes: list[str], count: int) -> list[list[int]] | None:
    """The cells (by index) of ``count`` columns of as many cells each, in the order their first cells come,
    when ``shapes`` so divide (see `_columns_by_shape`), else None."""
    height = len(shapes) // count
    columns: list[list[int]] = []
    for shape in dict.fromkeys(shapes):
        indexes = [index for index, each in enumerate(shapes) if each == shape]
        if shape == "other" or len(indexes) % height:
            return None
        parts = [indexes[at : at + height] for at in range(0, len(indexes), height)]
        if len(parts) > 1 and (_unbroken(indexes) or not all(map(_unbroken, parts))):
            return None  # two columns of one shape, their cells taking turns or perhaps so: the rows cannot be told
        columns += parts
    kinds = set(shapes)
    if len(columns) != count or "words" not in kinds or not kinds & {"symbol", "date", "number"}:
        return None
    return sorted(columns)


_WORD_TABLE = ("symbol", "date")  # the shapes that tell a table of words from a list of short lines

_READERS: tuple[tuple[str, Reader], ...] = (
    ("table-read-by-cells", _rows_after_headings),
    ("table-read-by-columns", _columns_after_headings),
    ("table-read-by-shapes", _columns_by_shape),
)
