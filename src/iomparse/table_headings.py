"""Column headings printed apart from a table's rows, between its caption and its first row.

Without ``-layout``, ``pdftotext`` and pdfminer print a table's column headings before its rows, one block
each, a heading's words wrapped over a few short lines (``Year of`` / ``assessment`` / blank / ``Member
States`` / ``concerned`` / blank / …), while the rows themselves come out whole or are laid out again by the
steps that read tables printed a cell or a column at a time (`iomparse.reading_order`,
`iomparse.column_blocks`). Left as they are, the headings read as short paragraphs between the caption and
the table: the caption is lost to the table and its columns have no names.

`headings_over_rows` lays such headings out as the table's heading row, in the form its rows have
(Markdown cells or columns set off by spaces), when they are as many as the table's columns (the labels'
column heading first, as the text is read left to right, if it could be that: see `_stub`) or one fewer (the
labels' column unheaded), and rows set off by spaces stand in aligned columns. It
looks for them only under a caption (``Table 1: …``, ``… (in Swiss francs)``, ``(in US dollars)``), the
evidence that what lies between is the table's; and it says what it did: a heading's place is told by
counting, not by its position on the page.
"""

from __future__ import annotations

import re

from .model import Diagnostic
from .reading_order import CAPTION, FIGURE, FURNITURE_LINE, OPENS_BLOCK, PIPE_ROW, TABLE_CAPTION, UNIT_AT_END, YEAR_LED
from .source import Line

_PIPE_RULE = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*")
_GAP = re.compile(r"\s{2,}")
_HEADING_WIDTH = 40  # characters: a line of a column heading printed apart
_HEADING_LINES = 3  # lines: a column heading wraps over this many at most
_MOST_HEADINGS = 9  # column headings printed apart over one table, at most
_SENTENCE_END = (".", ";", ":", ",", "?", "!")
_LEADER = re.compile(r"(?:\.\s?){4,}|…")
_NOTES_COLUMN = re.compile(r"(?i)notes?|ref\.?")  # a financial statement's column of note references
_SPACE = 4  # spaces between two columns of a row laid out with spaces


def headings_over_rows(page: list[Line], notes: list[Diagnostic] | None = None) -> list[Line]:
    """``page`` with each table's column headings printed apart between its caption and its first row laid
    out as the table's heading row (see the module's docstring); an ``info`` in ``notes`` for each."""
    if not any(_row_cells(line.text) for line in page):
        return page  # (most pages: no table laid out)
    for first in _table_starts(page):
        blocks = _headings_between(page, first)
        if blocks is None or (first + 1 < len(page) and _PIPE_RULE.fullmatch(page[first + 1].text)):
            continue  # (a Markdown table's first row over its rule: its headings, laid out already)
        rows = _table_rows(page, first)
        width = max(len(_row_cells(page[row].text) or ()) for row in rows)
        titles = [" ".join(page[i].text.strip() for i in block) for block in blocks]
        labels = [(_row_cells(page[row].text) or [""])[0] for row in rows]
        if len(titles) == width - 1:
            titles = ["", *titles]
        elif len(titles) != width or not _stub(page, blocks[0], labels):
            continue  # the headings cannot be told apart from the columns: they stay lines of their own
        heading = page[blocks[0][0]]
        if PIPE_ROW.fullmatch(page[first].text):
            laid, rows_after = list(_pipe_heading(titles)), page[first:]
        else:
            spaced = _spaced_heading([page[row].text for row in rows], titles)
            if spaced is None:
                continue
            laid = spaced[:1]
            rows_after = [
                Line(page[row].number, text, page[row].page) for row, text in zip(rows, spaced[1:], strict=True)
            ]
            rows_after += page[rows[-1] + 1 :]
        head = [Line(heading.number, "", heading.page)] + [Line(heading.number, text, heading.page) for text in laid]
        result = [*page[: blocks[0][0]], *head, *rows_after]  # (the blank lines between the headings dropped)
        if notes is not None:
            from .lexer.decisions import DECISIONS  # the lexer reads this module: imported on use

            message = f"{DECISIONS['table-headings-apart'].why}: {len(blocks)} over {width} (page {heading.page})"
            notes.append(Diagnostic("info", "table-headings-apart", message, heading.number))
        return headings_over_rows(result, notes)  # (the lines moved: the page's next table looked for again)
    return page


def _row_cells(text: str) -> list[str] | None:
    """The cells of a table's row laid out on its line: Markdown cells, or a label and figures set off by
    two spaces or more; ``None`` for a line no row (a Markdown rule under headings is none)."""
    if "|" in text and PIPE_ROW.fullmatch(text):
        return None if _PIPE_RULE.fullmatch(text) else [cell.strip() for cell in text.strip()[1:-1].split("|")]
    if "  " not in text.strip():
        return None
    cells = _GAP.split(text.rstrip())
    if len(cells) < 2 or not FIGURE.fullmatch(cells[-1]) or _LEADER.search(text):
        return None  # (``I – MEMBERSHIP . . . . .   2``: a contents' entry, no row)
    return cells


def _table_starts(page: list[Line]) -> list[int]:
    """The first row of each table laid out on the page: a row whose line of text above is no row."""
    starts = []
    for index, line in enumerate(page):
        if _row_cells(line.text) is None:
            continue
        above = next((i for i in range(index - 1, -1, -1) if page[i].text.strip()), None)
        if above is None or (_row_cells(page[above].text) is None and not _PIPE_RULE.fullmatch(page[above].text)):
            starts.append(index)
    return starts


def _table_rows(page: list[Line], first: int) -> list[int]:
    """The rows of the table whose first row is ``first``: the rows that follow it, no line between."""
    rows = [first]
    while rows[-1] + 1 < len(page) and _row_cells(page[rows[-1] + 1].text) is not None:
        rows.append(rows[-1] + 1)
    return rows


def _headings_between(page: list[Line], first: int) -> list[list[int]] | None:
    """The column headings above the table's first row ``first``, each a block of a few short lines; ``None``
    unless two headings or more stand between it and a caption."""
    blocks: list[list[int]] = []
    at = first - 1
    while at >= 0:
        text = page[at].text.strip()
        if not text:
            at -= 1
            continue
        above = page[at - 1].text.strip() if at > 0 else ""
        numbered = TABLE_CAPTION.match(text) is not None
        if _caption(text) and (numbered or not (above and _heading(above) and not _caption(above))):
            if len(blocks) < 2 or (blocks[0][0] == at + 1 and _caption_goes_on(text, page[at + 1].text.strip())):
                return None  # (``Table 1: Projects by region,`` / ``by type``: the caption's end, no heading)
            return blocks  # (``(USD thousand)`` under ``Budget``: a heading's unit, no caption)
        if not _heading(text):
            return None
        if at + 1 < first and page[at + 1].text.strip() and blocks:
            blocks[0].insert(0, at)  # a heading's line above its next
            if len(blocks[0]) > _HEADING_LINES:
                return None
        elif len(blocks) == _MOST_HEADINGS:
            return None
        else:
            blocks.insert(0, [at])
        at -= 1
    return None


def _caption_goes_on(caption: str, below: str) -> bool:
    """Whether the line right under a caption is the caption's end: after a comma or a word left open, or
    opening in lower case (``Table 1: Active projects linked to the Strategy,`` / ``by region …``)."""
    return caption.endswith((",", "–", "-", "(")) or below[:1].islower()


def _stub(page: list[Line], block: list[int], labels: list[str]) -> bool:
    """Whether the first of as many headings as a table has columns heads its labels' column: on one line
    (the labels' column is wide), or wrapped where it would not fit on a label's width (``Year of`` /
    ``assessment`` over ``1993 and prior``). A heading wrapped narrower than the labels is a figures' column's,
    and a column left empty in every row (a dash pdftotext did not print, a statement's notes column) is why
    the headings are as many."""
    if _NOTES_COLUMN.fullmatch(page[block[0]].text.strip()):
        return False  # a financial statement's column of note references, beside its unheaded labels
    if len(block) == 1:
        return True
    return len(" ".join(page[i].text.strip() for i in block)) > max(map(len, labels), default=0)


def _caption(text: str) -> bool:
    """Whether ``text`` is a table's caption: numbered, in parentheses, or ending with the table's unit."""
    return (
        TABLE_CAPTION.match(text) is not None or CAPTION.fullmatch(text) is not None or bool(UNIT_AT_END.search(text))
    )


def _heading(text: str) -> bool:
    """Whether ``text`` can be a line of a column heading: short, no sentence's end, no figure but a year, no
    label, no running header."""
    return (
        len(text) <= _HEADING_WIDTH
        and not text.endswith(_SENTENCE_END)
        and not (FIGURE.fullmatch(text) and not YEAR_LED.match(text))
        and OPENS_BLOCK.match(text) is None
        and FURNITURE_LINE.fullmatch(text) is None
        and "|" not in text
        and "  " not in text  # (a row of headings already laid out)
        and (any(map(str.isalpha, text)) or YEAR_LED.match(text) is not None)  # (``² -``: no heading)
    )


def _pipe_heading(titles: list[str]) -> tuple[str, str]:
    """A Markdown table's heading row and the rule under it."""
    return "| " + " | ".join(titles) + " |", "| " + " | ".join(["---"] * len(titles)) + " |"


def _spaced_heading(rows: list[str], titles: list[str]) -> list[str] | None:
    """A heading row over ``rows`` laid out with spaces, then the rows laid out again under it (the labels'
    column left-aligned, the figures' right-aligned, each column as wide as its heading or its widest cell);
    ``None`` unless every row holds a label and all the columns' cells, each column's cells ending where
    the others' do: rows not laid out so cannot be told into columns the headings would fit."""
    cells = [_GAP.split(row.rstrip()) for row in rows]
    count = len(titles)
    if any(row.startswith(" ") or len(row_cells) != count for row, row_cells in zip(rows, cells, strict=True)):
        return None
    for column in range(1, count):
        if len({_cell_end(row, column) for row in rows}) > 1:
            return None  # (``1999      6      1,204,330`` / ``2000      4      982,100``: cells not aligned)
    widths = [max(len(title), *(len(row_cells[column]) for row_cells in cells)) for column, title in enumerate(titles)]
    gap = " " * _SPACE

    def laid(texts: list[str]) -> str:
        return texts[0].ljust(widths[0]) + "".join(
            gap + text.rjust(width) for text, width in zip(texts[1:], widths[1:], strict=True)
        )

    return [laid(titles).rstrip(), *(laid(row_cells) for row_cells in cells)]


def _cell_end(row: str, column: int) -> int:
    """Where the ``column``-th cell of ``row`` (cells set off by two spaces or more) ends."""
    spans = [match.end() for match in re.finditer(r"\S+(?: \S+)*", row)]
    return spans[column] if column < len(spans) else len(row)
