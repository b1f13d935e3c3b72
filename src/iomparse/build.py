"""The builder: grammar rules → attrs nodes, while the LALR parser reduces them.

`Builder` is a stateless Lark `Transformer` handed to the parser, so each rule becomes a model object the
moment it is recognized. What needs the whole document (compilations of resolutions, annex labels, footnote
links, the document kind, numbering checks) is done afterwards by `assemble`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import groupby, pairwise
from typing import Any

from attrs import define, evolve, frozen
from lark import Transformer

from .contents import nest_contents
from .header import header_meta, parse_adoption
from .inline import parse_inline
from .lexer import LineToken, strip_markup
from .lexer.tables import DASHES, LABEL_BROKEN_OFF, OPENS_ON_BREAKING_WORD, ROW_NUMBER, WORD_SLACK, label_broken_off
from .model import (
    Block,
    Clause,
    Contents,
    ContentsEntry,
    Emphasis,
    Figure,
    Inline,
    Item,
    Meta,
    Paragraph,
    Quote,
    Resolution,
    Salutation,
    Section,
    Session,
    Span,
    Strong,
    Table,
    Unclassified,
    inline_text,
)
from .reading_order import FIGURE, MARK, PIPE_ROW, YEAR
from .values import roman_to_int
from .vocabulary import OPERATIVE_VERBS


def span(token: LineToken) -> Span:
    """The source span of a line token: the lines it was read from, first to last (a line that reading
    order put back before the one above it, in a text printed out of order, widens it)."""
    start, end = token.info.start, token.info.end
    return Span(min(start, end), max(start, end))


def _span_over(first: Span | None, last: Span | None) -> Span | None:
    """The span from ``first`` to ``last`` (a text printed out of order, its last block's lines above the first's,
    widens it over both)."""
    if first is None or last is None:
        return first or last
    return Span(min(first.start, last.start), max(first.end, last.end))


@define
class Header:
    """A header block as the grammar delivers it: its facts and its lines."""

    meta: Meta
    span: Span


@define
class Operative:
    """The operative part of a resolution as the grammar delivers it."""

    formula: str | None
    clauses: tuple[Clause | Unclassified, ...]
    span: Span | None


@define
class ResolutionHeading:
    """A resolution's heading as the grammar delivers it: ``RESOLUTION No. 923 (LXXI)`` (or ``DRAFT RESOLUTION
    II``, a draft's place among others) and the lines under
    it, in order: its adoption line, its title (in capitals or bold), head notes (``(Submitted by …)``)."""

    head: LineToken
    lines: list[LineToken]

    def facts(self) -> dict[str, Any]:
        """The resolution's number (or place among drafts), session, draft flag, adoption, title and head
        notes."""
        info = self.head.info
        adoption = next((line for line in self.lines if line.type == "ADOPTION"), None)
        titled = [line for line in self.lines if line.type in ("CAPS", "BOLD") and not _in_brackets(line)]
        own = [title] if (title := info.match_group("title")) else []  # (DRAFT RESOLUTION ON …: heading and title)
        title = " ".join([*own, *(strip_markup(line.info.text) for line in titled)])
        roman = info.match_group("session")
        return {
            "place": place.upper() if (place := info.match_group("place")) else None,  # (Draft resolution ii)
            "number": int(info.label) if info.label else None,
            "session": Session(roman_to_int(roman) or 0, roman) if roman else None,
            "draft": info.match_group("draft") is not None,
            "adoption": parse_adoption(adoption.info.text) if adoption else None,
            "title": title or None,
            # the other lines of the heading, a second adoption line and a bold (Submitted by …) among them,
            # are kept as head notes
            "head_notes": tuple(
                strip_markup(line.info.text)
                for line in self.lines
                if line.type == "TEXT"
                or (line.type == "ADOPTION" and line is not adoption)
                or (line.type in ("CAPS", "BOLD") and line not in titled)
            ),
        }


def _in_brackets(line: LineToken) -> bool:
    """Whether a line of a resolution's heading is a note in brackets (``**(Submitted by the Chairperson)**``),
    not words of the title in capitals (``(REVISED)``)."""
    text = strip_markup(line.info.text).strip()
    return text.startswith("(") and text.endswith(")") and not text.isupper()


@define
class Part:
    """A document or annex as the grammar delivers it, before `assemble` links it up."""

    meta: Meta
    body: tuple[Block, ...]
    span: Span | None = None
    label: str | None = None


class Builder(Transformer[LineToken, Any]):
    """One method per grammar rule; each returns model objects (or plain tuples of them)."""

    # -- header ------------------------------------------------------------------------------------

    def header(self, fields: list[LineToken]) -> Header:
        whole = _span_over(span(fields[0]), span(fields[-1]))
        assert whole is not None  # (a header's lines have their lines)
        return Header(header_meta(fields), whole)

    annex_header = header

    # -- body --------------------------------------------------------------------------------------

    def body(self, children: list[Any]) -> tuple[Block, ...]:
        content, *sections = children
        return (*content, *sections)

    def content(self, children: list[Any]) -> tuple[Block, ...]:
        return tuple(children)

    def section1(self, children: list[Any]) -> Section:
        return _section(children, level=1)

    def section2(self, children: list[Any]) -> Section:
        return _section(children, level=2)

    def section3(self, children: list[Any]) -> Section:
        return _section(children, level=3)

    def section4(self, children: list[Any]) -> Section:
        return _section(children, level=4)

    def paragraph(self, children: list[Any]) -> Paragraph:
        head, *parts = children
        return Paragraph(
            head.info.label, parse_inline(head.info.text), nest_items(parts), _span_over(span(head), _last_span(parts))
        )

    resumed = paragraph  # a paragraph whose number goes on after a resolution set out in the body

    def text_block(self, children: list[Any]) -> Paragraph:
        head, *items = children
        return Paragraph(
            None, parse_inline(head.info.text), nest_items(items), _span_over(span(head), _last_span(items))
        )

    def quote(self, children: list[Any]) -> Quote:
        blocks: list[Paragraph] = []
        pending: list[Block] = []
        for child in children:
            if isinstance(child, LineToken):
                if blocks:
                    blocks[-1] = evolve(blocks[-1], children=nest_items(pending))
                pending = []
                blocks.append(Paragraph(None, parse_inline(child.info.text), (), span(child)))
            else:
                pending.append(child)
        blocks[-1] = evolve(
            blocks[-1], children=nest_items(pending), span=_span_over(blocks[-1].span, _last_span(pending))
        )
        return Quote(tuple(blocks), _span_over(blocks[0].span, blocks[-1].span))

    def item(self, children: list[LineToken]) -> _Listed:
        (token,) = children
        raw = token.info.raw[0] if token.info.raw else ""
        item = Item(token.info.label, parse_inline(token.info.text), (), span(token))
        glyph = raw.lstrip()[:1] if token.info.label is None else ""
        opens = token.info.text.rstrip().endswith(":")
        return _Listed(item, len(raw) - len(raw.lstrip()), token.info.page, glyph, opens)

    def closing(self, children: list[LineToken]) -> Paragraph:
        (token,) = children
        return Paragraph(None, parse_inline(token.info.text), (), span(token))

    def salutation(self, children: list[LineToken]) -> Salutation:
        (token,) = children
        return Salutation(strip_markup(token.info.text), span(token))

    def contents(self, children: list[LineToken]) -> Contents:
        head, *lines = children
        entries = [line for line in lines if line.type == "TOC_ENTRY"]
        column = head.info.match_group("column")  # CONTENTS Page, on one line
        if column is None:  # (Paragraphs / Page: the labels of two columns, printed apart)
            column = " ".join(strip_markup(line.info.text) for line in lines if line.type == "TOC_COLUMN") or None
        heading = head.info.match_group("text") if head.info.groups else None
        return Contents(
            strip_markup(heading or head.info.text),
            nest_contents([_contents_entry(line) for line in entries]),
            column,
            _span_over(span(head), span(children[-1])),
        )

    def table(self, children: list[LineToken]) -> Table:
        (token,) = children
        captioned = int(token.info.match_group("caption_lines") or 1) if token.info.label else 0
        rows = tuple(token.info.raw[captioned:])  # (a caption's unit under it is its second line: no row)
        numbers = token.info.numbers[len(token.info.raw) - len(rows) :]
        steps = [b - a for a, b in pairwise(numbers)] if len(numbers) == len(rows) else []
        in_order = sum(step in (1, 2) for step in steps) >= _IN_ORDER * len(steps)  # (rows a PDF's text printed
        # out of order and laid out again keep their labels' numbers: their steps tell no blank lines; a page
        # break between rows in order is a longer step)
        apart = [None, *(step == 2 if step in (1, 2) else None for step in steps)] if steps and in_order else None
        return Table(rows, table_cells(rows, apart), token.info.label, span(token))

    clause_table = table  # a table a resolution's clause sets out: a table all the same

    def unclassified(self, children: list[LineToken]) -> Unclassified:
        (token,) = children
        return Unclassified(tuple(token.info.raw), span(token))

    def figure(self, children: list[LineToken]) -> Figure:
        return Figure(
            tuple(strip_markup(t.info.text) for t in children), _span_over(span(children[0]), span(children[-1]))
        )

    captioned_figure = figure  # the caption is the figure's first line

    # -- resolutions -------------------------------------------------------------------------------

    def resolution_heading(self, children: list[LineToken]) -> ResolutionHeading:
        head, *lines = children
        return ResolutionHeading(head, lines)

    def preamble(self, children: list[Any]) -> tuple[Clause | Unclassified, ...]:
        return tuple(children)

    def resolution(self, children: list[Any]) -> Resolution:
        heading: ResolutionHeading = children[0]
        formula = next((c for c in children if isinstance(c, LineToken)), None)
        preamble = next(c for c in children if isinstance(c, tuple))
        operative = next((c for c in children if isinstance(c, Operative)), Operative(None, (), None))
        last_line = formula or (heading.lines[-1] if heading.lines else heading.head)
        return Resolution(
            **heading.facts(),
            formula=strip_markup(formula.info.text) if formula else None,
            preamble=preamble,
            operative_formula=operative.formula,
            operative=operative.clauses,
            span=_span_over(span(heading.head), operative.span or _last_span(preamble) or span(last_line)),
        )

    def operative(self, children: list[Any]) -> Operative:
        clauses = tuple(c for c in children if isinstance(c, Clause | Unclassified))
        first = span(children[0]) if isinstance(children[0], LineToken) else clauses[0].span
        formula = (
            strip_markup(strip_markup(children[0].info.text).rstrip(":"))  # (*Resolves*:, the colon out of the
            if isinstance(children[0], LineToken)  # italics)
            else None
        )
        if formula is None and len(clauses) == 1 and isinstance(clauses[0], Clause) and clauses[0].num is None:
            verb = inline_text(clauses[0].content).split(maxsplit=1)[0]  # Resolves to approve …
            formula = verb if verb in OPERATIVE_VERBS else None
        return Operative(formula, clauses, _span_over(first, _last_span(clauses) or first))

    def preamble_clause(self, children: list[Any]) -> Clause:
        head, *items = children
        return Clause(None, parse_inline(head.info.text), nest_items(items), _span_over(span(head), _last_span(items)))

    def operative_clause(self, children: list[Any]) -> Clause:
        head, *items = children
        return Clause(
            head.info.label, parse_inline(head.info.text), nest_items(items), _span_over(span(head), _last_span(items))
        )

    # -- document ----------------------------------------------------------------------------------

    def annex(self, children: list[Any]) -> Part:
        if isinstance(children[0], Figure):  # a chart on its own
            return Part(Meta(), (children[0],), children[0].span)
        first = span(children[0]) if isinstance(children[0], LineToken) else None
        label = strip_markup(children[0].info.text) if first else None
        header = next((c for c in children if isinstance(c, Header)), None)
        body = children[-1]
        start = first or (header.span if header else None) or _first_span(body)
        return Part(header.meta if header else Meta(), body, _span_over(start, _last_span(body) or start), label)

    def start(self, children: list[Any]) -> tuple[Part, list[Part]]:
        header = children[0] if isinstance(children[0], Header) else None
        rest = children[1:] if header else children
        return Part(header.meta if header else Meta(), rest[0]), list(rest[1:])


def _first_span(blocks: Any) -> Span | None:
    return blocks[0].span if blocks else None


def _last_span(blocks: Any) -> Span | None:
    return blocks[-1].span if blocks else None


def _section(children: list[Any], level: int) -> Section:
    head, content, *subsections = children
    blocks = (*content, *subsections)
    return Section(
        head.info.label,
        _unstyled(parse_inline(_ATX_MARKER.sub("", head.info.text, count=1))),
        level,
        blocks,
        _span_over(span(head), _last_span(blocks)),
    )


_ATX_MARKER = re.compile(r"^#{1,6}\s+")
"""A converter's Markdown heading marker (``## Who are diasporas?``): how the heading is printed, not its words
(a labelled heading's is cut off with its label)."""


def _unstyled(runs: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A heading's words without the bold or italics the whole heading is set in: that face is how headings
    are printed (a PDF's ``**INTRODUCTION**``, a converter's ``*Regional offices*``), not emphasis in them."""
    while len(runs) == 1 and isinstance(runs[0], Strong | Emphasis):
        runs = runs[0].children
    return runs


# --------------------------------------------------------------------------------------------------
# Helpers with the heuristics the grammar leaves to the builder

_CELL = re.compile(r"\S+(?: \S+)*")  # cells are separated by two spaces or more


_PIPE_SEPARATOR = re.compile(r"[\s|:\-–—]*")


def table_cells(rows: tuple[str, ...], apart: Sequence[bool | None] | None = None) -> tuple[tuple[str, ...], ...]:
    """A best-effort split of a table's rows into cells: the rows of a Markdown table on their bars (its
    ``|---|`` line has no cells), others on runs of two spaces or more (a table read in two ways over a page
    break holds both), where a row whose first cell starts right of
    the first column (a header row over the figures) gets an empty first cell. ``apart`` tells, where known,
    which rows the source printed a blank line below the one above (``None``: not known)."""
    cells: list[tuple[str, ...]] = []
    done = 0
    for piped, run in groupby(rows, key=lambda row: PIPE_ROW.fullmatch(row) is not None):
        group = list(run)
        spacing: list[bool | None] = list(apart[done : done + len(group)]) if apart is not None else [None] * len(group)
        cells += _piped_cells(group) if piped else _spaced_cells(group, spacing)
        done += len(group)
    return tuple(tuple(_EDGE_MARKUP.sub(r"\2", cell) for cell in row) for row in cells)


_EDGE_MARKUP = re.compile(r"^(\*{1,3})(\S(?:.*\S)?)\1$")
"""A cell set in bold or italics (``**2016**``, a PDF's column headings): its text is the cell's."""


def _piped_cells(rows: list[str]) -> list[tuple[str, ...]]:
    return [
        () if _PIPE_SEPARATOR.fullmatch(row) else tuple(cell.strip() for cell in row.strip()[1:-1].split("|"))
        for row in rows
    ]


def _spaced_cells(rows: list[str], apart: list[bool | None]) -> list[tuple[str, ...]]:
    spans = [[(m.start(), m.end(), m.group()) for m in _CELL.finditer(row)] for row in rows]
    starts = [cells[0][0] for cells in spans if cells]
    if not starts:
        return [() for _ in rows]
    left = min(starts)
    if not _numbers_headed(spans):
        spans = [_numbered_label(cells) for cells in spans]
    first_column_end = max(cells[0][1] for cells in spans if cells and cells[0][0] == left)
    table = _unwrapped(spans, left, first_column_end, apart)
    columns = _columns_of(table, first_column_end)
    return [
        tuple(([""] if cells and cells[0][0] >= first_column_end else []) + _placed(cells, columns, first_column_end))
        for cells in table
    ]


def _columns_of(table: list[Cells], first_column_end: int) -> list[tuple[int, int]]:
    """Where the table's columns right of its labels stand, from its rows of figures or marks: the places
    (a figure's end, set right; a mark's middle, centred) within `_PLACE_SLACK` of one another, a column each,
    as the lowest and highest place. None where there are fewer than two; nor where they are not as many as
    the most cells a row of figures holds after its label (a page's columns set elsewhere than another's, a
    total printed in bold wider), unless the cells are a matrix's marks, which no row holds in every column."""
    rows = [cells[1:] for cells in table if _of_figures(cells, first_column_end)]
    places = sorted(_place(cell) for cells in rows for cell in cells if cell[2] not in DASHES)
    columns: list[tuple[int, int]] = []
    for place in places:
        if columns and place - columns[-1][1] <= _PLACE_SLACK:
            columns[-1] = (columns[-1][0], place)
        else:
            columns.append((place, place))
    widest = max(map(len, rows), default=0)
    matrix = bool(rows) and all(MARK.fullmatch(text) for cells in rows for _, _, text in cells)
    if len(columns) < _PLACED_COLUMNS or widest > len(columns) or (widest < len(columns) and not matrix):
        return []
    return columns


def _of_figures(cells: Cells, first_column_end: int) -> bool:
    """Whether a row is a label and figures or marks after it (no row of headings, ``Member State   2011 …``; no
    row of figures alone)."""
    return (
        len(cells) > 1
        and cells[0][0] < first_column_end
        and not FIGURE.fullmatch(cells[0][2])
        and all(_figure_or_mark(text) for _, _, text in cells[1:])
    )


def _figure_or_mark(text: str) -> bool:
    """Whether a cell is a figure (not a year, which heads a column) or a mark."""
    return bool((FIGURE.fullmatch(text) and not YEAR.fullmatch(text)) or MARK.fullmatch(text))


def _place(cell: tuple[int, int, str]) -> int:
    """Where a cell stands in its column: a mark's middle (centred), a figure's end (set right)."""
    start, end, text = cell
    return (start + end) // 2 if MARK.fullmatch(text) else end


def _placed(cells: Cells, columns: list[tuple[int, int]], first_column_end: int) -> list[str]:
    """A row of figures' or marks' texts, each under the column where it stands, an empty cell where the row
    has none (``Regional bodies   ✓`` under four columns: ``✓`` in the first, the others empty; ``Prepaid
    expenses   3,108,775`` beside rows with a note's number: the notes' cell empty); the texts as printed
    where a cell stands under no column, or two cells under one."""
    texts = [text for _, _, text in cells]
    if not columns or not _of_figures(cells, first_column_end):
        return texts
    lows = [low for low, _ in columns]
    places = []
    for cell in cells[1:]:
        slack = _DASH_SLACK if cell[2] in DASHES else _PLACE_SLACK
        place = _place(cell)
        last = bisect_right(lows, place + slack) - 1  # (the columns stand apart: three at most are near a place)
        near = range(max(0, last - 2), last + 1)
        under = [k for k in near if columns[k][0] - slack <= place <= columns[k][1] + slack]
        if len(under) != 1:
            return texts
        places.append(under[0])
    if len(set(places)) != len(places) or places != sorted(places):
        return texts
    row = [""] * len(columns)
    for place, text in zip(places, texts[1:], strict=True):
        row[place] = text
    return [texts[0], *row]


_PLACED_COLUMNS = 2  # columns of figures or marks, at least, for a row's cells to be placed under them
_PLACE_SLACK = 2  # characters: -layout sets a column's figures' ends (its marks' middles) this far apart at most
_DASH_SLACK = 4  # characters: a dash for nothing may be centred in its column, or set where figures end


Cells = list[tuple[int, int, str]]  # a row's cells: start, end and text of each


def _numbered_label(cells: Cells) -> Cells:
    """A row whose label's number stands in a column of its own (``I.1     Resettlement Assistance``, at the
    margin or indented under its group's), the number and the label made one cell, as the row's label
    reads."""
    if len(cells) < 2 or not _ROW_NUMBER_CELL.fullmatch(cells[0][2]):
        return cells
    (start, _, number), (_, end, label) = cells[:2]
    if FIGURE.fullmatch(label):
        return cells
    return [(start, end, f"{number} {label}"), *cells[2:]]


def _numbers_headed(spans: list[Cells]) -> bool:
    """Whether the rows' numbers stand in a column headed on its own (``Target   Subject of the target``
    over ``5.2   Elimination of …``): the first row, no figures in it, has a heading at the numbers' start and
    another at the labels'."""
    numbered = [cells for cells in spans if len(cells) > 1 and _ROW_NUMBER_CELL.fullmatch(cells[0][2])]
    head = next((cells for cells in spans if cells), None)
    if not numbered or head is None or len(head) < 2 or head in numbered or any(FIGURE.fullmatch(c[2]) for c in head):
        return False
    number_start, label_start = numbered[0][0][0], numbered[0][1][0]
    starts = [start for start, _, _ in head]
    return abs(starts[0] - number_start) <= 1 and any(abs(start - label_start) <= 1 for start in starts[1:])


_ROW_NUMBER_CELL = re.compile(r"[IVX]{1,4}\.(?:\d{1,2})?|\d{1,2}(?:\.\d{1,2})+\.?")
"""A row label's number in a column of its own: ``I.``, ``II.1``, ``2.3``."""


def _unwrapped(spans: list[Cells], left: int, first_column_end: int, apart: list[bool | None]) -> list[Cells]:
    """The rows of a table, the lines that hold the ends of a row's wrapped cells or label joined to it
    (``apart``: which lines stand a blank line below the one above)."""
    centred = _rows_around_labels(spans, apart, first_column_end)
    if centred is not None:
        return centred
    table: list[Cells] = []
    around = False  # whether the last row's label was printed around its figures
    longest = max((len(cells[0][2]) for cells in spans if cells and not FIGURE.fullmatch(cells[0][2])), default=0)
    words = not any(FIGURE.fullmatch(text) or MARK.fullmatch(text) for cells in spans for _, _, text in cells[1:])
    # (a table of words: a matrix's marks, ✓, stand on the middle line of a label wrapped around them)
    blanks = apart.count(True)  # lines a blank line below the one above
    words_spaced = words and blanks >= 2 and _SPACED_ROWS * blanks >= len(apart)  # (a line in four at least)
    rows_spaced = 2 * blanks >= len(apart)  # (most rows)
    for at, cells in enumerate(spans):
        if table and _label_only(table[-1], first_column_end) and _figures_only(cells, first_column_end):
            table[-1] = [*table[-1], *cells]  # I. Movement, Emergency … / its figures: the label above them
            around = True
            continue
        following = spans[at + 1] if at + 1 < len(spans) else None
        if table and _label_ends_with_figures(table[-1], cells, following, (first_column_end, longest)):
            start, end, text = table[-1][0]  # Office costs, including travel and / communications   7,694
            table[-1] = [(start, end, f"{text} {cells[0][2]}"), *cells[1:]]
            continue
        if table and cells and cells[0][0] >= first_column_end and _continues(table[-1], cells):
            table[-1] = [_joined(cell, cells) for cell in table[-1]]  # a row's cells wrapped onto this line
        elif table and words_spaced and _goes_on_spaced_row(table[-1], cells, apart[at]):
            table[-1] = [_joined_near(cell, cells) for cell in table[-1]]  # Strengthen the capacity of / Member
            # States to collect …: a row's cells wrapped, the rows a blank line apart
        elif table and _words_wrapped(table[-1], cells, first_column_end):
            table[-1] = [_joined_near(cell, cells) for cell in table[-1]]  # development / support to … / affairs
        elif (
            table
            and table[-1]
            and (
                _ends_label(table[-1], cells, (left, first_column_end), around=around)
                or _label_end_under(table[-1], cells, first_column_end)
                or _label_end_hanging(table[-1], cells, following, (first_column_end, longest))
                or (rows_spaced and _label_end_before_blank(spans, apart, at, first_column_end))
            )
        ):
            start, end, text = table[-1][0]
            table[-1] = [(start, end, f"{text} {cells[0][2]}"), *table[-1][1:]]  # its label wrapped
        else:
            table.append(cells)
        around = False
    return table


def _rows_around_labels(spans: list[Cells], apart: list[bool | None], first_column_end: int) -> list[Cells] | None:
    """The rows of a table whose rows stand a blank line apart, a cell of several lines set in the middle of
    its row, its first lines above the row's label (``Adoption of the terms of reference and`` / ``First
    meeting   2 February 2016   48`` / ``workplan; designation of the Co-Chairs``): each run of lines between
    blank lines one row, the texts starting on one column (within `WORD_SLACK`) one cell, in their lines'
    order. None unless every run holds one line opening with a label, the others none, and some run has lines
    above its label's (where the label comes first, the rows are read line by line, `_unwrapped`)."""
    runs: list[list[Cells]] = []
    for at, cells in enumerate(spans):
        if not runs or apart[at]:
            runs.append([])
        runs[-1].append(cells)
    labels = [[k for k, cells in enumerate(run) if cells and cells[0][0] < first_column_end] for run in runs]
    if any(len(found) != 1 for found in labels) or not any(found[0] > 0 for found in labels):
        return None
    rows: list[Cells] = []
    for run in runs:
        row: Cells = []
        for start, end, text in sorted((cell for cells in run for cell in cells), key=lambda cell: cell[0]):
            if row and start - row[-1][0] <= WORD_SLACK:
                first, last, joined = row[-1]
                row[-1] = (first, max(last, end), f"{joined} {text}")
            else:
                row.append((start, end, text))
        rows.append(row)
    return rows


def _label_only(cells: Cells, first_column_end: int) -> bool:
    """Whether a row is a label alone, in the labels' column, without figures (its own number apart:
    ``IV.3 Technical Cooperation …``)."""
    if len(cells) != 1 or cells[0][0] >= first_column_end:
        return False
    return not any(c.isdigit() for c in ROW_NUMBER.sub("", cells[0][2], count=1))


def _label_ends_with_figures(label: Cells, cells: Cells, following: Cells | None, column: tuple[int, int]) -> bool:
    """Whether a row is the end of the ``label`` alone above it, wrapped, with the row's figures: its first
    cell in the labels' column, in lower case or after a word no label ends on (``… and`` / ``Capacity
    Building``), or indented under a label nearly as long as the ``longest`` (a hanging indent: ``Assessed
    contributions from Member States`` / ``  (Administrative Programme)``; a group's label over indented rows
    is short, or ends with a colon, and the ``following`` row starts where this one does: `_group_under`),
    then figures only (``communications   7,694,920   7,912,356``); or a row with no number between numbered
    ones (`_numbered_around`); or a long label's qualifier in brackets at its margin (``Assessed contributions
    receivable from Member States`` / ``(Administrative Part)   5   5,701 …``)."""
    first_column_end, longest = column
    if len(cells) < 2 or not _label_only(label, first_column_end):
        return False
    if _numbered_around(label, cells, following):
        return cells[0][0] < first_column_end and all(FIGURE.fullmatch(figure) for _, _, figure in cells[1:])
    start, _, text = label[0]
    if cells[0][0] > start and _group_under(cells, following):
        return False  # (a row indented under a label, the next row where it starts: the label heads them)
    long = len(text) >= _WRAPPED_LABEL_SHARE * longest and not text.endswith(":")
    hanging = cells[0][0] > start and long
    return (
        len(cells) > 1
        and cells[0][0] < first_column_end
        and (
            cells[0][2][:1].islower()
            or LABEL_BROKEN_OFF.search(text) is not None
            or OPENS_ON_BREAKING_WORD.match(cells[0][2]) is not None  # … RESERVES / AND FUND BALANCES   11,210,769
            or hanging
            or (long and _QUALIFIER.fullmatch(cells[0][2]) is not None)  # … from Member States / (Administrative
            # Part)   5,701 …: a long label's qualifier in brackets, at its margin
            or text.count("(") > text.count(")")  # Venezuela (Bolivarian / Republic of)   0.7101 …
        )
        and all(FIGURE.fullmatch(figure) for _, _, figure in cells[1:])
    )


def _numbered_around(label: Cells, cells: Cells, following: Cells | None) -> bool:
    """Whether a numbered row's label alone (``I.3 Emergency and …``) is followed by a row whose label has no
    number, then by a numbered row again: the label's end, with its figures (numbered rows wrap so)."""
    return (
        following is not None
        and bool(following)
        and ROW_NUMBER.match(label[0][2]) is not None
        and ROW_NUMBER.match(cells[0][2]) is None
        and ROW_NUMBER.match(following[0][2]) is not None
    )


_IN_ORDER = 0.9  # of the steps between a table's rows: one or two lines (a blank between) where the rows
# are in the source's order
_WRAPPED_LABEL_SHARE = 0.6  # of the longest label: a label this long may wrap; a group's label is shorter
_QUALIFIER = re.compile(r"\([^()\d]+\)")
"""A label's words in brackets, no figure in them: ``(Administrative Part)``, the end of a long label wrapped."""


def _ends_label(row: Cells, cells: Cells, column: tuple[int, int], *, around: bool) -> bool:
    """Whether ``cells`` end the label of the ``row`` above, wrapped: in lower case (`_label_goes_on`), a label
    alone after a label printed around its figures (``around``), or hanging under it (`_label_hangs`)."""
    left, first_column_end = column
    return (
        _label_goes_on(cells, left, first_column_end)
        or (around and _label_only(cells, first_column_end))
        or _label_hangs(row, cells, first_column_end)
        or _broken_before(row, cells, first_column_end)
    )


def _label_end_under(row: Cells, cells: Cells, first_column_end: int) -> bool:
    """Whether a label alone, right under a row with figures, ends that row's label, broken off on a word no
    label ends on or inside its brackets (``Democratic Republic of the   214,390 …`` / ``Congo``,
    ``Venezuela (Bolivarian Republic   …`` / ``of)``): at its margin or a little right of it."""
    if len(row) < 2 or _label_only(row, first_column_end) or not _label_only(cells, first_column_end):
        return False
    start, _, label = row[0]
    return label_broken_off(label) and 0 <= cells[0][0] - start <= _LABEL_END_INDENT


_LABEL_END_INDENT = 6  # characters: how far right of a row's label the end it wrapped onto may start


def _goes_on_spaced_row(row: Cells, cells: Cells, apart: bool | None) -> bool:
    """Whether ``cells`` go on the ``row`` right above them, no blank line between (``apart`` is False), in a
    table of words whose rows stand a blank line apart (the caller's to tell): its cells' wrapped lines, each
    starting where one of the row's starts (``Strengthen the capacity of   Number of national …`` / ``Member
    States to collect …   receiving IOM …``)."""
    if apart is not False or not row or not cells:
        return False
    return all(_nearest(start, row) is not None for start, _, _ in cells)


_SPACED_ROWS = 4  # lines of a table of words a blank line apart: a row of three lines and its blank line


def _label_end_before_blank(spans: list[Cells], apart: list[bool | None], at: int, first_column_end: int) -> bool:
    """Whether the label alone at ``at`` ends the label of the row right above it, in a table whose rows stand
    a blank line apart (most of them: the caller's to tell): no blank line between the two, one after it
    (``Central African   17,019 …`` / ``Republic`` / blank / ``Congo   22,692 …``), at the label's margin or a
    little right of it."""
    if not 0 < at < len(spans) - 1 or apart[at] is not False or apart[at + 1] is not True:
        return False
    row = spans[at - 1]
    if len(row) < 2 or _label_only(row, first_column_end) or not _label_only(spans[at], first_column_end):
        return False
    return 0 <= spans[at][0][0] - row[0][0] <= _LABEL_END_INDENT


def _label_end_hanging(row: Cells, cells: Cells, following: Cells | None, column: tuple[int, int]) -> bool:
    """Whether a label alone, right under a row with figures and a little right of its label, ends that
    row's label, nearly as long as the ``longest`` (a cell's hanging indent: ``United Kingdom of Great
    5.179 …`` / ``  Britain and Northern Ireland``), the next row starting elsewhere (back at the labels'
    margin, or further in: ``I. Movement, … Migration   42,470,000 …`` / ``   Management`` / ``    I.1 …``);
    not a group's label over rows indented like it, nor a row of its own under a short label (``Cash
    12,345`` / ``  Restricted``)."""
    first_column_end, longest = column
    if len(row) < 2 or _label_only(row, first_column_end) or not _label_only(cells, first_column_end):
        return False
    start, _, label = row[0]
    apart = following is not None and bool(following) and following[0][0] != cells[0][0]
    long = len(label) >= _WRAPPED_LABEL_SHARE * longest
    return apart and long and 0 < cells[0][0] - start <= _LABEL_END_INDENT


def _broken_before(label: Cells, cells: Cells, first_column_end: int) -> bool:
    """Whether a label alone goes on the label alone above it, at the same margin, that one broken off on a
    word no label ends on and this one too (``United Kingdom of`` / ``Great Britain and``): a long name's
    middle line, its end with the figures on the line below."""
    return (
        _label_only(label, first_column_end)
        and _label_only(cells, first_column_end)
        and cells[0][0] == label[0][0]
        and LABEL_BROKEN_OFF.search(label[0][2]) is not None
        and LABEL_BROKEN_OFF.search(cells[0][2]) is not None
    )


def _label_hangs(label: Cells, cells: Cells, first_column_end: int) -> bool:
    """Whether a label alone goes on the label alone above it, broken off on a word no label ends on and
    indented under it (``I.      RETURN, REINTEGRATION AND`` / ``        COMMUNITY STABILIZATION``)."""
    return (
        _label_only(label, first_column_end)
        and _label_only(cells, first_column_end)
        and cells[0][0] > label[0][0]
        and LABEL_BROKEN_OFF.search(label[0][2]) is not None
    )


def _group_under(cells: Cells, following: Cells | None) -> bool:
    """Whether a row indented under a label is the first of the label's group of rows, the next row starting
    where it starts (``Operational Part of the Budget (USD)`` / ``  Staff and office costs   …`` / ``  Programme
    costs   …``), not the end of the label wrapped (after which the rows go on at the labels' margin)."""
    if not following:
        return False
    return following[0][0] == cells[0][0] and not cells[0][2][:1].islower()


def _figures_only(cells: Cells, first_column_end: int) -> bool:
    """Whether a row holds figures (or a matrix's marks) only, right of the labels' column."""
    return (
        bool(cells)
        and cells[0][0] >= first_column_end
        and all(FIGURE.fullmatch(text) or MARK.fullmatch(text) for _, _, text in cells)
    )


def _label_goes_on(cells: list[tuple[int, int, str]], left: int, first_column_end: int) -> bool:
    """Whether ``cells`` is the end of the row label above, wrapped: one cell in the labels' column, in lower
    case, without figures (``Amounts due to implementing`` / ``partners``)."""
    if len(cells) != 1:
        return False
    start, _, text = cells[0]
    return (
        left <= start < first_column_end
        and text[:1].islower()
        and not any(c.isdigit() for c in text)
        and not text.endswith((".", ":", ";"))  # … and decided to approve the scale.: the text going on
    )


def _continues(row: list[tuple[int, int, str]], cells: list[tuple[int, int, str]]) -> bool:
    """Whether ``cells``, right of the first column and without figures, each start where a cell of ``row``
    starts: the ends of that row's wrapped cells (``Standing Committee on Programmes`` / ``and Finance, …``)."""
    starts = {start for start, _, _ in row}
    return not any(c.isdigit() for _, _, text in cells for c in text) and all(s in starts for s, _, _ in cells)


def _words_wrapped(row: Cells, cells: Cells, first_column_end: int) -> bool:
    """Whether ``cells`` are the ends of the wrapped cells of ``row`` in a table of words (``Policy and
    legislative   Policy advice; …   Ministries of labour and of foreign`` / ``development   support to …
    affairs; ILO``): no figures in the ends, the label's end in lower case in the labels' column, and each cell
    starting within a few characters of one of the row's (``-layout`` sets a column's cells a little apart)."""
    if len(cells) < 2 or not row or cells[0][0] >= first_column_end or not cells[0][2][:1].islower():
        return False
    if _LIST_LABEL.match(cells[0][2]):
        return False  # a. Consultation / b. Joint programming: rows labelled in lower case, no ends
    if any(c.isdigit() for _, _, text in cells for c in text):
        return False  # (the row may hold figures: Affected people are   Percentage of …   46%   90%)
    return all(_nearest(start, row) is not None for start, _, _ in cells)


def _nearest(start: int, row: Cells) -> int | None:
    """The start of the cell of ``row`` nearest ``start``, within `_WORD_COLUMN_SLACK` characters; else None."""
    near = min((abs(at - start), at) for at, _, _ in row)
    return near[1] if near[0] <= _WORD_COLUMN_SLACK else None


_WORD_COLUMN_SLACK = 3
_LIST_LABEL = re.compile(r"(?:[a-z]{1,4}[.)]|\([a-z]{1,4}\))(?:\s|$)")
"""A list's label in lower case (``a.``, ``iv)``, ``(b)``) opening a row's first cell."""


def _joined_near(cell: tuple[int, int, str], more: Cells) -> tuple[int, int, str]:
    """``cell`` with the texts of ``more`` nearest its start (see `_words_wrapped`) after its own."""
    start, end, text = cell
    rest = " ".join(t for s, _, t in more if _nearest(s, [cell]) is not None)
    return (start, end, f"{text} {rest}") if rest else cell


def _joined(cell: tuple[int, int, str], more: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    start, end, text = cell
    rest = " ".join(t for s, _, t in more if s == start)
    return (start, end, f"{text} {rest}") if rest else cell


def _contents_entry(line: LineToken) -> ContentsEntry:
    """A contents entry's title and page (and paragraphs), not yet nested (see `iomparse.contents`)."""
    text, paragraphs = line.info.match_group("text"), line.info.match_group("paragraphs")
    return ContentsEntry(strip_markup(text or ""), line.info.label, paragraphs=paragraphs)


_LETTER = re.compile(r"\(([a-z])\)")
_ROMAN_LABEL = re.compile(r"\(([ivxlc]+)\)")


@frozen
class _Listed:
    """A list item, how far right of the margin its line starts, its bullet's glyph (``•``, ``–``; none for a
    labelled item) and whether it ends with a colon (opening a list of its own), until `nest_items` places
    it."""

    item: Item
    indent: int
    page: int
    glyph: str = ""
    opens: bool = False

    @property
    def span(self) -> Span | None:
        return self.item.span


def nest_items(items: list[Any]) -> tuple[Any, ...]:
    """Put roman-numbered items ``(i)``, ``(ii)`` under the lettered item before them, and bullets indented
    further than the item before them under it (``- expanding … by:`` / ``    - supporting …``).

    ``(i)`` right after ``(h)`` is the letter i; ``(i)`` after any other letter opens a roman run.
    Other children (quotes, unclassified blocks) stay where they are. Each parent is rebuilt once, with all
    its roman children, so a long run costs linear time.
    """
    return _nest_roman(_nest_bullets(items))


def _nest_bullets(items: list[Any]) -> list[Any]:
    """The items, a bullet indented further than the item above it (itself not nested) among its children,
    on the same page only (a page's text may start further right than the one before it), or printed with
    another glyph under a bullet ending with a colon (see `_under`)."""
    result: list[Any] = []
    children: dict[int, list[Item]] = {}  # index in result of an item → the bullets under it
    parent: tuple[int, _Listed] | None = None  # the last item not nested, and its index in result
    for entry in items:
        if not isinstance(entry, _Listed):
            result.append(entry)
            parent = None
            continue
        if parent is not None and entry.item.label is None and _under(entry, parent[1]):
            children.setdefault(parent[0], []).append(entry.item)
            continue
        result.append(entry.item)
        parent = (len(result) - 1, entry)
    for index, nested in children.items():
        above = result[index]
        result[index] = evolve(above, children=(*above.children, *nested), span=_span_over(above.span, nested[-1].span))
    return result


def _under(entry: _Listed, above: _Listed) -> bool:
    """Whether the bullet ``entry`` is under the item ``above``: indented further on the same page, or printed
    with a nested list's glyph under a bullet ``•`` that opens a list (``• supporting … by:`` / ``–
    co-organizing …``: text without its indentation keeps the glyphs)."""
    if entry.page == above.page and entry.indent >= above.indent + _NESTED_INDENT:
        return True
    return above.opens and above.glyph == "•" and entry.glyph in _NESTED_GLYPHS


_NESTED_GLYPHS = ("–", "-", "◦", "○", "o", "▪")  # the bullets of a list under a bullet ``•``

_NESTED_INDENT = 2  # spaces: a bullet starting so much further right than the item above is under it


def _nest_roman(items: list[Any]) -> tuple[Any, ...]:
    """Roman-numbered items under the lettered item before them (see `nest_items`)."""
    result: list[Any] = []
    nested: dict[int, list[Item]] = {}  # index in result of a lettered item → the roman items under it
    parent_index: int | None = None
    previous_letter: str | None = None
    in_roman_run = False
    for item in items:
        if not isinstance(item, Item) or item.label is None:
            result.append(item)
            parent_index, in_roman_run = None, False
            continue
        roman = _ROMAN_LABEL.fullmatch(item.label)
        letter = _LETTER.fullmatch(item.label)
        is_next_letter = bool(letter and previous_letter and ord(letter.group(1)) == ord(previous_letter) + 1)
        if roman and parent_index is not None and (in_roman_run or item.label == "(i)") and not is_next_letter:
            nested.setdefault(parent_index, []).append(item)
            in_roman_run = True
            continue
        result.append(item)
        in_roman_run = False
        if letter:
            previous_letter = letter.group(1)
            parent_index = len(result) - 1
        else:
            parent_index = None
    for index, children in nested.items():
        parent = result[index]
        result[index] = evolve(
            parent, children=(*parent.children, *children), span=_span_over(parent.span, children[-1].span)
        )
    return tuple(result)
