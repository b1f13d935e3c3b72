"""Tables printed column by column whose figures cannot all be put back in rows.

Without ``-layout``, pdftotext and pdfminer print a table as blocks: its row labels one a line, then each
column's figures, often under its heading. Where every column holds a figure per label, `reading_order`
lays the table out again in rows. Often some cannot: an extractor drops the dashes that stand for nothing (a
column of 23 rows prints 6 figures), or a group label with no figures of its own (``Assets``) splits the
columns into blocks whose order differs from one extractor to the next. Which figure belongs to which row
cannot then be told from the text.

This step keeps what can be told. After a caption, a block of row labels followed by blocks of figures is
a table: its rows are the labels, its columns those holding exactly a figure per row (with their headings
where these can be matched), and the figures that fit no row stay, in their order, as lines after the table.
The decision (`table-figures-unplaced`) is reported as a warning: the table is incomplete.

Some cases can be told after all. pdftotext breaks every column at the same row (a label wrapped onto a
second line, a group's label with no figures), so the columns come in groups whose heights add up to the
labels, one line more at each break: the columns are put back together (`_regrouped`). pdfminer prints the
labels in blocks where the rows part and each column in as many pieces, one column after the other: the
pieces' heights tell which rows they hold (`_pieced`, ``table-read-in-pieces``), its caption perhaps printed
after the labels. And a total row printed a cell a line after the columns ends the table (`_with_row_after`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import pairwise

from attrs import define, evolve

from .model import Diagnostic
from .reading_order import (
    CAPTION,
    CONTINUED,
    ENDS_WITH_UNIT,
    FIGURE,
    FURNITURE_LINE,
    GROUP_LABELS,
    NOTE_REFERENCE,
    NUMBER_ALONE,
    STATEMENT_LABEL,
    STATEMENT_TITLE,
    TABLE_CAPTION,
    TOTAL,
    UNIT,
    UNIT_AT_END,
    WIDE_GAP,
    YEAR,
    amount_value,
    brackets_closed,
    line_blocks,
    row_label,
    uneven_figures_between,
    with_units,
    years_in_turn,
)
from .source import Line
from .symbols import SYMBOL_CANDIDATE
from .values import FULL_DATE

_APART = re.compile(r"\d{1,2}|[IVXLC]{1,6}\.|[A-H]\.|[a-h]")
"""A footnote's number or a section's label printed apart, which may end a block of labels (its text comes
after the table's figures), or the letter of a note under the table (``Total`` / ``a``)."""
_LABELLED_ROW = re.compile(r"(?:[IVXLC]{1,6}\.\d{0,2}|\d{1,2}(?:\.\d{1,2})+|[A-H]\.)\s")
"""A row label opening with its number (``II.2 Health``, ``III. Development``, ``2.1 Staff``): no column's
heading."""
_TABLE_LABEL = re.compile(r"(?:Table|TABLE) \d{1,2}\b")
"""A table's label opening its caption: ``Table 3`` (``Table 3 (cont’d)``)."""
_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)")
"""A column's number printed under its heading (``(1)``), which the text may cite (``column (3)``)."""
_PAGE_LABEL = re.compile(r"Page \d{1,3}")
_NOTE_NUMBER = re.compile(r"\d{1,2}")
"""A footnote's number alone on its line."""
_SECTION_OPENING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-H]\.)\s")
"""A section's number opening a line (``2.4  Net assets``): a heading printed among a table's boxes."""
_NUMBERED = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-H])\.\s")
"""A numbered heading's label opening a line (``I. Movement, …``): no row label of a table's."""
_AS_AT_DATE = re.compile(rf"\S \S+ as (?:at|of) {FULL_DATE.pattern}$")
"""A table's title ending with the date its figures stand at (``Contributions outstanding as at 31 July
2017``), atop its labels."""
_TABLE_NOTE = re.compile(r"(?:[a-e*]|Notes?:|Source:)\s+\S")
"""A note under a table (``a Before the allocations …``), which pdfminer may print before its figures."""
_WRAPPED_SHARE = 0.8  # a label this long of the longest can wrap onto the next line
_WRAPPED_LENGTH = 25  # characters: a label shorter than this wraps onto no second line
_WRAPPED_LABEL = 90  # characters: a label wrapped over two lines of its column, made one, at most
_NO_FIGURE = -1
"""The place of the figure a group's label does not have (``Expenses``), among a column's lines."""
_CELL_FIGURES = 4  # a row's figures printed a cell a line under its label, at most (a notes column's among them)
_CELL_ROWS = 3  # row labels among the figures, at least, of a table printed a cell a line
_HEADING_LINES = 3  # a column heading wraps over three lines at most
_SHORT = 40  # characters: a column heading
_STUB_LINES = 4  # lines atop the labels that can be the headings of the label column and of columns
_COLUMNS_IN_ONE = 6  # columns whose figures pdfminer may print as one run of boxes, at most
_LABEL_BLOCKS = 16  # blocks of labels and headings a table printed in pieces has at most (each looked at once)
_PIECE_ROWS = 5  # rows: each piece of a long list of labels read where it runs on holds as many at least
_TITLE_WORDS = 5  # words: a table's title in capitals holds as many at least (a group's label fewer)
_CAPTION_WORDS = 4  # words: a caption ending with its unit holds as many at least (a row label fewer)
_CAPTION_DISTANCE = 18  # lines: the caption stands at most this far above the labels (column headings between)

Block = list[int]  # the lines of a block, by index
Column = tuple[list[int], list[int]]  # a column's heading lines and its figures' lines
Reader = Callable[[list[Line], list[Block], int], "_Found | None"]  # a table starting at a block, if one does


def table_figures_unplaced(page: list[Line], notes: list[Diagnostic] | None = None) -> list[Line]:
    """The tables of ``page`` printed column by column whose columns do not all hold a figure per row, laid
    out as Markdown tables of the columns that do; the other figures follow each table as lines. Each table
    is reported in ``notes``: an ``info`` when every figure found its row, else a ``warning``."""
    if sum(1 for line in page if FIGURE.fullmatch(line.text.strip())) < 6:
        return page
    blocks = _boxes_joined(page, [list(range(*block)) for block in line_blocks(page)])
    return _read_tables(
        page,
        blocks,
        (
            _unordered,
            _columns_in_order,
            _labels_last_untold,
            _table,
            _pieced,
            _table_in_groups,
            _order_untold,
            _summed_table,
        ),
        notes,
    )


def figures_first_tables(page: list[Line]) -> list[Line]:
    """The tables of ``page`` that pdftotext printed figures first (see `_figures_first`), laid out as
    Markdown tables (before the steps that read columns after their labels take their last groups)."""
    if sum(1 for line in page if FIGURE.fullmatch(line.text.strip())) < 6:
        return page
    blocks = [list(range(*block)) for block in line_blocks(page)]
    if _figures_boxed(page, blocks):
        return page  # (pdfminer's boxes: no group's height tells its rows)
    return _read_tables(page, blocks, (_figures_first,), None)


def _figures_boxed(page: list[Line], blocks: list[Block]) -> bool:
    """Whether most figures of a page stand a box each, a blank line around them (pdfminer's padded cells)."""
    figures = [len(block) for block in blocks for row in block if FIGURE.fullmatch(page[row].text.strip())]
    return bool(figures) and figures.count(1) > _BOXED_SHARE * len(figures)


_BOXED_SHARE = 0.8


def labels_after_figures(page: list[Line]) -> list[Line]:
    """``page`` with the label column of a table that pdfminer printed last put back before its columns.

    pdfminer orders a page's boxes by its own reading of the layout, and on some pages of a long table it
    prints the columns first: each column's heading (``IOM scale`` / ``2011 (%)``), then each column's
    figures (in pieces where a cell is empty or a label wraps), and only then the label column, its heading
    atop (``Member State`` / ``Guinea`` / ``Guinea-Bissau`` / …, a wrapped label's end on a line of its own),
    running to the page's end, its furniture or the table's notes (pdftotext prints the labels' heading
    first, over the columns' headings, and the labels alone after the figures: ``Member States`` / ``2016 (%)``
    / … / ``Thailand`` / …). The labels, with their heading, are moved above the first column's heading,
    where the other pages of the table print them, so that the steps reading tables column by column read
    this page too. The columns' headings must be two blocks at least,
    from the first (no caption, no furniture, no labels right before them), each column in a few pieces (not
    a box a figure: columns taking turns), and the figures more than one column's for the labels' lines and
    no more than as many columns as headings hold."""
    if sum(1 for line in page if FIGURE.fullmatch(line.text.strip())) < 2 * _LABELS_LAST_ROWS:
        return page
    blocks = [list(range(*block)) for block in line_blocks(page)]
    for start in range(len(blocks)):
        if start and _heads_a_column(page, blocks[start - 1]):
            continue  # (the columns' headings from their first)
        heads = start
        while heads < len(blocks) and _heads_a_column(page, blocks[heads]):
            heads += 1
        moved = None if _labels_before(page, blocks, start) else _labels_printed_last(page, blocks, start, heads)
        if moved is not None:
            first, taken = blocks[start][0], set(moved)
            kept = [row for row in range(first, len(page)) if row not in taken]
            blank = page[moved[-1]]._replace(text="")
            return [*page[:first], *(page[row] for row in moved), blank, *(page[row] for row in kept)]
    return page


def boxed_columns_summed(page: list[Line]) -> list[Line]:
    """``page`` with a table pdfminer printed a box a figure, column after column, put in the order plain
    pdftotext prints such a table: the labels a block, then each column's figures a block, which
    `iomparse.reading_order.table_columns` lays out in rows. Its label column comes before the figures
    (``Africa`` / … / ``Total``, then ``8,412`` / ``61,230`` / …) or after them (``2`` / ``6`` / … /
    ``178``, …, then ``Grade`` / ``D-2`` / … / ``Total``), a box each.

    Which figure belongs to which row a box a figure cannot show, so this holds only where the text proves
    it: the labels end with a total, the figures are as many as the rows times a number of columns, and the
    total row adds up each column so cut: down each column (its last figure), or printed after the columns
    of the other rows, a figure a column (a total row in bold, a box of its own). Rows labelled by years
    (``2009`` / … / ``2013``, the columns' headings, then the figures) are read where a total column printed
    after the others adds up each row (`_boxed_years_table`)."""
    if sum(1 for line in page if FIGURE.fullmatch(line.text.strip())) < _BOXED_FIGURES:
        return page
    boxes = line_blocks(page)
    run = 0
    while run < len(boxes):
        if not _figure_box(page, boxes[run]):
            run += 1
            continue
        end = run
        while end < len(boxes) and _figure_box(page, boxes[end]):
            end += 1
        found = _boxed_table(page, boxes, run, end) or _boxed_years_table(page, boxes, run, end)
        if found is not None:
            kept, labels, columns, region = found
            result = page[: region[0]]
            for row, following in itertools.zip_longest(kept, kept[1:]):  # (each heading a block, as pdftotext
                result += [page[row]] if following == row + 1 else [page[row], page[row]._replace(text="")]  # prints)
            result += [page[row] for row in labels]
            for column in columns:  # (each block after a blank line: the lines keep their numbers)
                result += [page[column[0]]._replace(text=""), *(page[row] for row in column)]
            return [*result, page[region[1] - 1]._replace(text=""), *page[region[1] :]]
        run = end
    return page


def _boxed_table(
    page: list[Line], boxes: list[tuple[int, int]], run: int, end: int
) -> tuple[list[int], list[int], list[list[int]], tuple[int, int]] | None:
    """The table whose figures are the boxes ``run`` to ``end``: the lines to keep above its labels (its
    columns' headings printed between the labels and the figures, and the years heading the columns printed
    among the figures), its labels' lines, its columns, and the lines it spans."""
    after = end
    while after < len(boxes) and _label_box(page, boxes[after]):
        after += 1
    before = run
    while before > 0 and _label_box(page, boxes[before - 1]):
        before -= 1
    following = [boxes[at][0] for at in range(end, after)]
    preceding = [boxes[at][0] for at in range(before, run)]
    windows: list[list[int]] = []
    ends = [at for at, row in enumerate(following) if TOTAL.fullmatch(page[row].text.strip())]
    windows += [following[: ends[0] + 1]] if ends else []  # (after the figures: their first total ends them)
    for last in reversed([at for at, row in enumerate(preceding) if TOTAL.fullmatch(page[row].text.strip())]):
        windows += [  # (before them: a total ends them, the nearest first, its columns' headings printed after
            # it perhaps; the longest first, no other total row among them: ``Total`` / ``Officials`` / …
            # / ``Total`` holds a column's heading)
            preceding[first : last + 1]
            for first in range(last + 2 - _BOXED_ROWS)
            if not any(page[row].text.strip() in ("Total", "TOTAL") for row in preceding[first:last])
        ]
    for labels in windows:
        if any(_YEAR_OPENS.match(page[row].text.strip()) for row in labels):
            continue  # (rows that years label: read as figures, the steps after read them better as they are)
        for start in range(run, min(end, run + _YEARS_ATOP + 1)):  # (the columns' years atop, figures too)
            if start > run and not YEAR.fullmatch(page[boxes[start - 1][0]].text.strip()):
                break  # (an amount: a figure of the table's, no heading of its columns)
            columns = _summed_columns(page, [boxes[at][0] for at in range(start, end)], labels)
            if columns is None:
                continue
            stub = labels[: len(labels) - len(columns[0])]  # (the label column's heading, if printed)
            kept = [*stub, *(row for row in preceding if row > labels[-1]), *(boxes[at][0] for at in range(run, start))]
            if labels[0] in following:
                return kept, labels[len(stub) :], columns, (boxes[run][0], boxes[end + len(labels) - 1][1])
            more, headings, last = _columns_going_on(page, boxes, end, len(columns[0]), len(columns))
            return [*kept, *headings], labels[len(stub) :], [*columns, *more], (labels[0], boxes[last - 1][1])
    return None


def _boxed_years_table(
    page: list[Line], boxes: list[tuple[int, int]], run: int, end: int
) -> tuple[list[int], list[int], list[list[int]], tuple[int, int]] | None:
    """The table whose row labels are the boxes ``run`` to ``end``, years one after the other (``2009`` /
    … / ``2013``, its ``Year`` heading above them): its columns' headings after them, a box each, then the
    columns' figures a box each, column after column, then a total column under its heading, printed apart,
    which adds up each row and so tells the columns apart. The lines to keep above the labels (the headings),
    the labels' lines, the columns and the lines the table spans; None where the boxes hold no such table."""
    years = [boxes[at][0] for at in range(run, end)]
    if len(years) < _BOXED_ROWS or not years_in_turn([page[row].text.strip() for row in years]):
        return None
    heads = end
    while (
        heads < len(boxes) and not _figure_box(page, boxes[heads]) and _heads_a_column(page, list(range(*boxes[heads])))
    ):
        heads += 1
    last = heads
    while last < len(boxes) and _figure_box(page, boxes[last]):
        last += 1
    figures = [boxes[at][0] for at in range(heads, last)]
    if heads == end or not figures or len(figures) % len(years):
        return None
    columns = [figures[at : at + len(years)] for at in range(0, len(figures), len(years))]
    more, headings, after = _columns_going_on(page, boxes, last, len(years), len(columns))
    if len(more) != 1 or not TOTAL.fullmatch(page[headings[0]].text.strip()):
        return None
    if not all(_sums_to_last(page, list(row)) for row in zip(*columns, *more, strict=True)):
        return None  # (the total column adds up each row only where the columns were cut right)
    kept = [row for at in range(end, heads) for row in range(*boxes[at])] + headings
    stub = [boxes[run - 1][0]] if run and _label_box(page, boxes[run - 1]) else []
    first = stub[0] if stub else years[0]
    return [*stub, *kept], years, [*columns, *more], (first, boxes[after - 1][1])


def _columns_going_on(
    page: list[Line], boxes: list[tuple[int, int]], at: int, height: int, width: int
) -> tuple[list[list[int]], list[int], int]:
    """The columns printed after the ``width`` columns of a boxed table's figures, from the box ``at`` on, each
    its heading then as many figures as the rows (``Total`` / ``68,522`` / … / ``416,235``, a column pdfminer
    read apart): the columns, their headings' lines, and the box after them. Where the rows are as many as
    the columns, a label and as many figures may be a row printed after them as well: none is taken."""
    columns: list[list[int]] = []
    headings: list[int] = []
    while height != width and at < len(boxes) and _heads_a_column(page, list(range(*boxes[at]))):
        figures = range(at + 1, at + 1 + height)
        if figures.stop > len(boxes) or not all(_figure_box(page, boxes[box]) for box in figures):
            break
        if figures.stop < len(boxes) and _figure_box(page, boxes[figures.stop]):
            break  # (more figures than rows: no column of this table's)
        headings += range(*boxes[at])
        columns.append([boxes[box][0] for box in figures])
        at = figures.stop
    return columns, headings, at


_YEAR_OPENS = re.compile(r"(?:19|20)\d\d\b")  # a row's label opening with a year (``2014 and earlier``)
_BOXED_FIGURES = 6  # figures on a page, at least, for a table of them printed a box a figure
_BOXED_ROWS = 3  # labels, at least, of such a table (its total's among them)
_YEARS_ATOP = 12  # boxes of years heading the columns, at most, before the first column's figures


def _figure_box(page: list[Line], block: tuple[int, int]) -> bool:
    """Whether a block is one figure alone (pdfminer's box of a cell)."""
    return block[1] - block[0] == 1 and FIGURE.fullmatch(page[block[0]].text.strip()) is not None


def _label_box(page: list[Line], block: tuple[int, int]) -> bool:
    """Whether a block is one row label alone (pdfminer's box of a cell)."""
    return block[1] - block[0] == 1 and _row_label(page[block[0]].text.strip())


def _summed_columns(page: list[Line], figures: list[int], labels: list[int]) -> list[list[int]] | None:
    """The figures cut in columns of as many as the rows (the ``labels``, the first perhaps the label column's
    heading, the last a total), where the total row adds up each column: down the column, its last figure,
    or printed after the columns of the other rows, a figure each (`_columns_summed`); None where it does not
    (which figure is which row's is then untold)."""
    for height in (len(labels), len(labels) - 1):  # (the label column's heading atop its labels)
        if height < _BOXED_ROWS or len(figures) % height or len(figures) // height < 2:
            continue
        down = [figures[at : at + height] for at in range(0, len(figures), height)]
        if all(_sums_to_last(page, column) for column in down):
            return down
        across = _columns_summed(page, figures, height)
        if across is not None:
            return across
    return None


def _sums_to_last(page: list[Line], column: list[int]) -> bool:
    """Whether the last figure of a column is the sum of those above it, to their rounding (none of them all
    nothing)."""
    values = [amount_value(page[row].text.strip()) for row in column]
    if any(value is None for value in values) or not any(values[:-1]):
        return False
    rows = column[:-1]
    return abs(sum(v for v in values[:-1] if v is not None) - (values[-1] or 0.0)) <= _rounding(page, rows) * len(rows)


def _heads_a_column(page: list[Line], block: Block) -> bool:
    """Whether a block is a column's heading alone: one to three short lines, no figure but a year, no
    furniture (``SCPF/63`` / ``Annex`` / ``Page 2``), no caption alone (``SCHEDULE 1 (continued)``)."""
    texts = [page[row].text.strip() for row in block]
    if _is_furniture(page, block) or (len(texts) == 1 and _is_caption(texts[0])):
        return False
    return len(texts) <= _HEADING_LINES and all(
        len(text) <= _SHORT and not text.endswith(".") and not (FIGURE.fullmatch(text) and not YEAR.fullmatch(text))
        for text in texts
    )


def _labels_printed_last(page: list[Line], blocks: list[Block], start: int, heads: int) -> list[int] | None:
    """The lines of the label column (its heading first) printed after the columns headed by
    ``blocks[start:heads]``, if the page prints a table so; else None."""
    columns = heads - start
    if columns < 2:
        return None
    at = heads
    figures = 0
    while at < len(blocks) and all(FIGURE.fullmatch(page[row].text.strip()) for row in blocks[at]):
        figures += len(blocks[at])
        at += 1
    if at == heads or at == len(blocks) or at - heads > _PIECES_A_COLUMN * columns:
        return None  # (a box a figure: columns whose figures take turns, which no move puts in order)
    if len(blocks[at]) == 1 and _heads_a_column(page, blocks[at]) and not _names_a_row_alone(page, blocks, at):
        moved = list(blocks[at])  # Member State (pdfminer prints the label column's box whole: its heading atop)
        at += 1
    elif columns > 2 and _labels_heading(page, blocks[start]) and len(blocks[at]) >= _LABELS_LAST_ROWS:
        moved, columns = list(blocks[start]), columns - 1  # Member States / 2016 (%) / 2017 (%) / figures /
        # labels: the heading of the labels printed first, over the columns' (pdftotext)
    else:
        return None
    labels = 0
    while at < len(blocks) and not _is_furniture(page, blocks[at]):
        if _TABLE_NOTE.match(note := page[blocks[at][0]].text.strip()) or _NUMBERED_NOTE.match(note):
            break  # a Admitted to membership …, 1 Admitted in 2023: the table's notes under it
        if labels >= _LABELS_LAST_ROWS and _note_after_marks(page, moved, page[blocks[at][-1]].text.strip()):
            break  # … / TOTAL / * , then * New Member States admitted …, its mark printed among the labels
        if not all(_in_label_column(page[row].text.strip()) for row in blocks[at]):
            return None  # text after the labels: no label column printed last
        labels += len(blocks[at])
        moved += blocks[at]
        at += 1
    while moved and _NOTE_MARK.fullmatch(page[moved[-1]].text.strip()):
        moved.pop()  # a note's mark under the labels (``*``): the note's, left where it is
        labels -= 1
    if labels < _LABELS_LAST_ROWS or not labels < figures <= columns * labels:
        return None
    return moved


def _labels_heading(page: list[Line], block: Block) -> bool:
    """Whether a block is the heading of a label column alone: one line of words (``Member States``), no
    figure or year (``2030`` heads a column of figures)."""
    return len(block) == 1 and not any(character.isdigit() for character in page[block[0]].text)


_NOTE_MARK = re.compile(r"\*{1,3}|[a-e]")
"""A note's mark alone on its line: ``*``, ``a``."""


def _note_after_marks(page: list[Line], moved: list[int], text: str) -> bool:
    """Whether ``text``, the last line of a block after a label column ending with a note's mark alone
    (``*``), ends that note's text, the mark printed apart: a sentence."""
    return bool(moved) and _NOTE_MARK.fullmatch(page[moved[-1]].text.strip()) is not None and text.endswith(".")


def _labels_before(page: list[Line], blocks: list[Block], start: int) -> bool:
    """Whether the block right before the columns' headings at ``blocks[start]`` holds row labels (five at
    least): the table printed its labels first, and what follows its columns is no label column of it."""
    if not start:
        return False
    texts = [page[row].text.strip() for row in blocks[start - 1]]
    return len(texts) >= _LABELS_LAST_ROWS and all(map(_names_a_row, texts))


def _in_label_column(text: str) -> bool:
    """Whether a line can be one of a label column's: a row's label, or the end of one wrapped onto a second
    line (``of)``, ``Republic a``, ``Northern Ireland``: short, no digit, no stop), which
    `reading_order.wrapped_row_labels` joins."""
    wrapped = (
        len(text) <= _SHORT
        and not any(character.isdigit() for character in text)
        and not text.endswith((".", ":", ";"))
    )
    return _names_a_row(text) or wrapped


def _names_a_row_alone(page: list[Line], blocks: list[Block], at: int) -> bool:
    """Whether a one-line block is the first of the labels (the block after it is no label) rather than their
    heading."""
    return at + 1 >= len(blocks) or _is_furniture(page, blocks[at + 1])


_LABELS_LAST_ROWS = 5  # labels, at least, of a table whose label column pdfminer printed after its figures
_HEADED_LABELS = 6  # label lines before columns' headings that read as labels (five rows and their heading)
_NUMBERED_NOTE = re.compile(r"\d{1,2}\s+[A-Z]")  # a note under a table, numbered: ``1 Admitted in 2023``
_PIECES_A_COLUMN = 6  # pieces, at most, a column printed before its labels comes in (where cells are empty)


def _read_tables(
    page: list[Line], blocks: list[Block], readers: tuple[Reader, ...], notes: list[Diagnostic] | None
) -> list[Line]:
    """``page`` with the tables the ``readers`` find (each tried at each of its ``blocks`` in turn) laid out."""
    result: list[Line] = []
    done = 0
    position = 0
    while position < len(blocks):
        found = next((table for reader in readers if (table := reader(page, blocks, position))), None)
        if found is None or min([found.labels[0], *found.taken, *found.left]) < done:
            position += 1  # (a table taking lines of the one laid out above: its caption is none of its)
            continue
        found = _with_labels_after(page, blocks, _with_row_after(page, _totals_summed(page, found)))
        page, found = _number_on_its_text(page, found)
        page, found = _numbers_on_their_notes(page, found)
        if not done:  # the page's first table: a running header among its blocks is printed atop the page
            header = _running_header(page, found.left)
            result += [Line(page[0].number, line.text, line.page) for line in _apart(page, header)]
            found = evolve(found, left=[row for row in found.left if row not in header])
        result += [page[row] for row in range(done, found.labels[0]) if row not in found.taken]
        if found.caption is not None:  # printed between the labels and the figures: put above them, on the
            landing = page[min([found.labels[0], *found.taken])]  # table's first line (the lines in order)
            result += [Line(landing.number, text, landing.page) for text in ("", page[found.caption].text)]
        captioned = _caption_last(result)
        if captioned:
            while not result[-1].text.strip():
                result.pop()  # the caption right above the table, as -layout prints it
        result += found.rows(page, opening=not captioned)
        result += _apart(page, found.left)
        if notes is not None:
            notes.append(found.note(page))
        done = found.end
        position = next((i for i, block in enumerate(blocks) if block[0] >= done), len(blocks))
    return result + page[done:] if done else page


def _number_on_its_text(page: list[Line], found: _Found) -> tuple[list[Line], _Found]:
    """The page with the number of the paragraph or section after the table, printed among the table's blocks
    (see `_paragraph_number`), put before its first line of text (its own line left out), as
    `reading_order.late_paragraph_numbers` puts a number printed late; the table without it."""
    numbers = [row for row in found.left if NUMBER_ALONE.fullmatch(page[row].text.strip())]
    lines = (row for row in range(found.end, len(page)) if page[row].text.strip())
    text = next((row for row in lines if not FIGURE.fullmatch(page[row].text.strip())), None)  # (a note's
    if len(numbers) != 1 or text is None or NUMBER_ALONE.match(page[text].text.strip()):  # number apart)
        return page, found
    line = page[text]
    numbered = Line(line.number, f"{page[numbers[0]].text.strip()} {line.text.strip()}", line.page)
    left = [row for row in found.left if row != numbers[0]]
    return [*page[:text], numbered, *page[text + 1 :]], evolve(found, left=left)


def _numbers_on_their_notes(page: list[Line], found: _Found) -> tuple[list[Line], _Found]:
    """The page with the numbers of the notes at its foot, printed apart among the table's blocks (``6`` /
    ``7``), put before their texts, which end the page after the table (each opening with a capital after a
    sentence's end: ``Calculated on …`` / ``franc; the …`` / ``Admitted on …``), in order; the table without
    them. Nothing moves unless the page holds as many such texts after the table as numbers."""
    numbers = [row for row in found.left if _NOTE_NUMBER.fullmatch(page[row].text.strip())]
    if not numbers or not _in_sequence([page[row].text for row in numbers]):
        return page, found
    lines = [row for row in range(found.end, len(page)) if page[row].text.strip()]
    starts = [
        row
        for at, row in enumerate(lines)
        if page[row].text.strip()[:1].isupper() and (at == 0 or page[lines[at - 1]].text.rstrip().endswith("."))
    ]
    if len(starts) != len(numbers) or not lines or starts[0] != lines[0]:
        return page, found
    page = list(page)
    for number, row in zip(numbers, starts, strict=True):
        line = page[row]
        page[row] = Line(line.number, f"{page[number].text.strip()} {line.text.strip()}", line.page)
    return page, evolve(found, left=[row for row in found.left if row not in numbers])


def _running_header(page: list[Line], rows: list[int]) -> list[int]:
    """Of ``rows``, those of a running header, which pdfminer may print among a table's boxes: lines one after
    the other of furniture only (``MC/2057`` / ``Annex`` / ``Page 1``), a page label among them."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and runs[-1][-1] == row - 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    paged = (run for run in runs if any(_PAGE_LABEL.fullmatch(page[row].text.strip()) for row in run))
    return next((run for run in paged if _is_furniture(page, run)), [])


def _caption_last(lines: list[Line]) -> bool:
    """Whether the last line of text of ``lines`` is a table's caption."""
    last = next((line.text.strip() for line in reversed(lines) if line.text.strip()), None)
    return last is not None and _is_caption(last)


def _apart(page: list[Line], rows: list[int]) -> list[Line]:
    """The lines ``rows`` in blocks as they were printed, a blank line after each."""
    lines: list[Line] = []
    for index, row in enumerate(rows):
        lines.append(page[row])
        if index + 1 == len(rows) or rows[index + 1] != row + 1:
            lines.append(Line(page[row].number, "", page[row].page))
    return lines


@define
class _Found:
    """A table found: its row labels (line indexes), the heading of their column, its columns of a figure
    per row with their headings, the lines that fit no row, the line after it, and the lines above its
    first label that it takes (headings, or lines moved among those that fit no row)."""

    labels: list[int]
    stub: int | None
    columns: list[Column]
    left: list[int]
    end: int
    taken: set[int]
    wrapped: dict[int, int]  # a row label's line → the line its label wrapped onto
    caption: int | None = None  # the caption's line, where it was printed after the labels
    pieces: bool = False  # whether each column came in pieces, put together by their heights (`_pieced`)
    summed: bool = False  # whether the total row was placed by its sums (`_totals_summed`)

    def note(self, page: list[Line]) -> Diagnostic:
        """What the reading of the table rests on, and what it left."""
        where = page[self.labels[0]]
        figures = [row for row in self.left if FIGURE.fullmatch(page[row].text.strip())]
        if not figures and (self.pieces or self.summed):
            from .lexer.decisions import DECISIONS  # (here: the lexer's package reads pages through this module)

            code = "table-read-in-pieces" if self.pieces else "table-totals-summed"
            return Diagnostic("info", code, f"{DECISIONS[code].why} (page {where.page})", where.number)
        if not figures:
            why = f"a table printed column after column, laid out in rows (page {where.page})"
            return Diagnostic("info", "table-read-by-columns", why, where.number)
        why = (
            f"a table printed column after column (page {where.page}): {len(self.labels)} rows, "
            f"{len(self.columns)} column(s) matched to them; {len(figures)} figure(s) whose row cannot be told "
            f"from the text are kept as lines after the table"
        )
        return Diagnostic("warning", "table-figures-unplaced", why, where.number)

    def rows(self, page: list[Line], *, opening: bool) -> list[Line]:
        """The table as Markdown rows, each on its label's line: a heading row when every column's heading
        is known or the labels' column has one (a column's unknown heading left empty), then a row per
        label; after a blank line if ``opening``, else right under its caption."""

        def cells(texts: list[str]) -> str:
            return "| " + " | ".join(texts) + " |"

        first = page[self.labels[0]]
        top = page[min([self.labels[0], *self.taken])]
        rows = [Line(top.number, "", top.page)] if opening else []
        heads = [" ".join(page[row].text.strip() for row in heading) for heading, _ in self.columns]
        if any(heads) or self.stub is not None:  # the stub has its row, headings or not (an unknown one empty)
            stub = page[self.stub].text.strip() if self.stub is not None else ""
            rows.append(Line(top.number, cells([stub, *heads]), top.page))
            rows.append(Line(top.number, cells(["---"] * (len(heads) + 1)), top.page))
        number = top.number  # each row on its label's line, the lines in order (labels printed after figures)
        for offset, row in enumerate(self.labels):
            figures = [
                page[column[offset]].text.strip() if column[offset] != _NO_FIGURE else "" for _, column in self.columns
            ]
            label = page[row].text.strip()
            if row in self.wrapped:
                label = f"{label} {page[self.wrapped[row]].text.strip()}"
            number = max(number, page[row].number)
            rows.append(Line(number, cells([label, *figures]), page[row].page))
        return [*rows, Line(first.number, "", first.page)]


def _boxes_joined(page: list[Line], blocks: list[Block]) -> list[Block]:
    """The blocks, where pdfminer printed a table box by box (a blank line after every cell), joined as
    pdftotext prints them: figures to the column heading above them, a figure box to the figure box above it,
    a label to the labels above it unless it heads the column of figures that follows it (``Prior to 1991``:
    fewer figures follow than there are labels above). A year or a heading of several lines starts a column,
    and so do the figures after a run of labels when there are more: the labels' columns, not a
    row's cells (``Total`` / ``Staff`` / ``41,986,000`` …, a row after the other)."""
    kinds = _years_labelling_rows(page, blocks, [_box(page, block) for block in blocks])
    for index, kind in enumerate(kinds):
        if kind == "label" and (not index or kinds[index - 1] != "label") and _title_or_furniture(page, blocks[index]):
            kinds[index] = None  # a title over the table, an annex's label (``Annex``), a page's: no run of
            # labels starts there (a row's label in capitals after others, ``EXCESS OF INCOME …``, is one)
    joined: list[Block] = []
    run = 0  # the label boxes joined in the last block
    for index, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        last = kinds[index - 1] if index else None
        boxes = len(block) == 1 and index > 0 and len(blocks[index - 1]) == 1  # this box and the one above
        columns = last == "label" and run > 1 and _figures_from(blocks, kinds, index) > run
        if kind == "figure" and (last == "heading" or (boxes and last in ("year", "label", "figure") and not columns)):
            joined[-1] = joined[-1] + block
        elif kind == "label" and boxes and last == "label" and run and not _heads(blocks, kinds, index + 1, run):
            joined[-1] = joined[-1] + block
            run += 1
        else:
            joined.append(block)
            run = 1 if kind == "label" else 0
    return joined


def _years_labelling_rows(page: list[Line], blocks: list[Block], kinds: list[str | None]) -> list[str | None]:
    """The kinds of the boxes, the years among a run of one-line boxes of labels made labels where the label
    column's heading names years (``Year of assessment`` / the columns' headings / ``2014 and earlier`` /
    ``2015`` / … / ``Total``): the rows', not the columns' headings a year starts elsewhere (``2003`` /
    ``2002``, figures under each; ``Member State`` / … / ``2014 and`` / ``earlier`` / ``2015`` …)."""
    kinds = list(kinds)
    index = 0
    while index < len(kinds):
        end = index
        while end < len(kinds) and kinds[end] in ("year", "label") and len(blocks[end]) == 1:
            end += 1
        run = kinds[index:end]
        stub = next(
            (
                page[blocks[at][0]].text.strip()
                for at in range(index - 1, max(index - _YEAR_STUB, 0) - 1, -1)
                if not _heading_box(page, blocks[at], kinds[at])
            ),
            "",
        )
        if run.count("year") >= _YEAR_ROWS and "label" in (run[0], run[-1]) and _YEARS_HEADING.match(stub):
            kinds[index:end] = ["label"] * len(run)
        index = max(end, index + 1)
    return kinds


def _heading_box(page: list[Line], block: Block, kind: str | None) -> bool:
    """Whether a box is a column's heading: read as one, or a few short lines holding a date (``Received`` /
    ``1 January to`` / ``30 April 2019``), which no reading as a heading takes."""
    texts = [page[row].text.strip() for row in block]
    return kind == "heading" or (
        kind is None and 1 < len(texts) <= _HEADING_LINES and all(len(text) <= _SHORT for text in texts)
    )


_YEAR_ROWS = 2  # years at least among a run of one-line boxes of labels for them to label rows
_YEAR_STUB = 8  # boxes: the columns' headings between the label column's heading and its labels, at most
_YEARS_HEADING = re.compile(r"(?:Years?|Year of assessment|Assessment year)\b", re.IGNORECASE)


def _labels_a_table(page: list[Line], block: Block) -> bool:
    """Whether a block opens with a table's or a statement's label (``SCHEDULE 1 (cont'd)``, ``Table 3``): no
    column's heading."""
    text = page[block[0]].text.strip()
    return STATEMENT_LABEL.match(text) is not None or _TABLE_LABEL.match(text) is not None


def _title_or_furniture(page: list[Line], block: Block) -> bool:
    """Whether a box of one line is a title in capitals or a line of the page's furniture."""
    text = page[block[0]].text.strip()
    return _title_in_capitals(text) or FURNITURE_LINE.fullmatch(text) is not None


def _box(page: list[Line], block: Block) -> str | None:
    """What a box holds: a ``figure`` (or several), a ``year``, a ``label``, or a ``heading`` of two or three
    short lines, the ``notes`` column's heading; None for anything else (text)."""
    texts = [page[row].text.strip() for row in block]
    if len(texts) == 1 and YEAR.fullmatch(texts[0]):
        return "year"
    if len(texts) == 1 and _NOTE_COLUMN.fullmatch(texts[0]):
        return "notes"  # the heading of the notes column: no label's box
    if all(FIGURE.fullmatch(text) for text in texts):
        return "figure"
    if any(_SECTION_OPENING.match(text) for text in texts):
        return None
    if len(texts) == 1 and SYMBOL_CANDIDATE.fullmatch(texts[0]):
        return "heading"  # MC/2081: the document a column's figures come from (``MC/2081`` / ``Revised`` / …)
    if len(texts) == 1 and _row_label(texts[0]):
        return "label"
    numbered = len(texts) > 1 and _COLUMN_NUMBER.fullmatch(texts[-1]) is not None
    words = texts[:-1] if numbered else texts
    if len(words) <= _HEADING_LINES and all(_heading_line(text, numbered) for text in words):
        return "heading"
    return None


def _heading_line(text: str, numbered: bool) -> bool:
    """A line of a column's heading: short, a label's words; words carried over from a line above may open in
    lower case where the column's number closes the heading (``United`` / ``Nations`` / ``scale 2002`` /
    ``(1)``; unnumbered, such a box may be a column's heading printed apart from its figures, which
    `_columns_in_order` reads)."""
    carried = numbered and text[:1].islower() and not text.endswith(".")
    return len(text) <= _SHORT and (_row_label(text) or carried)


def _heads(blocks: list[Block], kinds: list[str | None], index: int, labels: int) -> bool:
    """Whether the label box before ``index`` heads the column of figures from ``index`` on rather than
    ending ``labels`` labels (the first perhaps their column's heading): the column holds fewer figures
    than there are rows above (``Prior to 1991`` over 7 figures, under 8 countries and their heading)."""
    return 0 < _figures_from(blocks, kinds, index) < labels


def _figures_from(blocks: list[Block], kinds: list[str | None], index: int) -> int:
    """The figures in the boxes from ``index`` on, to the first box of anything else or block of several."""
    figures = 0
    while index < len(kinds) and kinds[index] == "figure":
        figures += len(blocks[index])
        if len(blocks[index]) > 1:
            break  # a column's figures in one block: the column ends with it
        index += 1
    return figures


def _table_in_groups(page: list[Line], blocks: list[Block], position: int) -> _Found | None:
    """The table whose labels pdfminer printed a box a group from the block at ``position`` on (a statement's:
    ``ASSETS`` / ``Current assets``, ``Cash …`` … ``Total current assets``, ``Non-current assets``, …), its
    figures after them, where no other reading laid it out (see `_table`)."""
    return _table(page, blocks, position, groups=True)


def _table(page: list[Line], blocks: list[Block], position: int, *, groups: bool = False) -> _Found | None:
    """The table whose labels end the block at ``position`` (or, with ``groups``, are the blocks of labels
    from there on), if a caption stands above them and blocks of figures follow, some of which fit no row (the
    tables whose columns all fit are read before)."""
    if groups:  # pdfminer's boxes of a statement's labels, a group each: ASSETS / Current assets, Cash … /
        more, after = _labels_going_on(page, blocks, position + 1)  # Total current assets, …
        alone = len(blocks[position]) == 1 and _title_or_furniture(page, blocks[position])
        if not more or not _all_labels(page, blocks[position]) or alone:
            return None  # (a title in capitals alone over the labels' boxes opens no group)
        run: tuple[list[int], list[int]] | None = [*blocks[position], *more], []
        position = after - 1
    else:
        run = _label_run(page, blocks[position])
    if run is None:
        return None
    labels, trailing = run
    columns, asides, end = _figure_blocks(page, blocks, position + 1)
    if not _columns_after(page, labels, columns) or _rows_in_turn(page, columns, len(labels)):
        return None  # (rows printed a cell a line under headings taken for labels: `reading_order.table_cells`)
    if not groups and _among_cell_rows(page, blocks, position, labels, columns):
        return None  # labels printed apart among rows printed a cell a line: `reading_order.table_cells`'
    asides, numbers, columns = _numbers_set_apart(page, asides, columns, len(labels))
    wrapped: dict[int, int] = {}
    regrouped = _regrouped(page, labels, columns)
    if regrouped is not None:
        labels, columns, wrapped = regrouped
    stub_lines, fitting = _fitting(labels, columns)
    if stub_lines == 1 and _total_apart(page, labels, columns, fitting):
        stub_lines, fitting = 0, []  # … / Total, each column a figure short and the total's printed a cell a
        # block after them: the columns hold the first labels' figures, which no stub heads (kept after it)
    if groups and stub_lines > 1:
        stub_lines, fitting = 0, []  # groups' labels atop the first box (ASSETS / Current assets), taken for
        # the columns' headings: no column fits (the labels' own heading alone, Member State, is one)
    if _taking_turns(page, fitting, asides):
        fitting = []  # no column is surely these rows': every figure is kept after the table
    rows = labels[stub_lines:]
    stub = labels[0] if stub_lines else None
    taken = set(labels[:stub_lines])
    between = _under_caption(page, labels[0])
    figures = sum(len(figures) for _, figures in columns)
    if len(fitting) < 2 and figures < len(labels) and between is None:
        return None  # a table: a caption above it, two columns of a figure per row, or a figure per label
    if between and stub is None and _headed_above(between, fitting):
        # Year / Projects / Countries, printed apart: the labels' heading and the columns'
        stub = between[0] if len(between) > len(fitting) else None
        fitting = [([head], figures) for head, (_, figures) in zip(between[-len(fitting) :], fitting, strict=True)]
        taken |= set(between)
    moved = between if between and not fitting else []  # the headings of columns none of which fits
    taken |= set(moved)
    fitting, asides = _headed_apart(page, fitting, len(columns), asides)
    left = _unplaced(columns, fitting, moved + [row for block in asides for row in block] + numbers)
    taken |= set(wrapped.values())
    caption = None if between is not None else _caption_among(page, asides)
    left = sorted({*left, *trailing} - {caption})
    return _Found(rows, stub, fitting, left, end, taken, wrapped, caption=caption)


def _labels_going_on(page: list[Line], blocks: list[Block], position: int) -> tuple[list[int], int]:
    """The rows of the blocks of labels from ``blocks[position]`` on (pdfminer prints a statement's labels a box
    a group: ``ASSETS`` / ``Current assets``, ``Cash …`` … ``Total current assets``, ``Non-current assets`` …),
    and the position of the block after them: a block of figures, or the columns' headings printed apart over
    them (``Note`` / ``2003`` / ``2002``, under three blocks of labels at least); none where no block of figures
    follows."""
    rows: list[int] = []
    at = position
    while at < len(blocks) and at - position < _LABEL_BLOCKS and _all_labels(page, blocks[at]):
        rows += blocks[at]
        at += 1
    groups = blocks[position:at]
    first = at  # the first block of figures, after the columns' headings printed apart (``Note`` / ``2003``)
    while first < len(blocks) and first - at < _HEADING_BLOCKS and _column(page, blocks[first]) is None:
        if not _aside(page, blocks[first]):
            break
        first += 1
    if (
        not any(len(group) >= _GROUP_ROWS for group in groups)
        or first == len(blocks)
        or _column(page, blocks[first]) is None
    ):
        return [], position  # (headings, or rows a cell a line: blocks of a line or two, no group of rows)
    if first > at and len(groups) < _GROUPS_OVER_HEADINGS:
        return [], position  # a stub's heading over one block of labels (``Service area`` / ``Movement …`` …)
        # and the columns' headings apart: a table `_table` reads, its total's label perhaps printed last
    return rows, at


_HEADING_BLOCKS = 6  # blocks: the columns' headings printed apart between a table's labels and its figures
_GROUPS_OVER_HEADINGS = 3  # blocks of labels, at least, of a statement's groups above headings printed apart
_GROUP_ROWS = 3  # rows: one group of a statement's labels printed a box a group holds as many at least


def _all_labels(page: list[Line], block: Block) -> bool:
    """Whether every line of ``block`` is a row's label with no figure in it (a group's in capitals, ``TOTAL
    ASSETS``, among them), no column's heading (``2003``, ``Outstanding at`` / ``1 January`` / ``2016``)."""
    return all(
        _row_label(text := page[row].text.strip())
        and not _over_labels(text)
        and not any(character.isdigit() for character in text)
        and any(character.isalpha() for character in text)
        for row in block
    )


def _total_apart(page: list[Line], labels: list[int], columns: list[Column], fitting: list[Column]) -> bool:
    """Whether the labels end with a total whose figures were printed after the columns that fit the other
    labels, a figure a column (``Total``; ``52,219,000`` / ``52,219,000`` / ``–``, joined as one more column)."""
    if not fitting or not _TOTAL_LABEL.match(page[labels[-1]].text.strip()):
        return False
    return len(columns) == len(fitting) + 1 and len(columns[-1][1]) == len(fitting) and columns[-1] not in fitting


def _caption_among(page: list[Line], asides: list[Block]) -> int | None:
    """The line of a caption printed alone among a table's columns (``(in per cent)``), if any."""
    return next(
        (
            block[0]
            for block in asides
            if len(block) == 1
            and _is_caption(text := page[block[0]].text.strip())
            and not FIGURE.fullmatch(text)
            and not text.startswith("(see")
        ),
        None,
    )


def _columns_in_one(page: list[Line], labels: list[int], columns: list[Column]) -> bool:
    """Whether the one block of figures after a table's labels holds several columns' (more figures than
    rows), printed by pdfminer a cell a box under a caption: the labels are the table's rows all the same."""
    return len(columns) == 1 and len(columns[0][1]) > len(labels) and _under_caption(page, labels[0]) is not None


def _columns_after(page: list[Line], labels: list[int], columns: list[Column]) -> bool:
    """Whether the blocks of figures after a table's labels are its columns: two or more, one holding
    several (see `_columns_in_one`) or the only one (see `_one_column`), and not rows printed a cell a line
    (see `_cell_by_cell`), which `reading_order.table_cells` lays out."""
    several = len(columns) >= 2 or _columns_in_one(page, labels, columns) or _one_column(page, labels, columns)
    return several and not _cell_by_cell(page, labels, columns)


def _one_column(page: list[Line], labels: list[int], columns: list[Column]) -> bool:
    """Whether the one block of figures after a table's labels, under a caption, is its only column: a figure
    a label, the labels' heading perhaps atop them (``Donor`` / … / ``Total``, then ``USD thousands`` / its
    figures)."""
    if len(columns) != 1 or _under_caption(page, labels[0]) is None:
        return False
    heading, figures = columns[0]
    if len(figures) == len(labels):
        return True
    # fewer figures than labels only under the column's own heading (``USD thousands``), the labels' heading
    # atop them (``Donor``); else a dash the extractor dropped would shift every figure onto another row
    return bool(heading) and len(labels) - _STUB_LINES <= len(figures) < len(labels)


def _cell_by_cell(page: list[Line], labels: list[int], columns: list[Column]) -> bool:
    """Whether the "columns" after a run of labels are the rows of a table printed a cell a line, row after
    row (pdftotext without ``-layout``): each a row's label over its few figures (``Inventories`` / ``6,214``
    / ``5,487``), three at least, with as few after the labels, where a column printed apart would hold a
    figure for each (pdfminer prints a table's last rows so after the columns of the rows above:
    ``Total expenditure`` / its four figures)."""
    rows = [
        figures
        for heading, figures in columns
        if len(heading) == 1
        and len(figures) <= _CELL_FIGURES
        and len(figures) != len(labels)
        and not YEAR.fullmatch(text := page[heading[0]].text.strip())
        and _row_label(text)
    ]
    return len(rows) >= _CELL_ROWS and len(columns[0][1]) <= _CELL_FIGURES


def _among_cell_rows(
    page: list[Line], blocks: list[Block], position: int, labels: list[int], columns: list[Column]
) -> bool:
    """Whether a block of labels stands among the rows of a table printed a cell a line (pdftotext without
    ``-layout``: ``Other receivables`` / ``6`` / ``38,214`` / ``41,905``), two such rows right before it,
    and the rows' figures account for its labels: pdftotext prints a few rows' labels so, one after another
    (``Prepayments …`` / ``Total current assets`` / ``Non-current assets`` / ``Contributions receivable,
    non-current``), their figures left after the rows' above (``27,903`` / ``22,486`` / ``2,381,080`` /
    ``2,139,110`` after ``41,905``) or put after them (``5`` / ``214,070`` / ``188,352``), a group's label or
    two among them with none. A few labels printed one after another, then their rows' figures in a block,
    are such rows too (``Interest and other income`` / ``Total income`` / twenty figures). The figures after
    the labels are then those rows', not columns of the labels (`reading_order.table_cells` reads them)."""
    rows: list[tuple[int, int]] = []  # the rows right before the labels: how many labels, how many amounts
    for block in reversed(blocks[:position]):
        row = _cell_row(page, block)
        if row is None:
            break
        rows.append(row)
    alone = [amounts for count, amounts in rows if count == 1]
    if len(rows) < _CELL_ROWS - 1 or not alone or not min(alone) or not columns:
        return False
    if columns[0][0] and not _all_labels(page, columns[0][0]):
        return False  # (a heading over the figures after the labels: a column's; more labels are none)
    width = min(alone)
    count, amounts = rows[0]
    waiting = max(0, amounts - count * width) // width  # rows whose labels were printed apart, their figures
    # left after those of the row right above the labels
    after = _amounts_in(page, columns[0][1]) // width
    return after >= 1 and waiting >= 1 and waiting + after >= len(labels) - GROUP_LABELS


def _amounts_in(page: list[Line], figures: list[int]) -> int:
    """How many of the lines ``figures`` are amounts, a notes column's references not counted."""
    return sum(1 for row in figures if not NOTE_REFERENCE.fullmatch(page[row].text.strip()))


def _cell_row(page: list[Line], block: Block) -> tuple[int, int] | None:
    """How many labels and amounts a block holds where it is a row printed a cell a line, or a few: a row's
    label over two figures or more, in a notes column and amounts (``Other receivables`` / ``6`` / ``38,214`` /
    ``41,905``; more where the rows after it had their labels printed apart), or labels printed one after
    another over their rows' figures (``Interest and other income`` / ``Total income`` / eight figures), a
    group's label perhaps atop (``INCOME``). None for any other block."""
    texts = [page[row].text.strip() for row in block]
    labels = next((at for at, text in enumerate(texts) if FIGURE.fullmatch(text)), len(texts))
    if not labels or len(texts) - labels < _CELL_FIGURES_LEAST or not _all_labels(page, block[:labels]):
        return None
    if not all(FIGURE.fullmatch(text) for text in texts[labels:]):
        return None
    return labels, _amounts_in(page, block[labels:])


_CELL_FIGURES_LEAST = 2  # figures, at least, of a row printed a cell a line, told from a label over a column


def _taking_turns(page: list[Line], columns: list[Column], asides: list[Block]) -> bool:
    """Whether amounts alone stand after the columns that fit a table's rows, not as many after each: the
    columns are pieces taking turns with others (see `reading_order.uneven_figures_between`)."""
    spans = [(figures[0], figures[-1] + 1) for _, figures in columns]
    return uneven_figures_between(page, spans, [(block[0], block[-1] + 1) for block in asides])


def _totals_summed(page: list[Line], found: _Found) -> _Found:
    """The table with its figures placed where none was and their own sums tell where they go: labels ending
    with a total, and after them a column's figures for the other rows, column after column, then the total
    row, a figure a column (pdfminer boxes the total row apart: ``367,975`` … ``7,752,638`` / ``18,400`` … /
    ``10,743,008`` / ``6,209,065`` / …); each total the sum of its column, to the rounding of its figures."""
    figures = [row for row in found.left if FIGURE.fullmatch(page[row].text.strip())]
    if found.columns or not _TOTAL_LABEL.match(page[found.labels[-1]].text.strip()):
        return found
    summed = _columns_summed(page, figures, len(found.labels))
    if summed is None:
        return found
    heads, stub = _headings_printed_atop(page, found, len(summed))
    placed = list(zip(heads, summed, strict=True))
    taken = found.taken | {row for head in heads for row in head} | ({stub} if stub is not None else set())
    left = [row for row in found.left if row not in figures and row not in taken]
    return evolve(found, columns=placed, left=left, summed=True, stub=found.stub if stub is None else stub, taken=taken)


def _headings_printed_atop(page: list[Line], found: _Found, width: int) -> tuple[list[list[int]], int | None]:
    """The columns' headings printed right above a table's labels, a box of one to three short lines each
    (``Received`` / ``1 January to`` / ``30 April 2019``), and the label column's heading above them (``Year
    of assessment``), when there are as many boxes as columns; else none (empty headings)."""
    heads: list[list[int]] = []
    row = found.labels[0] - 1
    while len(heads) < width:
        while row >= 0 and not page[row].text.strip():
            row -= 1
        box: list[int] = []
        while row >= 0 and page[row].text.strip() and len(box) <= _HEADING_LINES:
            box.insert(0, row)
            row -= 1
        texts = [page[at].text.strip() for at in box]
        if not box or len(box) > _HEADING_LINES or any(len(t) > _SHORT or FIGURE.fullmatch(t) for t in texts):
            return [[] for _ in range(width)], None
        heads.insert(0, box)
    while row >= 0 and not page[row].text.strip():
        row -= 1
    above = page[row].text.strip() if row >= 0 else ""
    boxed = row >= 0 and (row == 0 or not page[row - 1].text.strip())  # (no caption's or text's last line)
    return heads, row if boxed and _row_label(above) and len(above) <= _SHORT else None


def _columns_summed(page: list[Line], figures: list[int], labels: int) -> list[list[int]] | None:
    """The figures as columns of ``labels`` rows, the last a total row printed after the columns (each
    column's figures for the other rows, column after column, then a total a column), when each total is the
    sum of its column to the figures' rounding; None otherwise."""
    rows = labels - 1
    width, extra = divmod(len(figures), labels)
    if extra or not width or rows < 2:
        return None
    values = [amount_value(page[row].text.strip()) for row in figures]
    for at in range(width):
        cells = values[at * rows : (at + 1) * rows]
        wanted = values[width * rows + at]
        column = figures[at * rows : (at + 1) * rows]
        if wanted is None or any(v is None for v in cells):
            return None
        if abs(sum(v or 0.0 for v in cells) - wanted) > _rounding(page, column) * rows:
            return None
    return [[*figures[at * rows : (at + 1) * rows], figures[width * rows + at]] for at in range(width)]


def _summed_table(page: list[Line], blocks: list[Block], position: int) -> _Found | None:
    """A table whose labels' box holds, after its rows (the last a total), its columns' headings a line each
    (pdfminer: ``Region of origin`` / ``West and Central Africa`` / … / ``Total`` / ``By air`` / ``By land or
    sea`` / ``Total``), then one block of figures, column after column and the total row last: laid out when
    each total is the sum of its column (`_columns_summed`), which alone tells rows from headings."""
    run = _label_run(page, blocks[position])
    if run is None or position + 1 >= len(blocks):
        return None
    labels = [row for row in run[0] if not _captions_table(page[row].text.strip())]
    columns, _, end = _figure_blocks(page, blocks, position + 1)
    if len(columns) != 1 or columns[0][0]:
        return None
    figures = columns[0][1]
    for width in range(_COLUMNS_IN_ONE, 0, -1):  # (the columns' headings: the last labels, a line each)
        for stub in (1, 0):
            rows = labels[stub : len(labels) - width]
            if len(rows) < 3 or len(figures) != width * len(rows):
                continue
            if not _TOTAL_LABEL.match(page[rows[-1]].text.strip()):
                continue
            summed = _columns_summed(page, figures, len(rows))
            if summed is None or len(summed) != width:
                continue
            headings = [[row] for row in labels[len(labels) - width :]]
            taken = set(labels[:stub]) | {row for heading in headings for row in heading}
            return _Found(
                rows,
                labels[0] if stub else None,
                list(zip(headings, summed, strict=True)),
                [],
                end,
                taken,
                {},
                summed=True,
            )
    return None


def _captions_table(text: str) -> bool:
    """Whether a line atop a table's labels is its caption: labelled (``Table 2: …``), or a title ending with
    its unit or period in brackets (``Migrants assisted …, by region (28 February – 31 October 2011)``)."""
    return TABLE_CAPTION.match(text) is not None or (len(text.split()) >= _CAPTION_WORDS and text.endswith(")"))


def _rounding(page: list[Line], rows: list[int]) -> float:
    """Half the unit of the last digit the figures print (``7.7``: 0.05; ``367,975``: 0.5): what rounding each
    may hide."""
    decimals = max(len(text.rpartition(".")[2]) if "." in text else 0 for text in (page[r].text.strip() for r in rows))
    return 0.5 * 10.0**-decimals


def _with_row_after(page: list[Line], found: _Found) -> _Found:
    """The table with the row printed a cell a line after its columns (``Total`` / ``254,624`` / … /
    ``5.5``), when every other figure found its row: the label, then a figure a column, the lines left after
    the columns and those right after the table (the text after it perhaps right under the last cell, no
    blank line between)."""
    width = len(found.columns)
    if not width or len(found.left) > 1 + width:
        return found
    cells = list(found.left)
    row = found.end
    while len(cells) < 1 + width and row < len(page):
        if page[row].text.strip():
            cells.append(row)
        row += 1
    if len(cells) != 1 + width:
        return found
    label, *figures = (page[row].text.strip() for row in cells)
    if not _row_label(label) or YEAR.fullmatch(label) or not all(FIGURE.fullmatch(figure) for figure in figures):
        return found
    columns = [(heading, [*column, cell]) for (heading, column), cell in zip(found.columns, cells[1:], strict=True)]
    return evolve(found, labels=[*found.labels, cells[0]], columns=columns, left=[], end=max(found.end, cells[-1] + 1))


def _with_labels_after(page: list[Line], blocks: list[Block], found: _Found) -> _Found:
    """The table whose figures are too many for its labels, with the blocks of labels printed after its
    figures (``TOTAL ASSETS`` / ``LIABILITIES`` / … after the figures of every group: pdftotext printed the
    page's columns in two runs) as its next rows, without figures, their order the text's; the notes'
    references and paragraph numbers among them kept after the table. The blocks are taken only where they run
    to the page's end, its furniture, the next table's caption, a note under it or the line under a financial
    statement, nothing but references between: a heading over text is no label, nor are the labels of rows printed a
    cell a line (``El Salvador`` / ``–`` / …)."""
    figures = sum(1 for row in range(found.labels[0], found.end) if FIGURE.fullmatch(page[row].text.strip()))
    held = len(found.labels) * max(1, len(found.columns))
    if figures <= held or not any(FIGURE.fullmatch(page[row].text.strip()) for row in found.left):
        return found
    if _rows_among(page, [block for block in blocks if found.labels[-1] < block[0] < found.end]):
        return found  # rows printed a cell a line: the labels after them are those printed apart from their cells
    labels: list[int] = []
    asides: list[int] = []
    second_run = False
    at = next((i for i, block in enumerate(blocks) if block[0] >= found.end), len(blocks))
    while at < len(blocks) and not _is_furniture(page, blocks[at]):
        block, texts = blocks[at], [page[row].text.strip() for row in blocks[at]]
        if _is_caption(texts[0]) or STATEMENT_LABEL.fullmatch(texts[0]):
            break
        apart = len(texts) > 1 and _APART.fullmatch(texts[-1]) is not None  # Deferred income / 7: its reference
        named = texts[:-1] if apart else texts
        if all(map(_row_label, named)) and not _NUMBERED.match(texts[0]) and not any(map(YEAR.fullmatch, named)):
            labels += block[:-1] if apart else block
            asides += block[-1:] if apart else []
        elif _number_apart(page, block) or _references_block(page, block):
            asides += block
        elif len(labels) >= _SECOND_RUN_LABELS and _column(page, block) is not None:
            asides += block  # … TOTAL LIABILITIES AND NET ASSETS, then their figures: the second run's, whose
            # rows the text does not tell either
            second_run = True
        elif labels and not second_run and (_STATEMENT_NOTE.match(texts[0]) or _TABLE_NOTE.match(texts[0])):
            break  # the line under a financial statement (``The accompanying notes form an integral part …``),
            # or a note under the table (``* Certain comparative figures …``)
        else:
            return found  # text, or figures: the lines after the figures are no labels of the table's
        at += 1
    if len(labels) < 2 or len(found.labels) + len(labels) > figures:
        return found  # (one short line at the page's foot: a heading over the next page's text, perhaps)
    end = max(labels[-1], *asides) + 1 if asides else labels[-1] + 1
    if second_run:  # a total's label printed among the first run's figures (``Subtotal, officials`` / ``159``):
        totals = [row for row in found.left if _TOTAL_LABEL.match(page[row].text.strip())]  # a row before the second's
        labels = [*totals, *labels]
        found = evolve(found, left=[row for row in found.left if row not in totals])
    extended = [(heading, [*column, *[_NO_FIGURE] * len(labels)]) for heading, column in found.columns]
    return evolve(found, labels=[*found.labels, *labels], columns=extended, left=[*found.left, *asides], end=end)


_SECOND_RUN_LABELS = 3  # labels after the figures, at least, before figures of their own make a second run
_STATEMENT_NOTE = re.compile(r"The accompanying notes\b")
"""The line under a financial statement: ``The accompanying notes form an integral part of these financial
statements.``"""
_TOTAL_LABEL = re.compile(r"(?:Grand |Sub-?)?total\b", re.IGNORECASE)
"""A total's label: ``Total``, ``Subtotal, officials``, ``TOTAL ASSETS``."""


def _rows_among(page: list[Line], blocks: list[Block]) -> bool:
    """Whether blocks of figures are rows printed a cell a line, three at least: a label over a row's few
    figures (``Travel and representation`` / ``710,000`` / ``725,000`` / …)."""
    rows = 0
    for block in blocks:
        column = _column(page, block)
        if column is None or len(column[0]) != 1 or len(column[1]) > _CELL_FIGURES:
            continue
        text = page[column[0][0]].text.strip()
        rows += _row_label(text) and not YEAR.fullmatch(text)
    return rows >= _CELL_ROWS


def _pieced(page: list[Line], blocks: list[Block], position: int, *, unplaced: bool = True) -> _Found | None:
    """The table whose row labels start at ``blocks[position]``, printed by pdfminer in pieces: the labels in
    blocks where the rows part (a label wrapped onto a second line, a group's label, a gap), then each
    column's figures in as many pieces, one column after the other (``Cash`` … ``Total assets`` /
    ``Deferred revenue`` … / ``Net assets``, then ``31 December 2015`` / ``31 December 2014``, then the
    first column's three pieces, the second's). The pieces' heights tell which rows they hold; the columns
    are read where every column's pieces have the heights of the labels' blocks (see `_aligned`), their
    headings printed among the labels or atop each column's first piece. A caption printed after the labels
    goes above the table; a note under it (``a Before …``), a running header and any line not placed follow
    it. Where no reading puts the pieces together, and no table starts lower among the labels (those at the
    top its headings), the labels are the rows and the figures follow unplaced (`_pieces_unplaced`)."""
    labelled, caption, end = _labels_and_headings(page, blocks, position)
    if len(labelled) < 2:
        return None
    pieces, end = _pieces(page, blocks, end)
    if not pieces:
        return None
    total = _total_printed_last(page, labelled, pieces)
    if total is not None:
        labelled, pieces = [block for block in labelled if block != [total[0]]], pieces[:-1]
    for columns, grouped in _readings_of(pieces):
        if total is not None and len(columns) != len(total[1]):
            continue
        heights = [len(figures) for _, figures in columns[0]]
        found = (
            _aligned_at_gaps(page, labelled, heights)
            or _aligned(page, labelled, heights)
            or _aligned_at_gaps(page, labelled, heights, every_row=True)
        )
        lines = (blocks[position][0], end)
        table = _pieced_table(page, lines, found, columns, caption=caption, headed=grouped) if found else None
        if table is not None and not _transposed(page, table):
            return _with_total(table, total)
    if not unplaced or any(_read_below(page, blocks, later) for later in range(position + 1, position + len(labelled))):
        return None  # the blocks at the top head the table that starts below them
    if _rows_in_turn(page, pieces, len(labelled)):
        return None  # (a table printed a row at a time under column headings taken for labels: see there)
    return _pieces_unplaced(page, (blocks[position][0], end), labelled, pieces, caption=caption)


def _rows_in_turn(page: list[Line], pieces: list[Column], labels: int) -> bool:
    """Whether the pieces of figures after ``labels`` blocks are rows printed a cell a line (``Afghanistan`` /
    ``0.007`` / ``0.0075`` / …: `reading_order.table_cells` reads them), not columns: more of them are headed
    by a row's label alone (no year, no ``Note``) than there are labels, each holding as many figures."""
    rows = [len(figures) for heading, figures in pieces if len(heading) == 1 and _names_a_row(page[heading[0]].text)]
    return len(rows) > labels and len(set(rows)) == 1


def _transposed(page: list[Line], table: _Found) -> bool:
    """Whether a table read in pieces has its rows for columns: more columns than rows, four at least, most of
    them headed by a row's label alone (``Paraguay``, ``Peru``, … over three figures each, under one heading taken
    for labels)."""
    named = sum(1 for heading, _ in table.columns if len(heading) == 1 and _names_a_row(page[heading[0]].text))
    many = len(table.columns) > max(len(table.labels), _TRANSPOSED_COLUMNS)  # (Budget / Expenditure / Balance
    return many and 2 * named > len(table.columns)  # over two rows: a table's own columns)


_TRANSPOSED_COLUMNS = 3  # columns, more than, of a table read in pieces whose rows came out as its columns


def _names_a_row(text: str) -> bool:
    """Whether a line is a row's label: no year, no ``Note`` column's heading."""
    text = text.strip()
    return _row_label(text) and not YEAR.fullmatch(text) and not _NOTE_COLUMN.fullmatch(text)


def _total_printed_last(page: list[Line], labelled: list[Block], pieces: list[Column]) -> tuple[int, list[int]] | None:
    """The total row of a table printed in pieces whose figures pdfminer prints last, in a block of their own
    (a figure a column, after every column's pieces), its label a block of its own among the labels
    (``TOTAL``): the label's line and the figures'. None where the pieces are one column's (the total in it)."""
    last_heading, last = pieces[-1]
    if len(pieces) < 2 or last_heading or len(last) < 2 or (len(pieces) - 1) % len(last):
        return None
    totals = [block[0] for block in labelled if len(block) == 1 and TOTAL.fullmatch(page[block[0]].text.strip())]
    return (totals[-1], last) if len(totals) == 1 else None


def _with_total(table: _Found, total: tuple[int, list[int]] | None) -> _Found:
    """``table`` with its total row (see `_total_printed_last`) last."""
    if total is None:
        return table
    label, figures = total
    columns = [(heading, [*rows, figure]) for (heading, rows), figure in zip(table.columns, figures, strict=True)]
    left = [row for row in table.left if row != label and row not in figures]
    return evolve(table, labels=[*table.labels, label], columns=columns, left=left)


def _read_below(page: list[Line], blocks: list[Block], position: int) -> bool:
    """Whether a table whose columns fit its rows starts at ``blocks[position]``."""
    found = _table(page, blocks, position) or _pieced(page, blocks, position, unplaced=False)
    return found is not None and bool(found.columns)


def _pieces_unplaced(
    page: list[Line], lines: tuple[int, int], labelled: list[Block], pieces: list[Column], *, caption: int | None
) -> _Found | None:
    """A captioned table printed in pieces whose pieces no reading puts together (two columns' pieces taking
    turns): its rows are its labels, and every figure follows it, in its order, unplaced. The figures must
    make a few columns as high as the labels, but for a few (groups' labels, with no figures); a block of
    labels must hold three at least (blocks of a line or two are the columns' headings, perhaps). Every
    column's figures printed in one run, exactly a figure a row in each, make a table though no caption
    stands over it."""
    rows = [row for block in labelled for row in block if not _heads_column(page[row].text.strip())]
    if max(map(len, labelled)) < 3 or not _figures_fit(page, lines[0], labelled, rows, pieces):
        return None
    start, end = lines
    between = _headings_atop(page, start) if len(pieces) == 1 else []  # the columns' headings above the labels
    left = [row for row in range(start, end) if page[row].text.strip() and row not in rows and row != caption]
    taken = {*between, *(row for row in left if row < rows[0])}  # the columns' headings: kept after it too
    left = between + left
    return _Found(labels=rows, stub=None, columns=[], left=left, end=end, taken=taken, wrapped={}, caption=caption)


def _figures_fit(page: list[Line], first: int, labelled: list[Block], rows: list[int], pieces: list[Column]) -> bool:
    """Whether the pieces' figures can be the columns of these rows, unplaced (see `_pieces_unplaced`): in
    one piece, exactly a figure a row in each of a few columns, the labels starting with a block longer than
    a heading's; in several, a few columns as high as the labels but for a few, under a caption."""
    figures = sum(len(figures) for _, figures in pieces)
    if len(pieces) == 1:
        height = len(rows) - sum(
            1 for above, row in pairwise(rows) if brackets_closed(page[above].text, page[row].text.strip())
        )
        exact = any(figures == width * height for width in range(2, _COLUMNS_IN_ONE + 1))
        return len(labelled[0]) > _HEADING_LINES and exact
    return _under_caption(page, first) is not None and any(
        0 <= len(rows) - figures // width <= max(2, len(rows) // 4)
        for width in range(2, len(pieces) + 1)
        if figures % width == 0
    )


def _headings_atop(page: list[Line], first: int) -> list[int]:
    """The short lines right above a table's labels (``2020 scale`` / ``(%)`` / ``Assessed contribution``),
    its columns' headings and the labels' own, up to its caption or the text above, furniture excluded."""
    between = _under_caption(page, first)
    if between is not None:
        return between
    atop: list[int] = []
    for row in range(first - 1, max(-1, first - 1 - _CAPTION_DISTANCE), -1):
        text = page[row].text.strip()
        if not text:
            continue
        if len(text) > _SHORT or text.endswith(".") or FURNITURE_LINE.fullmatch(text) or _title_in_capitals(text):
            break
        atop.insert(0, row)
    return atop


def _heads_column(text: str) -> bool:
    """A line among a table's labels that heads a column: a year, the notes column's ``Note``."""
    return YEAR.fullmatch(text) is not None or _NOTE_COLUMN.fullmatch(text) is not None


def _figures_first(page: list[Line], blocks: list[Block], position: int) -> _Found | None:
    """The table whose first figures are ``blocks[position]``, printed figures first (pdftotext without
    ``-layout``, a statement whose rows come in groups): under its caption and the columns' headings (a year
    each, or a heading each, which tells how many columns there are), each group's figures as a block per
    column, as high, perhaps after the notes column's references; a row or group printed apart as its labels
    then a block per column; after the last group, the labels of the grouped rows in blocks, groups' labels
    among them (``INCOME``, with no figures) and the notes column's references between. The labels are read
    beside the groups' heights where both part (`_aligned_at_gaps`), the rows in the order their figures were
    printed."""
    over = _caption_over(page, blocks, position)
    if over is None:
        return None
    top, caption = over
    headings = _headings_under(page, blocks, top, caption, position)
    printed = _groups_printed(page, blocks, position, len(headings))
    if printed is None:
        return None
    groups, after = printed
    labelled, end = _labels_after_groups(page, blocks, after)
    heights = [len(group[0]) for labels, group in groups if labels is None]
    found = _aligned_at_gaps(page, labelled, heights) if labelled and heights else None
    if found is None or found.headings:
        return None
    width = len(groups[0][1])
    heads = headings if len(headings) == width else [[] for _ in range(width)]  # 2008 / 2007: a year a column
    return _first_laid_out(page, (caption + 1, end), groups, found, heads)


def _caption_over(page: list[Line], blocks: list[Block], position: int) -> tuple[int, int] | None:
    """The block of the caption over the figures at ``blocks[position]``, and the caption's line: the block's
    last, or the line over the first column's heading of two or three lines under it in the block
    (``31 December`` / ``2016``); the columns' headings (years, a ``Note``, the notes' references) at most
    between."""
    for back in range(position - 1, max(-1, position - _HEADING_BLOCKS - 1), -1):
        texts = [page[row].text.strip() for row in blocks[back]]
        if any(map(_is_caption, texts[-2:])):  # (in US dollars) / Note: the caption, the notes column's heading
            return back, blocks[back][-1]
        for under in range(2, min(len(texts), _HEADING_LINES + 1)):
            if _is_caption(texts[-1 - under]) and all(map(_column_heading_line, texts[len(texts) - under :])):
                return back, blocks[back][-1 - under]
        if not all(
            len(text) <= _SHORT
            and (YEAR.fullmatch(text) or not FIGURE.fullmatch(text) or NOTE_REFERENCE.fullmatch(text))
            for text in texts
        ):
            return None
    return None


def _column_heading_line(text: str) -> bool:
    """A line of a column's heading printed under a caption: short, no caption, amount or notes' heading."""
    return len(text) <= _SHORT and not (_is_caption(text) or _amount(text) or _NOTE_COLUMN.fullmatch(text))


def _headings_under(page: list[Line], blocks: list[Block], top: int, caption: int, position: int) -> list[Block]:
    """The columns' headings between a caption (its block ``top``, its line ``caption``) and the figures at
    ``blocks[position]``: the lines under the caption in its block, then a block each (the notes column's,
    ``Notes`` and its references, passed over); where a block is all years, the blocks opening with a year
    only."""
    under = [row for row in blocks[top] if row > caption]
    between = [
        block
        for block in blocks[top + 1 : position]
        if not _references_block(page, block) and not _NOTE_COLUMN.fullmatch(page[block[0]].text.strip())
    ]
    headings = ([under] if under else []) + between
    if all(any(not YEAR.fullmatch(page[row].text.strip()) for row in block) for block in headings):
        return headings
    return [block for block in headings if YEAR.fullmatch(page[block[0]].text.strip())]


_HEADING_BLOCKS = 5  # blocks of column headings between a caption and the figures under it


Group = tuple[list[int] | None, list[list[int]]]
"""A group of a table's rows printed figures first: its labels when printed with it (else None), and a block
of figures per column."""


def _groups_printed(
    page: list[Line], blocks: list[Block], position: int, headed: int
) -> tuple[list[Group], int] | None:
    """From ``blocks[position]`` on, the groups of rows, each as many blocks of figures as high as the table
    has columns (``headed``, when two or more headings name them; else as many as the first group has), or
    a block of labels followed by as many blocks of a figure a label; and the index of the block after
    them."""
    width = 0
    while position + width < len(blocks) and _amount_block(page, blocks[position + width]):
        if len(blocks[position + width]) != len(blocks[position]):
            break
        width += 1
    width = headed if 2 <= headed <= width else width
    if width < 2:
        return None
    groups: list[Group] = []
    index = position
    while index < len(blocks):
        group = _group_at(page, blocks, index, width)
        if group is None and groups and _references_block(page, blocks[index]):
            group = _group_at(page, blocks, index + 1, width)  # the notes column's references, before the group
            index += group is not None
        if group is None:
            break
        groups.append(group)
        index += width + (group[0] is not None)
    return (groups, index) if _figures_first_mostly(groups) else None


def _group_at(page: list[Line], blocks: list[Block], index: int, width: int) -> Group | None:
    """The group of rows printed figures first at ``blocks[index]`` (see `_groups_printed`), if one is."""
    labels = blocks[index] if index < len(blocks) and not _amount_block(page, blocks[index]) else None
    cells = blocks[index + (labels is not None) : index + (labels is not None) + width]
    height = len(cells[0]) if cells else 0
    if len(cells) != width or not all(_amount_block(page, cell) and len(cell) == height for cell in cells):
        return None
    if labels is not None and not all(_row_label(page[row].text.strip()) for row in labels):
        return None
    if labels is not None and len(labels) != height and not _headed_by_group(page, labels, height):
        return None
    return labels, cells


def _headed_by_group(page: list[Line], labels: Block, height: int) -> bool:
    """Whether a group printed with its labels opens with the group's label, which has no figures: in
    capitals (``NET ASSETS`` / ``Accumulated surplus`` / ``Reserves``, then a block of two figures a column),
    or over rows ending with their total (``Reserves and fund balances`` / … / ``Total reserves and fund
    balances``)."""
    first, last = page[labels[0]].text.strip(), page[labels[-1]].text.strip()
    totalled = TOTAL.match(last) is not None
    return len(labels) == height + 1 and (first.isupper() or totalled) and _group_label(first)


def _references_block(page: list[Line], block: Block) -> bool:
    """A block of references to a financial statement's notes (``4`` / ``6``): its notes column, printed in
    pieces as its figures are."""
    return all(NOTE_REFERENCE.fullmatch(page[row].text.strip()) for row in block)


def _figures_first_mostly(groups: list[Group]) -> bool:
    """Whether two groups of rows at least were printed figures first, more than rows printed a label and
    its figures each (those are a table printed a cell a line, some of its labels apart: see
    `reading_order.table_cells`)."""
    unlabelled = sum(1 for labels, _ in groups if labels is None)
    return unlabelled >= 2 and sum(1 for labels, _ in groups if labels is not None and len(labels) == 1) < unlabelled


def _amount_block(page: list[Line], block: Block) -> bool:
    return all(_amount(page[row].text.strip()) for row in block)


def _labels_after_groups(page: list[Line], blocks: list[Block], index: int) -> tuple[list[Block], int]:
    """From ``blocks[index]`` on, the blocks of labels printed after a table's groups of figures (the notes
    column's references passed over); the line after the last."""
    labelled: list[Block] = []
    end = blocks[index - 1][-1] + 1
    while index < len(blocks):
        texts = [page[row].text.strip() for row in blocks[index]]
        if all(map(NOTE_REFERENCE.fullmatch, texts)) and labelled:
            pass
        elif all(map(_row_label, texts)) and not any(map(YEAR.fullmatch, texts)) and not _NUMBERED.match(texts[0]):
            labelled.append(blocks[index])
        else:
            break
        end = blocks[index][-1] + 1
        index += 1
    return labelled, end


def _first_laid_out(
    page: list[Line], lines: tuple[int, int], groups: list[Group], found: _Rows, heads: list[list[int]]
) -> _Found:
    """The table of `_figures_first`: its rows in the order their figures were printed (the groups' labels
    read after them given their places), a figure per column and row, none for a group's label; under the
    columns' ``heads``."""
    labels: list[int] = []
    columns: list[list[int]] = [[] for _ in heads]
    rows = iter(enumerate(found.rows))
    for own, cells in groups:
        if own is None:  # the labels read after the groups: this group's, a group's label first perhaps
            taken = 0
            while taken < len(cells[0]):
                at, row = next(rows)
                labels.append(row)
                if at in found.without_figures:
                    for column in columns:
                        column.append(_NO_FIGURE)
                    continue
                for column, cell in zip(columns, cells, strict=True):
                    column.append(cell[taken])
                taken += 1
        else:
            labels += own
            for column, cell in zip(columns, cells, strict=True):
                column.extend([_NO_FIGURE] * (len(own) - len(cell)) + cell)  # (a group's label first, see
                # `_headed_by_group`)
    used = {*labels, *found.wrapped.values()} | {row for column in columns for row in column}
    used |= {row for head in heads for row in head}
    start, end = lines
    left = [row for row in range(start, end) if page[row].text.strip() and row not in used]
    before = {row for row in range(start, labels[0]) if page[row].text.strip()}
    return _Found(
        labels=labels,
        stub=None,
        columns=list(zip(heads, columns, strict=True)),
        left=left,
        end=end,
        taken=before,
        wrapped=found.wrapped,
        pieces=True,
    )


def _unordered(page: list[Line], blocks: list[Block], position: int) -> _Found | None:
    """The table under a numbered caption that pdfminer printed a cell a box, its figures in an order the text
    does not tell (``Table 1. …`` / ``Programme area`` / the labels down to ``Total`` / the columns' headings
    / the figures, some rows' first, then others'): the rows are read, the labels' heading over them, and the
    headings and figures kept after the table, when there are as many figures as rows times headings."""
    above = blocks[position - 1] if position else None
    if above is None or not TABLE_CAPTION.match(page[above[-1]].text.strip()):
        return None
    found = _cells_apart(page, blocks, position)
    if found is None:
        return None
    labels, heads, figures = found
    total = max((at for at, row in enumerate(labels) if TOTAL.fullmatch(page[row].text.strip())), default=None)
    if total is None or total + 1 != len(labels) or not heads or not figures:
        return None
    stub = labels[0] if (len(labels) - 1) * len(heads) == len(figures) else None
    rows = labels[1:] if stub is not None else labels
    if len(rows) < 3 or len(rows) * len(heads) != len(figures):
        return None
    left = sorted([row for head in heads for row in head] + figures)
    taken = {stub} if stub is not None else set()
    return _Found(labels=rows, stub=stub, columns=[], left=left, end=figures[-1] + 1, taken=taken, wrapped={})


def _columns_in_order(page: list[Line], blocks: list[Block], position: int) -> _Found | None:
    """The table whose row labels are the block at ``blocks[position]`` and any blocks of labels after it
    (its stub's heading perhaps first), with one block of figures after them (its columns' headings, a short
    block each, between or atop the labels) holding exactly a figure a row in each column, printed column
    after column: each column's figures alike in form, where a reading row after row would mix them
    (``0.4892`` … ``2.3396`` … ``196,928`` …). pdfminer prints a table so, a cell a box; where the columns'
    figures are alike (a statement's amounts), the order cannot be told and other readers keep them apart, and
    where two columns side by side are alike and their figures do not agree row by row (see `_told_apart`),
    those two are kept after the table, the others placed."""
    found = _labels_then_run(page, blocks, position)
    if found is None:
        return None
    labels, heads, figures = found
    for stub in (0, 1):
        rows = labels[stub:]
        width, extra = divmod(len(figures), len(rows))
        head, stub_line = _heads_of(heads, width, labels[0] if stub else None)
        if extra or not 2 <= width <= _COLUMNS_IN_ONE or (heads and not head):
            continue
        columns = [figures[column * len(rows) : (column + 1) * len(rows)] for column in range(width)]
        if not _alike(page, columns) or _alike(page, [figures[column::width] for column in range(width)]):
            continue
        told = _told_apart(page, columns) if _boxed(figures) else [True] * width
        if not any(told):
            continue  # (no column sure of its rows: `_order_untold`)
        placed = [(head[index] if head else [], column) for index, column in enumerate(columns) if told[index]]
        unplaced = [index for index, sure in enumerate(told) if not sure]
        left = sorted(row for index in unplaced for row in (*(head[index] if head else []), *columns[index]))
        left = sorted({*left, *_running_header_between(page, labels, figures)})
        above = {row for block in heads for row in block if row < labels[0]}  # (an unplaced column's heading:
        # taken from above the table, kept after it with the column's figures)
        return _Found(
            labels=rows,
            stub=stub_line,
            columns=placed,
            left=left,
            end=figures[-1] + 1,
            taken=above | ({labels[0]} if stub else set()),
            wrapped={},
        )
    return None


def _order_untold(page: list[Line], blocks: list[Block], position: int) -> _Found | None:
    """The table whose row labels (its stub's heading perhaps first) and one block of figures, a figure a row
    in each of its columns (as many as its headings, two to six), are printed in an order the text does not
    tell: pdfminer printed each cell a box and the columns in pieces taking turns (``6.301`` … ``0.010`` /
    ``6.7319`` … / ``16.624`` / ``17.7609`` / …), the labels before the columns' headings and figures
    (`_labels_last_untold` reads those printed after them). The rows are read, their stub's heading over them,
    and the headings and figures kept after the table (`table-figures-unplaced`, a warning)."""
    return _rows_of_untold(page, _labels_then_run(page, blocks, position))


def _labels_last_untold(page: list[Line], blocks: list[Block], position: int) -> _Found | None:
    """`_order_untold`'s table, its label column printed after the columns (`_run_then_labels`): tried
    before `_table`, which would take the columns' headings above the figures for labels."""
    return _rows_of_untold(page, _run_then_labels(page, blocks, position))


def _rows_of_untold(page: list[Line], found: tuple[list[int], list[Block], Block] | None) -> _Found | None:
    """The table of `_order_untold`, from its labels, its columns' headings and its figures."""
    if found is None:
        return None
    labels, blocks_between, figures = found
    heads = [block for block in blocks_between if not _captioned(page, block) and not _labels_a_table(page, block)]
    for stub in (0, 1):
        rows = labels[stub:]
        width, extra = divmod(len(figures), len(rows))
        head, stub_line = _heads_of(heads, width, labels[0] if stub else None)
        if extra or not 2 <= width <= _COLUMNS_IN_ONE or not head or len(rows) < _CELL_ROWS:
            continue
        headings = {row for block in blocks_between for row in block}
        above = {row for row in (*headings, *figures) if row < labels[0]}  # (the labels printed last)
        left = sorted((headings | set(figures) | set(_running_header_between(page, labels, figures))) - {stub_line})
        return _Found(
            labels=rows,
            stub=stub_line,
            columns=[],
            left=left,
            end=max(figures[-1], labels[-1]) + 1,
            taken=above | ({labels[0]} if stub else set()),
            wrapped={},
        )
    return None


def _run_then_labels(
    page: list[Line], blocks: list[Block], position: int
) -> tuple[list[int], list[Block], Block] | None:
    """From ``blocks[position]`` on, the columns' headings (a short block each, none above them), the blocks of
    figures after them (a column's heading perhaps atop one: ``Scale`` / ``2017`` / ``(%)`` / ``11.7190`` /
    …), and the blocks of labels after these (three at least, their stub's heading perhaps first): a table
    pdfminer printed a box a cell, its label column last. The headings atop figures are counted among the
    headings; the figures are returned as one block."""
    if position and _heading_block(page, blocks[position - 1]):
        return None  # (the headings start above)
    heads = _short_blocks(page, blocks, position)
    if not heads:
        return None
    at = position + len(heads)
    figures: list[int] = []
    while at < len(blocks) and (top := _heading_atop_figures(page, blocks[at])) is not None:
        heads += [blocks[at][:top]] if top else []
        figures += blocks[at][top:]
        at += 1
    if not figures:
        return None
    labels: list[int] = []
    while at < len(blocks) and _labels_block(page, blocks[at]):
        labels += blocks[at]
        at += 1
    return (labels, heads, figures) if len(labels) >= _CELL_ROWS else None


def _heading_atop_figures(page: list[Line], block: Block) -> int | None:
    """How many lines of a column's heading open a block of figures (none, or up to three: ``Scale`` /
    ``2017`` / ``(%)`` / ``11.7190`` / …); None where the block is no column's figures."""
    for top in range(_HEADING_LINES + 1):
        rest = block[top:]
        if top and len(rest) <= _CELL_FIGURES:
            return None  # (a row printed a cell a line: its label, then its figures)
        if all(FIGURE.fullmatch(page[row].text.strip()) for row in rest):
            return top if not top or _heading_block(page, block[:top]) else None
    return None


def _labels_then_run(
    page: list[Line], blocks: list[Block], position: int
) -> tuple[list[int], list[Block], Block] | None:
    """From ``blocks[position]`` on, the blocks of labels (three at least, none above them; the columns'
    headings after them, reading as labels, end them: see `_heads_over_run`), the columns' headings after them
    (the page's running header perhaps between: see `_running_header_between`) or else atop them, and the one
    block of figures after them."""
    if position and _labels_block(page, blocks[position - 1]):
        return None  # (the labels start above)
    labels: list[int] = []
    at = position
    while (
        at < len(blocks)
        and _labels_block(page, blocks[at])
        and not (labels and _heads_over_run(page, blocks, at, len(labels)))
    ):
        labels += blocks[at]  # (a box each, or several: Belgium / Bhutan a)
        at += 1
    while labels and at < len(blocks) and _running_header_block(page, blocks[at]):
        at += 1  # (the page's running header, printed after the labels that open the page)
    heads = _short_blocks(page, blocks, at)
    at += len(heads)
    if len(labels) < _CELL_ROWS or at >= len(blocks):
        return None
    if not all(FIGURE.fullmatch(page[row].text.strip()) for row in blocks[at]):
        return None
    return labels, heads or _heads_atop(page, blocks, position), blocks[at]


def _running_header_block(page: list[Line], block: Block) -> bool:
    """Whether a block is a page's running header: furniture only, a page label among it (``S/11/5`` /
    ``Annex`` / ``Page 2``; a symbol alone over a column, ``MC/2081``, is that column's heading)."""
    return _is_furniture(page, block) and any(_PAGE_LABEL.fullmatch(page[row].text.strip()) for row in block)


def _running_header_between(page: list[Line], labels: list[int], figures: Block) -> list[int]:
    """The lines of the page's running header printed between a table's labels and its figures, which the
    table keeps (`_running_header` puts them atop the page)."""
    header = [row for row in range(labels[-1] + 1, figures[0]) if FURNITURE_LINE.fullmatch(page[row].text.strip())]
    return header if any(_PAGE_LABEL.fullmatch(page[row].text.strip()) for row in header) else []


def _heads_over_run(page: list[Line], blocks: list[Block], at: int, labels: int) -> bool:
    """Whether the blocks from ``blocks[at]`` on are columns' headings over a block of figures, a figure for
    each of the ``labels`` lines before them (or all but the first, the labels' heading) in each column (a
    few labels could be a row printed cell by cell: five rows and their heading at least): two short blocks
    or more, the first
    of two lines or three (``Outstanding at`` / ``1 January 2015``, ``Assessed`` / ``for 2015``), reading as
    labels though they head the columns (a caption among them, ``(in Swiss francs)``, heads none)."""
    heads = _short_blocks(page, blocks, at)
    after = at + len(heads)
    if labels < _HEADED_LABELS or len(heads) < 2 or len(blocks[at]) == 1 or after == len(blocks):
        return False
    if not all(FIGURE.fullmatch(page[row].text.strip()) for row in blocks[after]):
        return False
    columns = sum(1 for block in heads if not _captioned(page, block))
    return len(blocks[after]) in (columns * labels, columns * (labels - 1))


def _heads_of(heads: list[Block], width: int, stub: int | None) -> tuple[list[Block], int | None]:
    """The headings of a table's ``width`` columns among the short blocks ``heads``, and its stub's heading
    (the first block's one line, when there is one block more, or ``stub``, the first label's line); no
    headings unless they are as many as the columns."""
    if len(heads) == width + 1 and stub is None and len(heads[0]) == 1:
        return heads[1:], heads[0][0]
    return (heads, stub) if len(heads) == width else ([], stub)


def _labels_block(page: list[Line], block: Block) -> bool:
    """Whether a block holds rows' labels only, not all in capitals, no line of a column's heading (a year, a
    unit: ``2017``, ``(%)``) nor furniture."""
    texts = [page[row].text.strip() for row in block]
    if _is_furniture(page, block) or any(map(_title_in_capitals, texts)) or texts == [text.upper() for text in texts]:
        return False  # (a running header, a title, an annex's label: ``ANNEX``)
    return all(
        _row_label(text) and not YEAR.fullmatch(text) and not UNIT.fullmatch(text) and not text.startswith("(")
        for text in texts
    )


def _short_blocks(page: list[Line], blocks: list[Block], at: int) -> list[Block]:
    """The blocks of a few short lines from ``blocks[at]`` on: columns' headings."""
    found: list[Block] = []
    while at < len(blocks) and _heading_block(page, blocks[at]):
        found.append(blocks[at])
        at += 1
    return found


def _heads_atop(page: list[Line], blocks: list[Block], position: int) -> list[Block]:
    """The blocks of columns' headings right atop a table's labels ``blocks[position]``, up to a caption."""
    start = position
    while start > 0 and _heading_block(page, blocks[start - 1]) and not _captioned(page, blocks[start - 1]):
        start -= 1
    return blocks[start:position]


def _captioned(page: list[Line], block: Block) -> bool:
    """Whether a block holds a table's caption (a unit alone in brackets under a heading, ``(CHF)``, is
    none) or its title in capitals (``PROPOSED SCALE OF ASSESSMENT FOR 2010``)."""
    return any(
        (_is_caption(text) and " " in text) or _title_in_capitals(text)
        for text in (page[row].text.strip() for row in block)
    )


def _heading_block(page: list[Line], block: Block) -> bool:
    """A column's heading printed apart, its unit perhaps under it (``Scale`` / ``2017`` / ``(%)``): a short
    block of words, no furniture, no figures but a year."""
    texts = [page[row].text.strip() for row in block]
    words = any(character.isalpha() for text in texts for character in text)
    figures = any(FIGURE.fullmatch(text) and not YEAR.fullmatch(text) for text in texts)
    return words and not figures and _aside(page, block) and not _is_furniture(page, block)


def _alike(page: list[Line], columns: list[list[int]]) -> bool:
    """Whether each column's figures are alike in form (as many decimals), a dash for nothing passed over."""
    for column in columns:
        forms = _forms(page, column)
        if not forms or forms.most_common(1)[0][1] < _ALIKE * forms.total():
            return False
    return True


def _forms(page: list[Line], column: list[int]) -> Counter[int]:
    """How many of a column's figures have each form (dashes for nothing passed over)."""
    return Counter(form for form in (_form(page[row].text.strip()) for row in column) if form is not None)


def _boxed(figures: list[int]) -> bool:
    """Whether figures were printed a box each, a blank line between one and the next."""
    return all(later - earlier == 2 for earlier, later in pairwise(figures))


def _told_apart(page: list[Line], columns: list[list[int]]) -> list[bool]:
    """For each column of figures printed a box each, whether its rows are sure: pdfminer orders boxes by
    where they stand, and may print two columns alike in form side by side in pieces that take turns (twenty
    of one, twenty of the other), which their order cannot tell apart. A column is sure beside one unlike it
    (``0.007`` / ``3,986``), or beside one alike whose figures agree with its own row by row, as one measure's
    for two years do (``0.1676`` / ``0.1440``); figures taking turns would pair other rows'
    (``0.0075`` / ``0.4338``)."""
    forms = [_usual_form(page, column) for column in columns]
    confused = [
        forms[at] == forms[at + 1] and not _agree(page, columns[at], columns[at + 1]) for at in range(len(columns) - 1)
    ]
    return [not (at and confused[at - 1]) and not (at < len(confused) and confused[at]) for at in range(len(columns))]


def _usual_form(page: list[Line], column: list[int]) -> int | None:
    """The form most of a column's figures have (dashes for nothing passed over); None where all are dashes."""
    forms = _forms(page, column)
    return forms.most_common(1)[0][0] if forms else None


def _agree(page: list[Line], first: list[int], second: list[int]) -> bool:
    """Whether two columns' figures agree row by row: within a factor of three of each other in most rows
    that hold both (nine in ten)."""
    pairs = [
        (amount_value(page[a].text.strip()), amount_value(page[b].text.strip()))
        for a, b in zip(first, second, strict=True)
    ]
    held = [(abs(x), abs(y)) for x, y in pairs if x and y]
    close = sum(1 for x, y in held if max(x, y) <= _AGREE_FACTOR * min(x, y))
    return bool(held) and close >= _AGREE_SHARE * len(held)


_AGREE_FACTOR = 3
_AGREE_SHARE = 0.9


def _form(text: str) -> int | None:
    """A figure's form: how many decimals it has; None for a dash."""
    if not any(character.isdigit() for character in text):
        return None
    return len(text.strip("()%").partition(".")[2])


_ALIKE = 0.9  # of a column's figures alike in form, at least


def _cells_apart(
    page: list[Line], blocks: list[Block], position: int
) -> tuple[list[int], list[list[int]], list[int]] | None:
    """From ``blocks[position]`` on, a table's cells a box each: its labels down to the total row's, then its
    columns' headings (a line each, or a block each when printed apart: ``Persons`` / ``assisted, 2019``),
    then its figures; None where a heading over more figures follows them (the table goes on)."""
    labels: list[int] = []
    heads: list[list[int]] = []
    figures: list[int] = []
    for block in blocks[position : position + _LABEL_BLOCKS]:
        texts = [page[row].text.strip() for row in block]
        amounts = [_amount(text) for text in texts]
        if figures and not all(amounts):
            return None if any(amounts) else (labels, heads, figures)  # (a heading over more figures: it goes on)
        if _after_total(page, labels, heads) and not any(amounts) and _aside(page, block):
            heads.append(list(block))  # a heading printed apart: a block
        elif not _cells_taken(page, block, amounts, (labels, heads, figures)):
            return None
    return labels, heads, figures


def _after_total(page: list[Line], labels: list[int], heads: list[list[int]]) -> bool:
    """Whether the labels have reached the total row's (the columns' headings come next)."""
    return bool(heads) or bool(labels and TOTAL.fullmatch(page[labels[-1]].text.strip()))


def _cells_taken(
    page: list[Line], block: Block, amounts: list[bool], cells: tuple[list[int], list[list[int]], list[int]]
) -> bool:
    """The lines of a box among a table's cells put with its labels, headings or figures; False for a line
    that no cell holds (a sentence, text after the figures)."""
    labels, heads, figures = cells
    for row, amount in zip(block, amounts, strict=True):
        text = page[row].text.strip()
        if amount:
            figures.append(row)
        elif figures or not (_row_label(text) or len(text) <= _SHORT):
            return False
        elif _after_total(page, labels, heads):
            heads.append([row])  # a heading after the total row's label, in the labels' box
        else:
            labels.append(row)
    return True


def _amount(text: str) -> bool:
    """A figure that is no year (a year can head a column)."""
    return FIGURE.fullmatch(text) is not None and YEAR.fullmatch(text) is None


def _labels_and_headings(page: list[Line], blocks: list[Block], position: int) -> tuple[list[Block], int | None, int]:
    """From ``blocks[position]`` on, the blocks of row labels and of column headings (``31 December`` /
    ``2015``), and a caption among them; the index of the block after them. The blocks of a notes column
    (``Note`` / ``3`` / ``4``) and a note under the table are passed over (kept after it); none where labels
    follow the caption (the blocks above it were a title)."""
    labelled: list[Block] = []
    caption = None
    noted = _noted_above(page, blocks, position)
    index = position
    while index < len(blocks) and len(labelled) < _LABEL_BLOCKS:
        texts = [page[row].text.strip() for row in blocks[index]]
        kind = _label_region_block(texts, labelled=bool(labelled), noted=noted, captioned=caption is not None)
        if kind == "title":
            return [], None, index
        if kind == "end":
            break
        if kind == "notes":
            noted = True
        elif kind == "caption":
            caption = blocks[index][0]
        elif kind == "labels":
            labelled.append(blocks[index])
        index += 1
    return labelled, caption, index


def _label_region_block(texts: list[str], *, labelled: bool, noted: bool, captioned: bool) -> str:
    """What a block is, from a table's first labels to its figures: ``labels`` (or a column's heading: a year
    alone, atop the labels or after them, ``2012`` / ``2013``), a ``title`` (labels come after the caption),
    or one of the blocks `_set_aside` tells; else the ``end`` of the region (the figures, a heading atop a
    column's first block, the text after the table)."""
    aside = _set_aside(texts, labelled=labelled, noted=noted, captioned=captioned)
    if aside is not None:
        return aside
    if not _labels_or_year(texts):
        return "end"
    return "title" if captioned and len(texts) > _HEADING_LINES else "labels"


def _set_aside(texts: list[str], *, labelled: bool, noted: bool, captioned: bool) -> str | None:
    """A block among a table's labels that is none of them: the ``notes`` column's heading, its references or
    a note under the table (``passed``: kept after the table), the ``caption`` printed after the labels; a
    running header or a caption above the table (the ``end``: the labels start below it)."""
    one = texts[0] if len(texts) == 1 else None
    if one is not None and _NOTE_COLUMN.fullmatch(one):
        return "notes"  # which rows its references go with, the text does not tell
    if (noted and all(map(NOTE_REFERENCE.fullmatch, texts))) or (labelled and _kept_after(texts)):
        return "passed"
    if one is not None and not captioned and labelled and _printed_after(one):
        return "caption"
    if all(map(FURNITURE_LINE.fullmatch, texts)) or (not labelled and any(map(_is_caption, texts))):
        return "end"
    if not labelled and one is not None and (_title_in_capitals(one) or _AS_AT_DATE.search(one)):
        return "end"  # PROPOSED SCALE OF ASSESSMENT AND … FOR 2005: the table's title, the labels below it
    return None


def _title_in_capitals(text: str) -> bool:
    """A table's title in capitals atop its labels: five words or more, no total's."""
    return text.isupper() and len(text.split()) >= _TITLE_WORDS and TOTAL.match(text) is None


def _noted_above(page: list[Line], blocks: list[Block], position: int) -> bool:
    """Whether the heading of a column of references to notes (``Note``) stands among the blocks of labels and
    headings right above ``blocks[position]``."""
    for block in reversed(blocks[max(0, position - _LABEL_BLOCKS) : position]):
        texts = [page[row].text.strip() for row in block]
        if len(texts) == 1 and _NOTE_COLUMN.fullmatch(texts[0]):
            return True
        if not _labels_or_year(texts):
            return False
    return False


def _labels_or_year(texts: list[str]) -> bool:
    """A block of row labels or column headings, or a year alone (a column's heading, though a figure)."""
    return _labels_or_headings(texts) or (len(texts) == 1 and YEAR.fullmatch(texts[0]) is not None)


def _kept_after(texts: list[str]) -> bool:
    """A block among a table's labels that goes after the table: a note under it, a running header."""
    return (len(texts) == 1 and _TABLE_NOTE.match(texts[0]) is not None) or all(map(FURNITURE_LINE.fullmatch, texts))


def _labels_or_headings(texts: list[str]) -> bool:
    """A block of row labels or of a column's heading (years among its lines): no numbered heading or
    caption, no statement's title, no figure, no sentence."""
    if _NUMBERED.match(texts[0]) or TABLE_CAPTION.match(texts[0]) or _figure(texts[0], texts[1:]):
        return False
    if STATEMENT_LABEL.fullmatch(texts[0]):
        return False
    if any(map(_amount, texts[1:])):
        return False
    return all(_row_label(text) or (len(text) <= _SHORT and not text.endswith(".")) for text in texts)


def _printed_after(text: str) -> bool:
    """A caption printed after a table's labels: a caption, or words ending with their unit in parentheses
    (``Proposed scale of assessment for 2023 (percentages)``)."""
    return _is_caption(text) or (len(text.split()) >= _CAPTION_WORDS and ENDS_WITH_UNIT.search(text) is not None)


def _pieces(page: list[Line], blocks: list[Block], index: int) -> tuple[list[Column], int]:
    """From ``blocks[index]`` on, the blocks of one figure or more (each perhaps under a heading of a few short
    lines, years among them), running headers passed over, to the first other block; the line after the
    last piece."""
    pieces: list[Column] = []
    end = blocks[index - 1][-1] + 1 if index else 0
    for at in range(index, len(blocks)):  # no slice: a copy of the page's blocks at each would be quadratic
        block = blocks[at]
        texts = [page[row].text.strip() for row in block]
        first = _heading_end(texts, len(texts) - 1)
        if all(FIGURE.fullmatch(text) for text in texts[first:]) and not any(
            len(text) > _SHORT or text.endswith(".") for text in texts[:first]
        ):
            furniture = all(FURNITURE_LINE.fullmatch(text) for text in texts[:first])
            pieces.append(([] if furniture else block[:first], block[first:]))  # a running header: no heading
            end = block[-1] + 1
        elif not all(FURNITURE_LINE.fullmatch(text) for text in texts):
            break
    return pieces, end


def _readings_of(pieces: list[Column]) -> Iterator[tuple[list[list[Column]], bool]]:
    """The ways the pieces can be a table's columns, and whether by groups: column after column, each in as
    many pieces (pdfminer; a column in one piece first), then group after group of rows, a piece a column in
    each (pdftotext without ``-layout`` prints a statement's figures so, a block of the page at a time)."""
    for per_column in range(1, len(pieces) + 1):
        columns = _columns_of(pieces, per_column)
        if columns is not None:
            yield columns, False
    for width in range(2, _COLUMNS_IN_ONE + 1):
        columns = _columns_by_groups(pieces, width)
        if columns is not None:
            yield columns, True


def _columns_by_groups(pieces: list[Column], width: int) -> list[list[Column]] | None:
    """The pieces as ``width`` columns, printed a group of rows after the other (a piece a column in each,
    as high), the groups not all as high (pieces all as high read as well column after column, and the
    text does not tell which: no reading), a heading atop the first group's pieces only. A last group of
    one row may come as one piece, its cells joined (see `_boxes_joined`)."""
    last_heading, last = pieces[-1]
    if len(pieces) % width == 1 and len(last) == width and not last_heading:  # a row's cells, a box each, joined
        pieces = pieces[:-1] + [([], [row]) for row in last]
    if len(pieces) % width or len(pieces) == width:
        return None
    groups = [pieces[start : start + width] for start in range(0, len(pieces), width)]
    heights = [len(group[0][1]) for group in groups]
    if len(set(heights)) == 1 or any(
        len(figures) != height for group, height in zip(groups, heights, strict=True) for _, figures in group
    ):
        return None
    if any(heading for group in groups[1:] for heading, _ in group):
        return None
    return [[group[column] for group in groups] for column in range(width)]


def _columns_of(pieces: list[Column], per_column: int) -> list[list[Column]] | None:
    """The pieces as columns of ``per_column`` pieces each, every column's pieces as high as the first's, a
    heading atop a column's first piece only; None where they are not."""
    if len(pieces) % per_column or len(pieces) == 1:
        return None
    columns = [pieces[start : start + per_column] for start in range(0, len(pieces), per_column)]
    heights = [len(figures) for _, figures in columns[0]]
    for column in columns:
        if [len(figures) for _, figures in column] != heights or any(heading for heading, _ in column[1:]):
            return None
    return columns


@define
class _Rows:
    """The rows a table's label blocks hold, aligned with its columns' pieces: the heading of the labels'
    column, the rows (a group's label among them, with no figure), the wrapped labels' second lines by their
    first, and the blocks after the labels (the columns' headings)."""

    stub: int | None
    rows: list[int]
    without_figures: set[int]
    wrapped: dict[int, int]
    headings: list[Block]


def _aligned(page: list[Line], labelled: list[Block], heights: list[int]) -> _Rows | None:
    """The rows of the label blocks ``labelled`` beside a column's pieces (``heights``), in order: a block as
    high as a piece, or as a few (a sub-row ``of which …`` parts the figures), or a few blocks as high as one
    (its last label indented apart); the labels' heading atop the first and, between two pieces, a wrapped
    label's second line or a group's label (see `_set_apart`). The blocks after the last are the columns'
    headings. None where the blocks do not match."""
    found = _Rows(stub=None, rows=[], without_figures=set(), wrapped={}, headings=[])
    piece = 0
    pending: list[int] = []  # the labels of a piece printed in blocks of their own
    for index, block in enumerate(labelled):
        if piece == len(heights):
            found.headings = labelled[index:]
            break
        following = labelled[index + 1] if index + 1 < len(labelled) else None
        pending += block if pending else _set_apart(page, found, block, heights[piece:], following)
        covered = _covered(len(pending), heights[piece:])
        if covered:
            found.rows += pending
            piece, pending = piece + covered, []
        elif len(pending) >= heights[piece]:
            return None
    if pending or piece < len(heights) or len(found.rows) < 3:
        return None
    return found if all(_row_label(page[row].text.strip()) for row in found.rows) else None


_RUN_ON = 4  # the cost of a reading where the labels part and the figures run on, or the other way round
_LABELS_HEADING = 4  # of the first line read as the labels' column heading
_GROUP = 4  # of a line read as a group's label, with no figures
_OPENING = 1  # less when the group's label opens its block of labels (``Income`` / ``Assessed …``)
_CAPITALS = 2  # less when it is in capitals (``EXPENDITURE``); a group's label is right under another's only
# where that one is in capitals and it is not (``ASSETS`` / ``Current assets``)
_WRAPPED_LONG = 2  # of a line opening with a capital read as the end of the long label above it


@define(frozen=True)
class _Reading:
    """The best reading of a table's label lines from one point on: its cost, how many readings cost as
    little, and what each line is (``row``, ``group``, ``wrap``, ``stub``, ``lead``; ``headings`` for all the
    lines left)."""

    cost: float
    ties: int = 1
    plan: tuple[str, ...] = ()


_NO_READING = _Reading(float("inf"), 0)
_Option = tuple[float, tuple[str, ...], _Reading]  # a choice's own cost, the parts it reads, the best after it


def _aligned_at_gaps(
    page: list[Line], labelled: list[Block], heights: list[int], *, every_row: bool = False
) -> _Rows | None:
    """The rows of the label blocks ``labelled`` beside a column's pieces (``heights``), read where both part.
    pdfminer parts a column's figures where a row has none (a group's label: ``Expenditure``; a wrapped
    label's second line) and the labels where the page leaves a gap between them, so the two part at the
    same rows. Each line is a row, a group's label, the end of the label above, or (the first) the labels'
    heading; the reading chosen parts pieces and blocks at the same rows, as far as it can, group labels in
    capitals or opening their block preferred. Years and a ``Note`` heading atop the labels, and the blocks
    after the last row, head the columns. None where no reading fits, or two fit as well (the text does
    not tell); and, unless ``every_row``, where every row has its figures (`_aligned` reads those, the
    blocks of labels as high as the pieces; this reads them where a block runs on over a piece's end, a
    wrapped label made one line before)."""
    if every_row and (min(heights) < _PIECE_ROWS or sum(heights) < 2 * _PIECE_ROWS):
        return None  # short pieces: headings may read as rows (a list of labels runs on over long pieces)
    reader = _GapReader(page, labelled, heights)
    reading = reader.best(0, 0, "")
    if reading.ties != 1 or reading.cost == float("inf"):
        return None
    return _rows_of(page, reader.lines, reading.plan, labelled, every_row=every_row)


class _GapReader:
    """The readings of a table's label lines beside its pieces, each line after the one before (see
    `_aligned_at_gaps`): from each line and piece, the cheapest, found once."""

    def __init__(self, page: list[Line], labelled: list[Block], heights: list[int]) -> None:
        self.lines = [row for block in labelled for row in block]
        self.opens = {block[0] for block in labelled}  # the lines opening a block
        self.texts = [page[row].text.strip() for row in self.lines]
        self.longest = max(map(len, self.texts))
        self.heights = heights
        self.found: dict[tuple[int, int, str], _Reading] = {}
        # the lines right after a label made one line from two (see `reading_order.wrapped_row_labels`): the
        # figures' pieces part beside it, for the label took two lines
        numbers = [page[row].number for row in self.lines]
        joins = range(1, len(numbers))
        self.rejoined = {at for at in joins if numbers[at] - numbers[at - 1] == 2 and self.lines[at] not in self.opens}

    def best(self, at: int, piece: int, previous: str) -> _Reading:
        """The cheapest reading of the lines from ``at`` beside the pieces from ``piece``, the line before
        read as ``previous``."""
        key = (at, piece, previous)
        if key not in self.found:
            self.found[key] = (
                self._ended(at) if piece == len(self.heights) else _cheapest(self._options(at, piece, previous))
            )
        return self.found[key]

    def _ended(self, at: int) -> _Reading:
        """Every piece has its rows: the lines left, whole blocks of short lines, head the columns."""
        if at == len(self.lines):
            return _Reading(0)
        heads = self.lines[at] in self.opens and all(len(text) <= _SHORT for text in self.texts[at:])
        return _Reading(0, 1, ("headings",)) if heads else _NO_READING

    def _options(self, at: int, piece: int, previous: str) -> list[_Option]:
        options = self._rows(at, piece, previous)
        if at == len(self.lines):
            return options
        if previous in ("", "lead"):
            options += self._atop(at, piece)
        text = self.texts[at]
        if (
            previous == "row"
            and TOTAL.match(text) is None  # (a total opens its own label: ``TOTAL NET ASSETS``)
            and (text[:1].islower() or len(self.texts[at - 1]) >= max(_WRAPPED_SHARE * self.longest, 25))
        ):
            options.append((0 if text[:1].islower() else _WRAPPED_LONG, ("wrap",), self.best(at + 1, piece, "wrap")))
        subgroup = previous == "group" and self._subgroup(at)  # ASSETS / Current assets: as likely as capitals
        if _group_label(text) and (previous not in ("wrap", "group") or subgroup):  # a row at least
            cost = _GROUP - (_OPENING if self.lines[at] in self.opens else 0)
            cost -= _CAPITALS if text.isupper() or subgroup else 0
            options.append((cost, ("group",), self.best(at + 1, piece, "group")))
        return options

    def _subgroup(self, at: int) -> bool:
        """Whether the group's label at line ``at`` can open a group within the group above, right under its
        label in its block: that one in capitals, this one not (``ASSETS`` / ``Current assets``)."""
        return self.texts[at - 1].isupper() and not self.texts[at].isupper() and self.lines[at] not in self.opens

    def _rows(self, at: int, piece: int, previous: str) -> list[_Option]:
        """The rows of the piece ``piece`` from line ``at``, dearer where the pieces part and the labels run on
        or the other way round."""
        height = self.heights[piece]
        if at + height > len(self.lines) or not all(map(_row_label, self.texts[at : at + height])):
            return []
        cost = _RUN_ON if previous == "row" and self.lines[at] not in self.opens and not self._beside_wrap(at) else 0
        opening = cost
        cost += _RUN_ON * sum(1 for row in self.lines[at + 1 : at + height] if row in self.opens)
        options: list[_Option] = [(cost, ("row",) * height, self.best(at + height, piece + 1, "row"))]
        wrap = self._wrap_apart(at, height)
        if wrap is not None:  # the rows with the end of a long label among them, a block of its own
            cost = opening + _WRAPPED_LONG
            apart = (self.lines[wrap], self.lines[wrap + 1])  # the wrapped end's block, and the block after it
            opened = [row for row in self.lines[at + 1 : at + height + 1] if row in self.opens and row not in apart]
            cost += _RUN_ON * len(opened)
            plan = ("row",) * (wrap - at) + ("wrap",) + ("row",) * (at + height - wrap)
            options.append((cost, plan, self.best(at + height + 1, piece + 1, "row")))
        return options

    def _beside_wrap(self, at: int) -> bool:
        """Whether a piece opening at line ``at`` parts beside a label wrapped over two lines (before it or
        after it), which explains the gap in the figures as a group's label would."""
        return at in self.rejoined or at + 1 in self.rejoined

    def _wrap_apart(self, at: int, height: int) -> int | None:
        """The first line among the ``height`` rows from ``at`` (one more counted) that pdfminer printed as a
        block of its own under a long label whose end it is (``United Kingdom of Great Britain and Northern``
        / ``Ireland``): a row label opening its block, the next line opening the next."""
        end = at + height + 1
        if end > len(self.lines):
            return None
        for line in range(at + 1, end - 1):
            if (
                self.lines[line] in self.opens
                and self.lines[line + 1] in self.opens
                and len(self.texts[line - 1]) >= max(_WRAPPED_SHARE * self.longest, _WRAPPED_LENGTH)
                and all(map(_row_label, self.texts[line + 1 : end]))
            ):
                return line
        return None

    def _atop(self, at: int, piece: int) -> list[_Option]:
        """A line atop the rows: the labels' heading; or a year or the notes column's heading, a block of its
        own (a year opening a block of labels is a row)."""
        options: list[_Option] = [(_LABELS_HEADING, ("stub",), self.best(at + 1, piece, "stub"))]
        alone = at + 1 == len(self.lines) or self.lines[at + 1] in self.opens
        if alone and self.lines[at] in self.opens and _heads_column(self.texts[at]):
            options.append((0, ("lead",), self.best(at + 1, piece, "lead")))
        return options


def _cheapest(options: list[_Option]) -> _Reading:
    """The cheapest reading the ``options`` give, with how many cost as little."""
    found = _NO_READING
    for cost, parts, after in options:
        total = cost + after.cost
        if total < found.cost:
            found = _Reading(total, after.ties, parts + after.plan)
        elif total == found.cost and total != float("inf"):
            found = _Reading(total, found.ties + after.ties, found.plan)
    return found


def _rows_of(
    page: list[Line], lines: list[int], plan: tuple[str, ...], labelled: list[Block], *, every_row: bool = False
) -> _Rows | None:
    """The rows a reading of the label ``lines`` gives: a group's label alone at the top heads the labels."""
    found = _Rows(stub=None, rows=[], without_figures=set(), wrapped={}, headings=[])
    parts = list(plan)
    if parts.count("group") == 1 and parts[0] == "group":
        parts[0] = "stub"  # one group only: the labels' heading
    for at, part in enumerate(parts):
        if part == "headings":
            found.headings = [block for block in labelled if block[0] >= lines[at]]
            break
        if part == "row":
            found.rows.append(lines[at])
        elif part == "group":
            found.without_figures.add(len(found.rows))
            found.rows.append(lines[at])
        elif part == "wrap":
            found.wrapped[found.rows[-1]] = lines[at]
        elif part == "stub":
            found.stub = lines[at]
        elif YEAR.fullmatch(page[lines[at]].text.strip()):
            found.headings.append([lines[at]])  # a year atop the labels: a column's heading
    if len(found.rows) < 3 or not (found.without_figures or found.wrapped or every_row):
        return None  # a table whose rows all have figures, none wrapped: `_aligned` reads it
    return found


def _group_label(text: str) -> bool:
    """A group's label, which may have no figures: a row label with no figure, no total's, perhaps ending with
    a colon (``Operational Part:``)."""
    text = text.removesuffix(":")
    return _row_label(text) and not any(c.isdigit() for c in text) and TOTAL.match(text) is None


_NOTE_COLUMN = re.compile(r"Notes?")
"""The heading of a financial statement's column of references to its notes (``Note`` / ``3`` / ``4``)."""


def _set_apart(page: list[Line], found: _Rows, block: Block, heights: list[int], following: Block | None) -> Block:
    """The lines of a label block that are rows, those that are not noted in ``found``: the labels' heading
    atop the first piece (a line more than it, or a block of its own); between two pieces, a line of its own
    opening in lower case, or whose next block fits the next piece, is a wrapped label's end or a group's
    label (`_between_pieces`)."""
    first = not found.rows and found.stub is None
    if first and len(block) == heights[0] + 1:
        found.stub = block[0]
        return block[1:]
    if first and len(block) == 1 and heights[0] != 1:
        found.stub = block[0]
        return []
    if len(block) != 1 or not found.rows:
        return block
    text = page[block[0]].text.strip()
    lower = text[:1].islower() and not text.startswith("of which ")
    if lower or (not _covered(1, heights) and following is not None and _covered(len(following), heights)):
        _between_pieces(page, found, block[0])
        return []
    return block


def _covered(height: int, heights: list[int]) -> int:
    """How many of the pieces ``heights`` a block of labels ``height`` lines high stands beside: as many as add
    up to it, from the first; 0 when none do."""
    total = 0
    for count, piece in enumerate(heights, start=1):
        total += piece
        if total >= height:
            return count if total == height else 0
    return 0


def _between_pieces(page: list[Line], found: _Rows, line: int) -> None:
    """A label block of one line between two pieces: the second line of the label above, or a group's label."""
    text, above = page[line].text.strip(), page[found.rows[-1]].text.strip()
    longest = max(len(page[row].text.strip()) for row in found.rows)
    if text[:1].islower() or len(above) >= max(_WRAPPED_SHARE * longest, _WRAPPED_LENGTH):
        found.wrapped[found.rows[-1]] = line
    else:
        found.without_figures.add(len(found.rows))
        found.rows.append(line)


def _pieced_table(
    page: list[Line],
    lines: tuple[int, int],
    found: _Rows,
    pieces: list[list[Column]],
    *,
    caption: int | None,
    headed: bool = False,
) -> _Found | None:
    """The table of `_pieced`: each column its pieces' figures in order, none for a group's label; headed by
    the blocks after the labels (each perhaps with its unit) or by the heading atop its first piece. None
    where the headings are not one a column, or (``headed``: the pieces read by groups of rows, which a
    statement's columns headed above the labels could mimic) where none are."""
    columns: list[Column] = []
    for column in pieces:
        figures = iter(row for _, piece in column for row in piece)
        rows = [_NO_FIGURE if at in found.without_figures else next(figures) for at in range(len(found.rows))]
        columns.append((column[0][0], rows))
    # the headings in the order printed, those among the labels first (one may sit atop the first figures)
    heads = with_units(page, found.headings + [heading for heading, _ in columns if heading], len(columns))
    if (heads or headed) and len(heads) != len(columns):
        return None  # headings that are not one a column: the blocks were not a table's
    if heads:
        columns = [(head, figures) for head, (_, figures) in zip(heads, columns, strict=True)]
    used = {*found.rows, *found.wrapped.values(), caption, found.stub}
    used |= {row for heading, figures in columns for row in heading + figures}
    start, end = lines
    left = [row for row in range(start, end) if page[row].text.strip() and row not in used]
    above = [row for row in range(start, found.rows[0]) if page[row].text.strip()]  # the stub, years atop the labels
    return _Found(
        labels=found.rows,
        stub=found.stub,
        columns=columns,
        left=left,
        end=end,
        taken={*found.wrapped.values(), *above},
        wrapped=found.wrapped,
        caption=caption,
        pieces=True,
    )


def _headed_apart(
    page: list[Line], fitting: list[Column], columns: int, asides: list[Block]
) -> tuple[list[Column], list[Block]]:
    """The columns headed by the short blocks printed between the labels and the figures, when every column
    fits and the blocks are a heading a column (each perhaps with its unit: ``IOM scale`` / ``2022`` / … /
    ``%``), and the blocks left aside."""
    if not fitting or len(fitting) != columns or any(heading for heading, _ in fitting[1:]):
        return fitting, asides
    printed = [*asides, fitting[0][0]] if fitting[0][0] else asides  # (the last heading printed runs into the
    for blocks in (printed, _headings_split(page, printed)):  # first column, right under it)
        heads = with_units(page, blocks, len(fitting))
        if len(heads) == columns:
            return [(head, figures) for head, (_, figures) in zip(heads, fitting, strict=True)], []
    if fitting[0][0] and asides and not all(_is_furniture(page, block) for block in asides):
        return [([], figures) for _, figures in fitting], [*asides, fitting[0][0]]  # whose heading, untold
    return fitting, asides


def _regrouped(
    page: list[Line], labels: list[int], columns: list[Column]
) -> tuple[list[int], list[Column], dict[int, int]] | None:
    """A table whose columns pdftotext printed in groups, a wrapped row label splitting them (``United Kingdom
    of Great Britain and Northern`` / ``Ireland``: each column's figures down to that row, then each column's
    figures after it), perhaps with its total row printed a cell a line after them (``TOTAL`` / its figures):
    the labels (the wrapped rows' second lines left out), the columns whole, and each wrapped row's second
    line by its first's. None unless the groups' heights add up to the labels (the labels' heading perhaps
    atop them), one line more for each split. The line at a split is a wrapped label's second line where it
    opens in lower case or the label above it is among the longest (and long); else it is the label of a
    group of rows, with no figures of its own (``Expenses``)."""
    found = _groups(page, columns)
    if found is None:
        return None
    groups, total = found
    readings = [(stub, _put_together(page, labels[stub:], groups)) for stub in (0, 1)]  # a heading atop, or not
    fitting = [(stub, reading) for stub, reading in readings if reading is not None]
    if not fitting:
        return None
    fewest = min(_rows_without_figures(reading) for _, reading in fitting)
    fitting = [(stub, reading) for stub, reading in fitting if _rows_without_figures(reading) == fewest]
    if len(fitting) != 1:
        return None  # two readings as good: which, the text does not tell
    stub, (rows, merged, wrapped) = fitting[0]
    if total is not None:
        rows.append(total[0][0])
        merged = [(heading, [*figures, total[1][index]]) for index, (heading, figures) in enumerate(merged)]
    return labels[:stub] + rows, merged, wrapped


def _groups(page: list[Line], columns: list[Column]) -> tuple[list[list[Column]], Column | None] | None:
    """The columns in groups of as many as the table has, each group's columns as high; and the total row
    printed a cell a line after them (``TOTAL`` / a figure a column), read as a column under its label."""
    last_heading, last_figures = columns[-1]
    total = columns[-1] if len(last_heading) == 1 and _row_label(page[last_heading[0]].text.strip()) else None
    grouped = columns[:-1] if total is not None else columns
    width = next((index for index, (_, figures) in enumerate(grouped) if len(figures) != len(grouped[0][1])), 0)
    if width < 2 or len(grouped) % width or len(grouped) == width or (total and len(last_figures) != width):
        return None
    groups = [grouped[start : start + width] for start in range(0, len(grouped), width)]
    if any(len({len(figures) for _, figures in group}) != 1 for group in groups):
        return None
    return groups, total


def _put_together(
    page: list[Line], labels: list[int], groups: list[list[Column]]
) -> tuple[list[int], list[Column], dict[int, int]] | None:
    """The rows, the columns whole, and the wrapped labels of a table whose columns come in ``groups``: at
    each split, a wrapped label's second line or a group's label with no figures (see `_regrouped`), unless
    the row opening the next group is a label already made one from its two lines (`reading_order`'s
    `wrapped_row_labels`: the next label's line is two lines down); None unless every label is used."""
    longest = max(len(page[row].text.strip()) for row in labels)
    wrapped: dict[int, int] = {}
    rows: list[int] = []
    merged: list[Column] = [(heading, []) for heading, _ in groups[0]]
    at = 0
    for number, group in enumerate(groups):
        height = len(group[0][1])
        if at + height > len(labels):
            return None
        rows += labels[at : at + height]
        for index, (_, figures) in enumerate(group):
            merged[index][1].extend(figures)
        at += height
        if number + 1 == len(groups):
            break
        if _joined_at(page, labels, at):
            continue  # Democratic Republic of the Congo (its two lines made one): no line at the split
        if at >= len(labels):
            return None
        extra, above = page[labels[at]].text.strip(), page[rows[-1]].text.strip()
        if extra[:1].islower() or len(above) >= max(_WRAPPED_SHARE * longest, _WRAPPED_LENGTH):
            wrapped[rows[-1]] = labels[at]  # … and Northern / Ireland: the row's label wrapped
        else:
            rows.append(labels[at])  # Expenses: a group's label, no figures of its own
            for _, figures in merged:
                figures.append(_NO_FIGURE)
        at += 1
    return (rows, merged, wrapped) if at == len(labels) else None


def _rows_without_figures(reading: tuple[list[int], list[Column], dict[int, int]]) -> int:
    """How many rows of a reading of `_put_together` are groups' labels, with no figures of their own."""
    _, merged, _ = reading
    return sum(1 for row in merged[0][1] if row == _NO_FIGURE) if merged else 0


def _joined_at(page: list[Line], labels: list[int], at: int) -> bool:
    """Whether a row on either side of a split between groups of columns (``labels[at - 1]`` ends a group,
    ``labels[at]`` opens the next) is a label made one from its two lines: the label after it stands two
    lines down (pdftotext prints the labels a line each)."""
    return any(
        0 < row < len(labels) and page[labels[row]].number - page[labels[row - 1]].number == 2 for row in (at, at + 1)
    )


def _unplaced(columns: list[Column], fitting: list[Column], asides: list[int]) -> list[int]:
    """The lines of the columns that fit no row, with the ``asides`` among them, in their order."""
    placed = {row for heading, figures in fitting for row in heading + figures}
    return sorted({*asides, *(row for heading, figures in columns for row in heading + figures if row not in placed)})


def _headed_above(between: list[int], fitting: list[Column]) -> bool:
    """Whether the lines ``between`` the caption and the labels head the columns that fit (none has its own
    heading), the labels' column perhaps first."""
    headless = not any(heading for heading, _ in fitting)
    return bool(fitting) and headless and len(between) in (len(fitting), len(fitting) + 1)


def _fitting(labels: list[int], columns: list[Column]) -> tuple[int, list[Column]]:
    """How many lines atop the labels head the table rather than a row, and the columns holding a figure
    per row (with headings from those lines when they name every column: ``Year`` / ``Projects`` /
    ``Countries``). None fits where some labels have no figures (a group's label: ``Assets``): the
    columns are then split in blocks whose order the text does not tell; nor where a column holds more
    figures than there are labels (a total row whose label is printed after the columns)."""
    height = _row_count(len(labels), [len(figures) for _, figures in columns])
    if height is None or any(len(figures) > len(labels) for _, figures in columns):
        return 0, []  # a column longer than the labels holds figures of rows printed elsewhere (a total)
    stub_lines = len(labels) - height
    fitting = [(heading, figures) for heading, figures in columns if len(figures) == height]
    heads = labels[1:stub_lines]  # the labels' heading first, then the columns'
    if not heads:
        return stub_lines, fitting
    if len(heads) == len(fitting) == len(columns) and not any(heading for heading, _ in fitting):
        return stub_lines, [([head], figures) for head, (_, figures) in zip(heads, fitting, strict=True)]
    return 0, []


def _label_run(page: list[Line], block: Block) -> tuple[list[int], list[int]] | None:
    """The row labels that end ``block`` (three at least, the caption above excluded), and the footnote
    number printed after them, if any; none in a statement's title (``STATEMENT II`` / ``STATEMENT OF …``)."""
    end = len(block)
    trailing = []
    if end > 3 and _APART.fullmatch(page[block[-1]].text.strip()):
        trailing = [block[-1]]  # Mauritania / 2: a footnote's number printed apart
        end -= 1
    start = end
    while start > 0 and _row_label(text := page[block[start - 1]].text.strip()) and not _over_labels(text):
        start -= 1  # the running header printed atop the labels (``S/30/7`` / ``Page 3``) is none of them
    if start == 0 and end > 3 and _title_in_capitals(page[block[0]].text.strip()):
        start = 1  # the table's title opening the box of its labels (``PROPOSED SCALE OF ASSESSMENT FOR 2002``)
    if end - start < 3 or STATEMENT_LABEL.fullmatch(page[block[start]].text.strip()):
        return None
    return block[start:end], trailing


def _over_labels(text: str) -> bool:
    """A line atop a table's labels that is none of them: a running header, the notes column's heading."""
    return FURNITURE_LINE.fullmatch(text) is not None or _NOTE_COLUMN.fullmatch(text) is not None


def _row_label(text: str) -> bool:
    """A table's row label: a label of its own (`reading_order.row_label`, perhaps wrapped over two lines that
    `reading_order.wrapped_row_labels` made one) ending with no stop of any kind and no caption, not a row an
    earlier step laid out in cells (``Mass Information     2,470,000     2,860,000``); or a year, though it
    reads as a figure."""
    if YEAR.fullmatch(text):
        return True
    return (
        row_label(text, _WRAPPED_LABEL)
        and not text.endswith((":", ";", ","))
        and not _is_caption(text)
        and not WIDE_GAP.search(text)
    )


def _is_caption(text: str) -> bool:
    """A table's caption: numbered (``Table 2: …``), a statement's label and title (``Schedule – …``), in
    parentheses, ending with its unit (``… (in Swiss francs)``) or marked as going on from the page before
    (``… FOR 2011 (continued)``)."""
    return (
        TABLE_CAPTION.match(text) is not None
        or STATEMENT_TITLE.match(text) is not None
        or (
            CONTINUED.search(text) is not None
            and (len(text.split()) >= _CAPTION_WORDS or _TABLE_LABEL.match(text) is not None)
        )
        or CAPTION.fullmatch(text) is not None
        or UNIT_AT_END.search(text) is not None
    )


def _under_caption(page: list[Line], first: int) -> list[int] | None:
    """If a caption stands above the line ``first``, short lines at most between (column headings printed
    above the labels: ``2018`` / ``2017``), those lines; else None."""
    between: list[int] = []
    for row in range(first - 1, max(-1, first - 1 - _CAPTION_DISTANCE), -1):
        text = page[row].text.strip()
        if not text:
            continue
        if _is_caption(text):
            return between
        if len(text) > _SHORT or text.endswith(".") or _LABELLED_ROW.match(text):
            return None  # (a row's label numbered as a service area's, ``II.2 Health``: the rows go on above)
        between.insert(0, row)
    return None


def _figure_blocks(page: list[Line], blocks: list[Block], position: int) -> tuple[list[Column], list[Block], int]:
    """From ``blocks[position]`` on, the blocks of figures (each perhaps under its heading) and the short
    blocks among them (headings printed apart, running headers, a piece of the notes column citing two notes:
    ``10, 11``), to the first block of text; and the line after the last block of figures."""
    columns: list[Column] = []
    asides: list[Block] = []
    end = blocks[position - 1][-1] + 1
    for block in blocks[position:]:
        column = _column(page, block)
        if column is not None:
            columns.append(column)
            end = block[-1] + 1
        elif _aside(page, block) or (not columns and _paragraph_number(page, block)) or _references_block(page, block):
            asides.append(block)  # (a piece of the notes column holding a cell of two references, ``10, 11``)
        else:
            break
    return columns, [block for block in asides if block[-1] < end], end


def _headings_split(page: list[Line], blocks: list[Block]) -> list[Block]:
    """Column headings printed in blocks that hold several (``Posts*`` / ``Staff costs``), split where a line
    opens with a capital; a line in lower case or a year ends the heading above it (``Non-staff`` /
    ``costs``, ``Total`` / ``2017``)."""
    split: list[Block] = []
    for block in blocks:
        for row in block:
            text = page[row].text.strip()
            ending = text[:1].islower() or (YEAR.fullmatch(text) and not YEAR.fullmatch(page[row - 1].text.strip()))
            if split and split[-1][-1] == row - 1 and ending:
                split[-1] = [*split[-1], row]
            else:
                split.append([row])
    return split


def _is_furniture(page: list[Line], block: Block) -> bool:
    """Whether a block holds page furniture only (a running header, a page label)."""
    return all(FURNITURE_LINE.fullmatch(page[row].text.strip()) for row in block)


def _numbers_set_apart(
    page: list[Line], asides: list[Block], columns: list[Column], rows: int
) -> tuple[list[Block], list[int], list[Column]]:
    """The short blocks among a table's columns that may head them, the numbers of paragraphs and notes alone
    (kept after the table), among them the notes' numbers read as the first column (see `_note_numbers`), and
    the columns."""
    numbers = [block[0] for block in asides if _number_apart(page, block)]
    asides = [block for block in asides if block[0] not in numbers]
    if columns and _note_numbers(page, columns[0], rows):
        return asides, numbers + columns[0][1], columns[1:]
    return asides, numbers, columns


def _note_numbers(page: list[Line], column: Column, rows: int) -> bool:
    """Whether a table's first block of figures is the numbers of the page's notes printed apart one after
    the other (``3`` / ``4``): fewer than the rows, each the one before plus one, no heading."""
    heading, figures = column
    texts = [page[row].text.strip() for row in figures]
    if heading or len(texts) >= rows or not all(_NOTE_NUMBER.fullmatch(text) for text in texts):
        return False
    return _in_sequence(texts)


def _in_sequence(numbers: list[str]) -> bool:
    """Whether numbers follow one another, each the one before plus one (``6`` / ``7``)."""
    values = [int(number) for number in numbers]
    return values == list(range(values[0], values[0] + len(values)))


def _number_apart(page: list[Line], block: Block) -> bool:
    """A block of a paragraph's number or a note's alone, among a table's blocks: no column's heading."""
    alone = len(block) == 1 and _APART.fullmatch(page[block[0]].text.strip()) is not None
    return alone or _paragraph_number(page, block)


def _paragraph_number(page: list[Line], block: Block) -> bool:
    """A block of the number of the paragraph after a table alone, printed in the margin after the table's
    labels, before the columns to the right of them."""
    return len(block) == 1 and NUMBER_ALONE.fullmatch(page[block[0]].text.strip()) is not None


def _column(page: list[Line], block: Block) -> Column | None:
    """A block of two figures or more, under a heading of a few short lines (years among them)."""
    texts = [page[row].text.strip() for row in block]
    first = _heading_end(texts, len(texts))
    if any(len(text) > _SHORT or text.endswith(".") for text in texts[:first]):
        return None
    figures = block[first:]
    if len(figures) < 2 or not all(FIGURE.fullmatch(page[row].text.strip()) for row in figures):
        return None
    return block[:first], figures


def _heading_end(texts: list[str], most: int) -> int:
    """Where the figures of a column's block start, after the few lines of its heading (at most
    `_HEADING_LINES`, and at most ``most``), a column's number under them (``(1)``) the heading's too."""
    first = 0
    while first < min(_HEADING_LINES, most) and not _figure(texts[first], texts[first + 1 :]):
        first += 1
    if 0 < first < most and _COLUMN_NUMBER.fullmatch(texts[first]):
        first += 1
    return first


def _figure(text: str, below: list[str]) -> bool:
    """Whether ``text`` is a figure of its column, not a year heading it (``2012`` over amounts)."""
    if not FIGURE.fullmatch(text):
        return False
    return not YEAR.fullmatch(text) or all(YEAR.fullmatch(other) for other in below)


def _aside(page: list[Line], block: Block) -> bool:
    """A short block among a table's columns: a heading printed apart (over three lines at most, its unit
    under them: ``Proposed`` / ``scale for`` / ``2005`` / ``%``), a running header, a page number."""
    texts = [page[row].text.strip() for row in block]
    units = sum(1 for text in texts if UNIT.fullmatch(text))
    lines = len(texts) - (1 if texts and UNIT.fullmatch(texts[-1]) else 0)
    headings = max(1, units)  # two columns' headings printed in one block (``IOM scale`` / ``Assessed`` /
    # ``2025 contribution 2025`` / ``(%)`` / ``(CHF)``): each its lines and its unit
    return lines <= _HEADING_LINES * headings and all(len(text) <= _SHORT and not text.endswith(".") for text in texts)


def _row_count(labels: int, heights: list[int]) -> int | None:
    """How many of the labels are rows: the most that a column holds a figure for, at most ``labels`` and
    short of it by the few lines a stub and column headings take."""
    fitting = [height for height in heights if labels - _STUB_LINES <= height <= labels]
    return max(fitting) if fitting else None
