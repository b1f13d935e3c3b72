"""Tables laid out with spaces: which physical lines are rows, and how rows gather into one table line.

This runs inside the joining pass (`iomparse.lexer.joining`): a table's rows never join running text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..abbreviations import ABBREVIATION_WORD, is_abbreviation
from ..reading_order import (
    CAPTION,
    CONTINUED,
    FIGURE,
    MARK,
    PIPE_ROW,
    STATEMENT_TITLE,
    TABLE_CAPTION,
    TOTAL,
    UNIT_AT_END,
    YEAR,
)
from ..source import Line
from ..symbols import SYMBOL_CANDIDATE
from ..values import FULL_DATE
from ..vocabulary import BREAKING_WORDS, BULLETS, alternation
from .kinds import FURNITURE_KINDS
from .lines import LogicalLine, bare, strip_markup
from .rules import SYMBOLS

_COLUMN_GAP = re.compile(r"\S\s{2,}(?=\S)")
_LEADER = re.compile(r"\.{4}|(?:\. ){4}")  # the dot leader of a contents entry: no table row
"""A row of a Markdown table, as a converter writes one: ``| Albania | 0.0400 | 0.0400 |``."""


def table_rows(lines: list[Line]) -> set[int]:
    """Indexes of lines laid out in columns: runs of two or more lines with gaps of several spaces between
    their cells, at least two of them with two gaps or more, and figures among the cells, but no dot leader
    (a contents entry: ``II. THE ORGANIZATION    ........    2``); and runs of two
    or more rows of a Markdown table (``| … | … |``)."""
    return (
        _spaced_rows(lines)
        | _pipe_rows(lines)
        | _captioned_word_rows(lines)
        | _headed_word_rows(lines)
        | _announced_pairs(lines)
        | _abbreviation_rows(lines)
    )


def _abbreviation_rows(lines: list[Line]) -> set[int]:
    """The rows of a list of abbreviations laid out as a table of two columns (``IOM     International
    Organization for Migration``): three rows at least, each an abbreviation (two capitals at least, no space:
    ``UNHCR``, ``MiGOF``) then, a gap of two spaces or more after it, what it stands for, opening with a capital,
    every such text starting on one column; a blank line may stand between two rows; the columns' headings
    right above (``Acronym      Full name``: two cells, the second on that column) are the table's."""
    rows: set[int] = set()
    run: list[int] = []
    column: int | None = None
    for index, line in enumerate([*lines, Line(0, "", 0)]):
        match = _ABBREVIATION_ROW.fullmatch(line.text) if "  " in line.text else None
        match = match if match and is_abbreviation(match.group(1)) else None
        if match and column in (None, match.start(2)):
            run.append(index)
            column = match.start(2)
            continue
        if not line.text.strip() and run and index - run[-1] == 1:
            continue  # (a blank line between two rows)
        if len(run) >= _TWO_COLUMN_ROWS:
            rows.update(range(run[0], run[-1] + 1))
            rows.update(_abbreviations_headed(lines, run[0], column))
        run, column = ([index], match.start(2)) if match else ([], None)
    return rows


def _abbreviations_headed(lines: list[Line], first: int, column: int | None) -> list[int]:
    """The line of the headings over a list of abbreviations (a blank line perhaps between): two cells of
    words, the second starting on the texts' column; none where there is no such line."""
    above = next((at for at in range(first - 1, max(-1, first - 3), -1) if lines[at].text.strip()), None)
    if above is None or column is None:
        return []
    cells = _cell_spans(lines[above].text)
    if len(cells) != 2 or abs(cells[1][0] - column) > WORD_SLACK or any(c.isdigit() for c in lines[above].text):
        return []
    return list(range(above, first))


_ABBREVIATION_ROW = re.compile(rf"\s{{0,8}}({ABBREVIATION_WORD})\s{{2,}}([A-Z(][^\s].*?)\s*")


def _captioned_word_rows(lines: list[Line]) -> set[int]:
    """The rows of a table of words under its numbered caption (``Table 1: Strategic objectives …`` /
    ``Objective      Main activities      Partners`` / ``Policy and legislative      Policy advice; …      Ministries
    of …`` / ``development      support to …``): its columns' headings, three at least, apart by gaps of three
    spaces or more, a row of as many cells under them, and lines whose cells each start or end where a heading
    or a cell of that row does (a cell wrapped onto the next line; a figure set right), two at least: see
    `_word_rows_under`. Tables of figures are read by `_spaced_rows`, whose rows need figures; where it read the
    rows of a captioned table only in part (rows of words among them), these rows join its."""
    rows: set[int] = set()
    for index, line in enumerate(lines):
        if line.text.lstrip(" *")[:1] not in _CAPTION_INITIALS:
            continue  # (most lines: told by their first letter)
        if not TABLE_CAPTION.match(strip_markup(line.text).strip()):  # (a PDF read directly: **Table 1: …**)
            continue
        first = next((at for at in range(index + 1, min(index + 3, len(lines))) if lines[at].text.strip()), None)
        if first is None:
            continue
        heads = _cell_spans(lines[first].text)
        if len(heads) < _WORD_TABLE_COLUMNS or len(_WIDE_GAP.findall(lines[first].text)) < len(heads) - 1:
            continue
        row = next(  # (the headings may be centred over their columns: the first full row says where cells are)
            (
                spans
                for at in range(first + 1, min(first + 5, len(lines)))
                if len(spans := _cell_spans(lines[at].text)) == len(heads)
            ),
            [],
        )
        run = _word_rows_under(lines, first, heads, row) if row else []
        if sum(1 for at in run if lines[at].text.strip()) >= _WORD_TABLE_ROWS + 1:
            rows.update(run)
    return rows


def _headed_word_rows(lines: list[Line]) -> set[int]:
    """The rows of a table of words under its columns' headings, no numbered caption over them (an annex's
    ``Country      Location of centre      Main receiving countries served`` / ``Ghana      Accra      Canada,
    United States`` …; a list of meetings under its title, a timeline's ``Period      Main milestones``).
    The headings: a line alone under a blank line, two cells at least a gap of three spaces or more apart,
    each a few words opening with a capital, no figure or final punctuation in them, none in capitals but an
    abbreviation (a cover's ``COUNCIL      CONSEIL      CONSEJO``, a contents' ``CONTENTS      Page``), and no
    sentence announcing a list right above (``… were represented:``: names set in columns). Under them,
    three rows at least, each opening on the first heading's column with a cell on another's (a cell set in
    the middle of its row's lines counts too). Read on as `_word_rows_under` reads a captioned table's."""
    rows: set[int] = set()
    for index, line in enumerate(lines):
        if "   " not in line.text or (index and lines[index - 1].text.strip()) or not _word_headings(line.text):
            continue
        above = next((lines[at].text for at in range(index - 1, max(-1, index - 4), -1) if lines[at].text.strip()), "")
        if above.rstrip().endswith(":"):
            continue  # (``The following States were represented:`` / a list of names set in columns)
        heads = _cell_spans(line.text)
        opening = [
            at
            for at in range(index + 1, min(index + _HEADED_REACH, len(lines)))
            if lines[at].page == line.page and _opens_headed_row(lines[at].text, heads)
        ]
        if len(opening) < _HEADED_ROWS:
            continue
        run = _word_rows_under(lines, index, heads, _cell_spans(lines[opening[0]].text))
        if sum(_opens_headed_row(lines[at].text, heads) for at in run) >= _HEADED_ROWS and not any(
            _LEADER.search(lines[at].text) for at in run
        ):
            rows.update(run)
    return rows


def _announced_pairs(lines: list[Line]) -> set[int]:
    """The rows of a table of two columns without headings that a sentence announces (``The Council elected the
    following officers by acclamation:`` / ``Chairman      H.E. Mr. S. O. Kimani (Kenya)`` / ``First
    Vice-Chairman      Mr. F. Duarte Lemos (Portugal)`` …): three lines at least one under the other, a blank
    line at most under the sentence ending with a colon, each two cells a gap of three spaces or more apart, the
    first cells starting on one column and the second on another, the second cells more than a few words (not
    names set in two columns); no list label first (a bullet, ``(a)``, ``1.``: a list), no colon ending a first
    cell (``Chairperson:      H.E. …``: a list of labelled lines)."""
    rows: set[int] = set()
    for index, line in enumerate(lines):
        if not line.text.rstrip().endswith(":"):
            continue
        first = index + 1 if index + 1 < len(lines) and lines[index + 1].text.strip() else index + 2
        run: list[tuple[int, list[tuple[int, int]]]] = []  # each line's index and cells
        for at in range(first, len(lines)):
            spans = _cell_spans(lines[at].text)
            if len(spans) != 2 or not _WIDE_GAP.search(lines[at].text) or lines[at].page != line.page:
                break
            run.append((at, spans))
        cells = [[lines[at].text[start:end] for start, end in spans] for at, spans in run]
        if (
            len(run) >= _TWO_COLUMN_ROWS
            and len({spans[0][0] for _, spans in run}) == 1
            and len({spans[1][0] for _, spans in run}) == 1
            and not any(
                _ITEM_LABEL.match(label + " ") or label[:1] in _LIST_MARKS or label.endswith(":") for label, _ in cells
            )
            and sum(len(value.split()) for _, value in cells) > _PAIR_WORDS * len(cells)
        ):
            rows.update(at for at, _ in run)
    return rows


_LIST_MARKS = f"{BULLETS}*"  # a bullet, or the converter's Markdown one
_PAIR_WORDS = 3  # words: the second cells of a table of two columns hold more than this many on average


def _word_headings(text: str) -> bool:
    """Whether a line is the columns' headings of a table of words (see `_headed_word_rows`)."""
    cells = [text[start:end] for start, end in _cell_spans(text)]
    return (
        len(cells) >= 2
        and len(_WIDE_GAP.findall(text)) == len(cells) - 1
        and all(
            cell[:1].isupper()
            and len(cell.split()) <= _WORD_HEADING_WORDS
            and not any(c.isdigit() for c in cell)
            and not cell.endswith(_CELL_PUNCTUATION)
            and not (cell.isupper() and len(cell) > _ABBREVIATION_LENGTH)
            for cell in cells
        )
    )


def _opens_headed_row(line: str, heads: list[tuple[int, int]]) -> bool:
    """Whether a line's cells open a row under ``heads``: its first, a label (no rule of dashes), on the first
    heading's column, another starting where another heading does (`_HEADED_SLACK`:
    ``-layout`` sets the cells of words of a column on one character)."""
    spans = _cell_spans(line)
    return (
        len(spans) >= 2
        and abs(spans[0][0] - heads[0][0]) <= WORD_SLACK
        and any(c.isalnum() for c in line[spans[0][0] : spans[0][1]])
        and any(abs(start - head) <= _HEADED_SLACK for start, _ in spans[1:] for head, _ in heads[1:])
    )


def _cell_over_row(lines: list[Line], at: int, spans: list[tuple[int, int]], heads: list[tuple[int, int]]) -> bool:
    """Whether a line of one cell, on a column past the first, is the top of a cell set in the middle of its
    row's lines (``Adoption of the terms of reference and`` / ``First meeting   2 February 2016   48`` /
    ``workplan; …``): the line right under it opens a row, its label on the first heading's column."""
    if len(spans) != 1 or abs(spans[0][0] - heads[0][0]) <= WORD_SLACK or at + 1 >= len(lines):
        return False
    under = _cell_spans(lines[at + 1].text)
    return len(under) >= 2 and abs(under[0][0] - heads[0][0]) <= WORD_SLACK


_HEADED_REACH = 30  # lines under the headings where the rows' openings are counted
_HEADED_ROWS = 3  # rows at least under headings with no caption
_HEADED_SLACK = 1  # characters: a cell of words starts this far from its column's heading at most
_ABBREVIATION_LENGTH = 4  # letters: a heading in capitals as long as this is an abbreviation (``USD``)
_WORD_HEADING_WORDS = 5  # words in a column heading of a table of words, at most
_CELL_PUNCTUATION = (".", ",", ";", ":")


def _word_rows_under(
    lines: list[Line], first: int, heads: list[tuple[int, int]], row: list[tuple[int, int]]
) -> list[int]:
    """The lines of a table of words from its headings' line ``first`` on (``row``: a full row's cells, which
    say where cells start and end): lines whose cells each start or end where a heading or a cell of that row
    does (a cell wrapped onto the next line; a figure set right), up to two blank lines, a line of one cell a
    blank line under the last (a heading, prose; not a cell's first line over its row's label), a line of one
    cell on the first column wider than it (prose), or a numbered paragraph. A note under the table (``*   …``,
    ``a   …``) or the page's end ends it."""
    starts, ends = {start for start, _ in heads + row}, {end for _, end in heads + row}
    width = row[1][0] - row[0][0]  # the first column's
    run, blanks = [first], 0
    for at in range(first + 1, len(lines)):
        text = lines[at].text
        if not text.strip():
            blanks += 1
            if blanks == 2:
                break
            continue
        spans = _cell_spans(text)
        if _LABELLED_LINE.match(text) or _NOTE_UNDER.match(text) or lines[at].page != lines[first].page:
            break  # (a page's end too: the next opens with its running header, and a table going on is resumed)
        over = bool(blanks) and _cell_over_row(lines, at, spans, heads)
        if blanks and len(spans) < 2 and not over:
            break  # a row a blank line under the last opens with its label and more cells: a heading, prose
        if not all(_in_column(span, starts, ends) for span in spans):
            break
        wrapped = (over or not blanks) and spans[0][0] - heads[0][0] > WORD_SLACK  # (a cell's line, not the first
        # column's: a wide column's text, Adoption of the terms of reference and / workplan; …)
        if len(spans) == 1 and spans[0][1] - spans[0][0] > 2 * width and not wrapped:
            break  # prose, wider than the first column
        run.extend(range(run[-1] + 1, at + 1))  # (a blank line between two rows keeps the table open)
        blanks = 0
    return run


def _in_column(span: tuple[int, int], starts: set[int], ends: set[int]) -> bool:
    """Whether a cell starts or ends within a few characters of where a column's cells do."""
    start, end = span
    return any(abs(start - at) <= WORD_SLACK for at in starts) or any(abs(end - at) <= WORD_SLACK for at in ends)


_NOTE_UNDER = re.compile(r"\s*(?:\*{1,3}\s+|(?:[a-h]/?|\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]+)\s{2,})\S")
"""A note under a table, its marker first (``*   Paid after …``, ``a   …``, ``1   …``): the table's end."""
WORD_SLACK = 4  # characters: -layout (and a PDF read directly) set a column's cells this far apart at most


_CAPTION_INITIALS = frozenset("TFC")  # Table, Figure, Chart (TABLE_CAPTION)
_WORD_TABLE_COLUMNS = 3
_WORD_TABLE_ROWS = 2  # lines under the headings, at least


def _pipe_rows(lines: list[Line]) -> set[int]:
    rows: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, Line(0, "", 0)]):
        if "|" in line.text and PIPE_ROW.fullmatch(line.text):
            run.append(index)
        elif run:
            if len(run) >= 2:
                rows.update(run)
            run = []
    return rows


def _spaced_rows(lines: list[Line]) -> set[int]:
    rows: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, Line(0, "", 0)]):
        if ("  " in line.text and _is_row(line.text)) or (run and run[-1] == index - 1 and _goes_on(lines, run, index)):
            run.append(index)
        elif run:
            laid_out = sum(len(_COLUMN_GAP.findall(lines[i].text.strip())) >= 2 for i in run) >= 2
            alone = _headings_over_row_alone(lines, run)
            tabled = (len(run) >= 2 and laid_out) or _two_columns(lines, run) or bool(alone)
            if tabled and not _agenda_items(lines, run):
                rows.update(run)
                rows.update(alone or _heading_lines(lines, run))
            run = []
    return rows


_ITEM_LABEL = re.compile(r"(?:\d{1,2}\.|\([a-z]{1,3}\)|\(\d{1,2}\))\s")  # 12. …, (c) …, (2) …: a label hanging
_CELL_GAP = re.compile(r"\s{2,}")


def _headings_over_row_alone(lines: list[Line], run: list[int]) -> list[int]:
    """The lines of columns' headings right over a row alone (no row in the few lines under it), a label and
    three figures or more a gap apart (a corrigendum's row that ``should read``: ``Number of   Staff and office
    …`` / ``Region   …   Total (USD)`` / ``projects   costs (USD) …`` / ``Latin America …   264   38,412,600
    …``), two lines at least, each cell over one of the row's and a heading over every figure: a table of one
    row; none otherwise."""
    if len(run) != 1 or any("  " in line.text and _is_row(line.text) for line in lines[run[0] + 1 : run[0] + 5]):
        return []  # (more rows a blank line or a wrapped label below: the table goes on, read as such)
    first = run[0]
    cells = _CELL_GAP.split(lines[first].text.strip())
    figures = sum(FIGURE.fullmatch(cell) is not None for cell in cells[1:])
    if figures < _ROW_ALONE_FIGURES or figures != len(cells) - 1:
        return []
    under = _column_extents(lines, run)
    top = _top_over_cells(lines, first, under)
    heads = [span for at in range(top, first) for span in _cell_spans(lines[at].text)]
    headed = all(
        any(start <= right + _NEAR and end >= left - _NEAR for start, end in heads) for left, right in under[1:]
    )
    return list(range(top, first)) if first - top >= 2 and headed else []


_ROW_ALONE_FIGURES = 3  # figures at least in a row that stands alone under its columns' headings


def _agenda_items(lines: list[Line], run: list[int]) -> bool:
    """Whether rows are an agenda's items beside its documents column (``(a)   Revision of the Programme and
    Budget for 2023      S/32/4``): each opens with its number or letter, or goes on with the title above it
    right of its label (``(b) Status report on … to the   SCPF/97`` / ``      Administrative Part of the Budget
    MC/INF/309``), or holds symbols only (the documents column going on); one at least ends with a
    document's symbol or several, and no cell after a label is a figure (a table's row would hold some)."""
    texts = [lines[index].text for index in run if lines[index].text.strip()]
    rows = [_CELL_GAP.split(text.strip()) for text in texts]
    if not rows or not _ITEM_LABEL.match(rows[0][0] + " "):
        return False
    label_at = _indent(texts[0])
    for text, cells in zip(texts, rows, strict=True):
        if _ITEM_LABEL.match(cells[0] + " "):
            label_at = _indent(text)
        elif _indent(text) <= label_at and not all(map(_symbols, cells)):
            return False
    if sum(FIGURE.fullmatch(cell) is not None for cells in rows for cell in cells[1:]) > 0:
        return False
    return any(_symbols(cells[-1]) for cells in rows if len(cells) > 1)


def _symbols(cell: str) -> bool:
    """Whether a cell is a document's symbol, or several one after another (``MC/2411, MC/2412,``: a
    documents column's cell, perhaps going on under it)."""
    listed = cell.strip().removesuffix(",")
    return SYMBOL_CANDIDATE.fullmatch(listed) is not None or SYMBOLS.fullmatch(listed) is not None


def _cell_end(text: str) -> bool:
    """Whether a line of a two-column table is a cell's end wrapped under it (indented, no gap in it)."""
    return text.startswith("   ") and not _COLUMN_GAP.findall(text.strip())


_WIDE_GAP = re.compile(r"\S {3,}(?=\S)")
_TWO_COLUMN_ROWS = 3  # a table of two columns has this many rows at least


def _two_columns(lines: list[Line], run: list[int]) -> bool:
    """Whether the rows ``run`` are a table of two columns (``S/25/4      Revision of the Programme …``): three
    rows at least, each one gap of three spaces or more wide, the second cells all starting on one column
    (the end of a second cell wrapped onto a line of its own starts there too: ``               Budget``), or
    all figures ending on one column, within a character (``Germany       88,940`` / ``European Union
    196,432``), the first cells not all a list's numbers or letters (items, their labels hanging)."""
    starts = set()
    ends: list[int] = []  # where the second cells that are figures end
    rows = 0
    rows_of = [index for index in run if lines[index].text.strip() and not _cell_end(lines[index].text)]
    if all(_ITEM_LABEL.match(lines[index].text.strip() + " ") for index in rows_of):
        return False  # 13.   Other business / 14.   Date and place …: numbered items, their numbers hanging
    for index in run:
        text = lines[index].text
        if _cell_end(text):
            starts.add(_indent(text))  # a cell's end wrapped under it
            continue
        rows += 1
        gaps = list(_WIDE_GAP.finditer(text))
        if len(gaps) != 1 or len(_COLUMN_GAP.findall(lines[index].text.strip())) != 1:
            return False
        starts.add(gaps[0].end())
        if FIGURE.fullmatch(text[gaps[0].end() :].strip()):
            ends.append(len(text.rstrip()))
    figures = len(ends) == rows
    total = figures and rows > 1 and TOTAL.fullmatch(lines[run[-1]].text.strip()) is not None
    if total and 0 <= min(ends[:-1]) - ends[-1] <= _BOLD_SLACK:
        ends.pop()  # the total's figure in bold, set right, ending short of the others' (wider figures)
    aligned = len(starts) == 1 or (figures and max(ends) - min(ends) <= 1)  # figures set right
    return rows >= _TWO_COLUMN_ROWS and aligned


def _goes_on(lines: list[Line], run: list[int], index: int) -> bool:
    """Whether the line at ``index``, right under the table's rows ``run``, belongs to the table though it is
    no row of figures."""
    text = lines[index].text if index < len(lines) else ""
    if index < len(lines) and text.strip() and lines[index].page != lines[run[-1]].page:
        return False  # (a line atop the next page: its running header, a heading; no cell of the row above)
    return (
        _wrapped_cells(lines[run[-1]].text, text)  # … Standing Committee on Programmes / … and Finance, Eighteenth …
        or _wrapped_between_rows(lines, run, index)  # United Kingdom of Great Britain and Northern / Ireland
        or _cell_end_between_rows(lines, run, index)  # … Informal paper of the / Administration / 8 April …
        or _label_hanging(lines, run, index)  # II.1 Migration Health … Travel Health / Assistance   8,114,600 …
        or _marker_between_rows(lines, run, index)  # … and Governments   97,220,000 / 4 (its raised marker) / …
        or _group_label(text, lines, index, run=run)  # … TOTAL ASSETS / Liabilities / Accounts payable …
        or _groups_over_row(lines, run, index)  # … TOTAL ASSETS / LIABILITIES / Current liabilities / Accounts …
        or _label_around_figures(text, lines, index)  # I. Movement, Emergency … / (its figures) / Management
        or _label_broken_off(text, lines, index)  # IV.3 Technical Cooperation … and / Capacity Building   14,380,000
        or _numbered_label_wrapped(lines, run, index)  # I.3 Emergency and … / Management and …   61,384,200 …
        or _broken_at_margin(lines, index)  # United Kingdom of / Great Britain and / Northern Ireland   5.8650 …
        or _label_end_under(lines, run, index)  # Democratic Republic of the   214,390 … / Congo
        or _label_opening(lines, index)  # I.   MOVEMENT, EMERGENCY AND / (its end, with its figures)
        or _in_wrapped_label(lines, run, index)  # … / POST-CONFLICT MIGRATION / MANAGEMENT   152,430,000 …
        or _rules_under_cells(lines[run[-1]].text, text)  # … 1,274 / -------    ------- (then Total …)
        or _rule_between_rows(lines, index)  # … 4,680,000 / ---------------- / Total   211,460,000 …
        or (not text.strip() and _spaced_apart(lines, run, index))  # rows printed a blank line apart
    )


def _spaced_apart(lines: list[Line], run: list[int], blank: int) -> bool:
    """Whether the table whose rows are ``run`` goes on after the blank line ``blank``: the next line is a row
    of as many cells as the table's first full row, each cell starting or ending where that row's does; or a
    row, or a group's label over one, whose figures end where the table's do (a statement's groups printed a
    blank line apart: ``Total income   258,027,316`` / ``EXPENDITURE`` / ``Administrative Programme   2   …``);
    or the first line of a row's label printed around its figures or marks, under rows that hold marks (a
    matrix's: ``Skills testing and certification`` / ``✓   ✓`` / ``pilots``)."""
    below = lines[blank + 1].text if blank + 1 < len(lines) else ""
    if _figures_under(lines, run, below) or _groups_over_row(lines, run, blank + 1):
        return True
    if _label_around_figures(below, lines, blank + 1) and any(_MARK_CELL.search(lines[i].text) for i in run):
        return True
    if not below.strip() and lines[blank - 1].text.strip():  # two blank lines over the next group (``TOTAL
        after = lines[blank + 2].text if blank + 2 < len(lines) else ""  # ASSETS`` / blank / blank / ``LIABILITIES``)
        return _figures_under(lines, run, after) or _groups_over_row(lines, run, blank + 2)
    full = next((lines[i].text for i in run if len(_COLUMN_GAP.findall(lines[i].text.strip())) >= 2), None)
    if full is None or not _is_row(below):
        return False
    cells, under = _cell_spans(full), _cell_spans(below)
    if len(cells) == len(under) and all(
        abs(start - other_start) <= 1
        or abs(end - other_end) <= 1
        or (_centred_alike(below[other_start:other_end]) and abs(start + end - other_start - other_end) <= 2)
        for (start, end), (other_start, other_end) in zip(cells, under, strict=True)
    ):  # (each cell starting, ending or centred where the full row's does: a date centred in its column)
        return True
    return (
        _total_set_apart(cells, under, below)
        or _under_headings(lines, run, below)
        or _under_heads_above(lines, run, below)
    )


def _under_heads_above(lines: list[Line], run: list[int], below: str) -> bool:
    """Whether ``below``, a blank line under the rows ``run``, is a row of the same table though its figures
    stand in columns those rows leave empty (a table of arrears: ``Benin   6,008   6,100   12,108`` / blank /
    ``Central African   17,019   5,826 …``): its label where theirs start, and each of its figures under a
    cell of the column headings over the table (a blank line over its first row at most), or right beside
    one (a figure set right, its heading centred)."""
    cells = _cell_spans(below)
    if len(cells) < 2 or not all(FIGURE.fullmatch(below[start:end]) for start, end in cells[1:]):
        return False
    if abs(cells[0][0] - _indent(lines[run[0]].text)) > 1:
        return False
    heads: list[tuple[int, int]] = []
    index = run[0] - 1
    if index >= 0 and not lines[index].text.strip():
        index -= 1  # (one blank line between the headings and the first row)
    while index >= 0 and lines[index].text.strip() and len(heads) < _HEADING_CELLS:
        text = lines[index].text
        if CAPTION.fullmatch(text.strip()) or _TITLED.match(text):
            break
        if not all(map(_heading_cell, _CELL_START.findall(text))):
            return False
        heads += _cell_spans(text)
        index -= 1
    return bool(heads) and all(
        any(max(head_start - end, start - head_end) <= _HEAD_SLACK for head_start, head_end in heads)
        for start, end in cells[1:]
    )


_HEADING_CELLS = 40  # cells of column headings over a table looked at, at most
_HEAD_SLACK = 2  # characters between a figure set right and the heading centred over its column, at most


def _centred_alike(cell: str) -> bool:
    """A cell set centred in its column, so starting and ending elsewhere than the cells above it: a date."""
    return FULL_DATE.fullmatch(cell) is not None


def _total_set_apart(cells: list[tuple[int, int]], under: list[tuple[int, int]], below: str) -> bool:
    """Whether ``below``, a blank line under a table, is its total row (``TOTAL    100.0000    100.0000``):
    as many cells as the table's rows, its label where theirs start and its last figure ending where theirs
    does; set in bold, its figures between may stand wider than the columns' (``100.0000`` over ``0.0045``).
    Or fewer cells, the columns that hold no amounts left empty (a payment plan's dates and periods), its
    last figure ending a few characters short of theirs (wider bold figures, set right, start further left)."""
    if TOTAL.fullmatch(below.strip()) is None or abs(cells[0][0] - under[0][0]) > 1:
        return False
    if len(cells) == len(under):
        return abs(cells[-1][1] - under[-1][1]) <= 1
    return (
        1 < len(under) < len(cells)
        and all(FIGURE.fullmatch(below[start:end]) for start, end in under[1:])
        and 0 <= cells[-1][1] - under[-1][1] <= _BOLD_SLACK
    )


_BOLD_SLACK = 3  # characters: a bold total's last figure ends short of its column's end by as many at most


def _under_headings(lines: list[Line], run: list[int], below: str) -> bool:
    """Whether the last lines of the rows ``run`` (after a blank line, or all) are a table's column headings
    (no figure but years and the columns' numbers ``(1)``, ``(2)`` …) over the row of figures ``below`` them,
    a blank line apart: a line of them with as many cells as that row, each heading centred over its
    column's figures (overlapping them). So the headings repeated atop a table's next page go on with it."""
    if not all(FIGURE.fullmatch(cell) for cell in _CELL_START.findall(below)[1:]):
        return False  # (the row under them a label and its figures)
    heads: list[str] = []
    above = range(run[0] - 1, max(-1, run[0] - _HEADING_ROWS - 1), -1)  # headings of words the run starts under
    for index in [*reversed(run), *above]:
        text = lines[index].text
        if not text.strip() or (index < run[0] and not _COLUMN_GAP.search(text.strip())):
            break
        if CAPTION.fullmatch(text.strip()) or _TITLED.match(text):
            continue  # (in per cent), Table 2 …: the caption over the headings
        if not all(map(_heading_cell, _CELL_START.findall(text))):
            return False
        heads.append(text)
    if not heads or len(heads) > _HEADING_ROWS:
        return False
    under = _cell_spans(below)
    return any(_heads_cells(cells, under) for cells in map(_cell_spans, heads))


def _heads_cells(cells: list[tuple[int, int]], under: list[tuple[int, int]]) -> bool:
    """Whether a line of headings' cells head a row's: as many, each overlapping the row's cell; or one fewer
    (no heading over the labels), each nearer its column's figure than any other."""
    if len(cells) == len(under):
        return all(
            start < other_end and other_start < end
            for (start, end), (other_start, other_end) in zip(cells, under, strict=True)
        )
    return len(cells) == len(under) - 1 > 1 and cells[0][0] > under[0][1] and _nearest_each(cells, under[1:])


def _groups_over_row(lines: list[Line], run: list[int], index: int) -> bool:
    """Whether the line at ``index`` labels a group of rows, or a group and a group within it (``LIABILITIES``
    / ``   Current liabilities``), over a row whose figures end where the rows ``run``'s do; a blank line may
    stand under each label (a statement's groups spaced out), under a label in capitals or, where the rows
    themselves stand a blank line apart, under any."""
    at = index
    spaced = _rows_spaced(lines, run)
    for _ in range(_GROUPS_NESTED):
        under = _under_spaced(lines, at, rows_spaced=spaced)
        if under is None or not _group_word(lines[at].text) or _TITLED.match(lines[at].text):
            return False
        if not 0 <= _indent(lines[under].text) - _indent(lines[at].text) <= _GROUP_INDENT:
            return False  # (the rows of a group stand at its label's margin, or a little right of it)
        if _figures_under(lines, run, lines[under].text):
            return True
        at = under
    return False


def _rows_spaced(lines: list[Line], run: list[int]) -> bool:
    """Whether a table's rows ``run`` (blank lines among them) stand a blank line apart, most of them (cells
    padded, as reportlab draws them)."""
    rows = [row for row in run if lines[row].text.strip()]
    gaps = [later - earlier for earlier, later in pairwise(rows)]
    return bool(gaps) and 2 * sum(gap > 1 for gap in gaps) >= len(gaps)


def _under_spaced(lines: list[Line], index: int, *, rows_spaced: bool = False) -> int | None:
    """The line of text under the line at ``index``, a blank line between at most where that line is a
    part's label in capitals (``ASSETS`` / blank / ``Current assets``: a caption or a sentence over the next
    table, a blank line above its rows, is not in capitals), or where the table's rows stand a blank line
    apart (``Current assets`` / blank / ``Cash and cash equivalents   3   1,204,518 …``)."""
    capitals = index < len(lines) and lines[index].text.strip().lstrip("*").isupper()
    for under in (index + 1, index + 2) if capitals or rows_spaced else (index + 1,):
        if under < len(lines) and lines[under].text.strip():
            return under
    return None


def _group_word(text: str) -> bool:
    """A group's label: a few words opening with a capital (``**Current assets**`` in a PDF's bold), no
    figure (but a year: see `_dated_group`), no gap between cells, no caption (``(in US dollars)``, ``…
    (continued)``); no typed rule (``______``), no heading's end (``budget (%)``)."""
    stripped = text.strip()
    return (
        stripped.lstrip("*")[:1].isupper()
        and "  " not in stripped
        and not any(c.isdigit() for c in (_YEAR_IN.sub("", stripped) if _dated_group(stripped) else stripped))
        and len(stripped) <= _GROUP_LABEL
        and CAPTION.fullmatch(stripped) is None
        and CONTINUED.search(stripped) is None  # … BY REGION IN 2012 (continued): a caption repeated
    )


def _dated_group(text: str) -> bool:
    """Whether a group's label may name a year (``Movements in 2019``): in sentence case, not lettered as a
    section is (a title in capitals, ``B. Programme and Budget for 2025``, names one)."""
    return not text.isupper() and _SECTION_LETTER.match(text) is None


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_SECTION_LETTER = re.compile(r"\**[A-Z]\.\s")
_HEADING_ROWS = 4  # lines of column headings over a table's rows, a blank line apart
_GROUPS_NESTED = 2  # group labels over the first row of a group: a statement's part and its group


def _figures_under(lines: list[Line], run: list[int], text: str) -> bool:
    """Whether ``text`` is a row whose cells after its label are figures each ending where a figure of the
    rows ``run`` ends (right-aligned in the same columns); or marks, under rows that hold marks (a matrix's,
    whose rows may leave any column empty)."""
    if not _is_row(text):
        return False
    cells = _cell_spans(text)[1:]
    if cells and all(MARK.fullmatch(text[start:end]) for start, end in cells):
        return any(_MARK_CELL.search(lines[index].text.strip()) for index in run)
    ends = {end for index in run for _, end in _cell_spans(lines[index].text)[1:]}
    figures = [FIGURE.fullmatch(text[start:end]) is not None for start, end in cells]
    slack = [_DASH_SLACK if _loose(text[start:end]) else 1 for start, end in cells]  # a dash may be centred
    return (
        bool(cells)
        and all(figures)
        and all(any(abs(end - other) <= most for other in ends) for (_, end), most in zip(cells, slack, strict=True))
    )


DASHES = frozenset({"–", "-", "—"})  # a dash for nothing, centred in its column or set apart where figures end
_DASH_SLACK = 3  # characters


def _loose(cell: str) -> bool:
    """A cell whose end ``-layout`` may set a few characters off its column's: a dash for nothing, a negative
    figure in brackets (``(5,118)``: the brackets' width differs from a digit's)."""
    return cell in DASHES or (cell.startswith("(") and cell.endswith(")"))


def _cell_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _CELL_START.finditer(text)]


def _is_row(text: str) -> bool:
    """Whether a line is laid out in cells (gaps of two spaces or more between words), figures among them or
    marks after its label (a matrix's ``X``, ``✓``), no dot leader, and no bullet before a single cell of text."""
    stripped = text.strip()
    return (
        "  " in stripped
        and _COLUMN_GAP.search(stripped) is not None
        and (any(c.isdigit() for c in text) or _MARK_CELL.search(stripped) is not None)
        and not _LEADER.search(text)
        and not _BULLETED.fullmatch(stripped)
        and not _TABLE_NOTE.fullmatch(stripped)
    )


_MARK_CELL = re.compile(rf"\S\s{{2,}}(?:{MARK.pattern})(?:\s{{2,}}|$)")
"""A cell holding a mark alone after the row's label (``Displacement tracking      X      X``): a matrix's, which
marks where a row's activity and a column's meet, as a table of figures holds amounts."""
_TABLE_NOTE = re.compile(r"(?:[a-h]/?|\*{1,3})\s{2,}[A-Z(“\"]\S*(?: \S+){3,}")
"""A note under a table, its marker set apart from a sentence (``a    Before the allocations proposed in
paragraph 12 below.``, typed ``a/  …``): no row, though its text holds a figure."""
_BULLETED = re.compile(r"[•▪●◦–-]\s{2,}\S+(?: \S+)*")
"""A list's bullet, its text after a gap (``•   USD 1,500,000 to the reserve;``): an item, no row."""


def _wrapped_cells(row: str, text: str) -> bool:
    """Whether ``text``, under a table's ``row``, holds the ends of its cells that wrapped: indented, without
    figures, each of its cells starting where one of the row's cells starts, right of the first; or the end
    of its label, in lower case, at the label's margin or a little right of it, alone or with the ends of
    other cells where those cells start (``Dissemination of   Country profiles …   6   25`` / ``findings
    government clearance``)."""
    if not text.strip() or not _words_only(text):
        return False  # (figures: a row's; a year among words is a title's, ``… Organization for the year 2016``)
    if text.rstrip().endswith(_SENTENCE_ENDS) or _LABELLED_LINE.match(row):
        return False  # … as follows: / a paragraph's text going on under it, no cell's end
    starts = {m.start() for m in _CELL_START.finditer(row)}
    cells = [m.start() for m in _CELL_START.finditer(text)]
    first = min(starts, default=0)
    label_end = bool(cells) and first <= cells[0] <= first + 4 and text.lstrip()[:1].islower()
    if label_end and len(cells) > 1 and all(_near(cell, starts) for cell in cells[1:]):
        return True  # the label's end beside the ends of other cells, laid out in their columns
    if not text.startswith("  "):
        return False
    if len(cells) == 1 and label_end:
        return True  # Amounts due to implementing / partners: the row's label wrapped
    return bool(cells) and first < cells[0] and all(_near(cell, starts) for cell in cells)


def _near(cell: int, starts: set[int]) -> bool:
    """Whether a cell starts where one of ``starts`` does, or a column or two off (a PDF's glyphs laid out at
    its columns round either way)."""
    return any(abs(cell - start) <= _COLUMN_SLACK for start in starts)


_COLUMN_SLACK = 2


def _words_only(text: str) -> bool:
    """Whether a line holds words only, a year perhaps among them (``Organization for the year 2016``): no
    figure, no symbol (a running header's ``MC/1938`` set right between two rows)."""
    numbered = [word for word in text.split() if any(c.isdigit() for c in word)]
    return not numbered or (any(c.islower() for c in text) and all(YEAR.fullmatch(word) for word in numbered))


def _marker_between_rows(lines: list[Line], run: list[int], index: int) -> bool:
    """Whether the line at ``index`` is a footnote's marker alone, raised above the row under it or dropped
    from the row above (``-layout`` prints a superscript off the line when it is set high), between two rows
    of the table."""
    text = lines[index].text.strip() if index < len(lines) else ""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return _MARKER_ALONE.fullmatch(text) is not None and _is_row(below) and _is_row(lines[run[-1]].text)


_MARKER_ALONE = re.compile(r"\d{1,2}|\*{1,3}|[a-h]")  # (a table's notes are marked by letters too)


def _wrapped_between_rows(lines: list[Line], run: list[int], index: int) -> bool:
    """Whether the line at ``index`` ends the label of the row above it, between two rows of the table: a few
    words without figures, a little right of the labels' margin though they open with a capital (a name:
    ``Northern`` / ``Ireland``), or a little right of the row above's label, the row below starting elsewhere
    (a hanging indent: ``II.3 … Crisis-affected   1,480,000 …`` / ``Populations`` / ``III. …``), or at the
    margin in lower case (``United Kingdom of Great Britain`` / ``and Northern Ireland``)."""
    text = lines[index].text if index < len(lines) else ""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    if not _label_part(text) or not _is_row(below) or not _is_row(lines[run[-1]].text):
        return False
    if _indent(text) == _indent(below) == _indent(lines[run[-1]].text):
        return text.lstrip()[:1].islower()
    if 0 < _indent(text) - _indent(lines[run[-1]].text) <= _GROUP_INDENT and _indent(below) != _indent(text):
        return True  # II.3 Migration Health … Crisis-affected   1,480,000 … / Populations / III. …: hanging
    return 0 < _indent(text) - _indent(below) <= _GROUP_INDENT


def _cell_end_between_rows(lines: list[Line], run: list[int], index: int) -> bool:
    """Whether the line at ``index`` ends a cell of the row above, right of its label, between two rows: one cell
    of words (a year among them), starting well right of the labels' margin, a row under it. (A PDF's text
    sets it where the cell's column starts, which the row above, its words running on, may not show.)"""
    text = lines[index].text if index < len(lines) else ""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    if index + 1 >= len(lines) or len({lines[run[-1]].page, lines[index].page, lines[index + 1].page}) > 1:
        return False  # (a running header atop the next page, a row under it: no cell's end)
    row = lines[run[-1]].text
    cells = [m.start() for m in _CELL_START.finditer(text)]
    if len(cells) != 1 or not _is_row(below) or not _is_row(row) or text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    if not _words_only(text):
        return False
    return cells[0] > _indent(row) + _LABEL_COLUMN and _indent(below) == _indent(row)


_LABEL_COLUMN = 10  # characters: a cell starting this far right of a row's label is in a later column


def _label_hanging(lines: list[Line], run: list[int], index: int) -> bool:
    """Whether the line at ``index`` opens a row's label whose end wrapped onto the row's line, indented under
    it (a hanging indent: ``II.1 Migration Health Assessments and Travel Health`` / ``   Assistance   8,114,600
    …``), between two rows of the table."""
    text = lines[index].text if index < len(lines) else ""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    if not _label_part(text) or not _is_row(below) or not _is_row(lines[run[-1]].text):
        return False
    return 0 < _indent(below) - _indent(text) <= _GROUP_INDENT and not _LABELLED_LINE.match(text)


_CELL_START = re.compile(r"\S+(?: \S+)*")  # a cell: words one space apart
_LABELLED_LINE = re.compile(r"\s*(?:\d{1,3}\.|\([a-z]{1,4}\)|[IVXLC]{1,6}\.)\s")  # 12.   The Council …: no row


def _group_label(
    text: str, lines: list[Line], index: int, *, run: list[int] | None = None, rows_spaced: bool = False
) -> bool:
    """Whether ``text``, between a table's rows (``run``, where known), labels the group of rows under it (a
    statement's ``Liabilities``, a service area over its service lines): a few words without figures or
    gaps, at the margin of the row labels under it or a little left of them (the rows of the group indented),
    a blank line between at most (see `_under_spaced`; ``rows_spaced``: the table's rows stand a blank line
    apart, as the rows ``run`` do). Over a blank line in sentence case, the row under it is one of the
    table's, its figures where theirs are."""
    spaced = rows_spaced or (run is not None and _rows_spaced(lines, run))
    under = _under_spaced(lines, index, rows_spaced=spaced)
    if not _group_word(text) or under is None:
        return False
    below = lines[under].text
    if not 0 <= _indent(below) - _indent(text) <= _GROUP_INDENT:
        return False
    if run is not None and under - index > 1 and not text.strip().lstrip("*").isupper():
        return _figures_under(lines, run, below)  # (Source: Accounts Division / blank / a paragraph: no group)
    return ("  " in below and _is_row(below)) or _label_opening(lines, under)


def _label_opening(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` opens a row's label whose end wrapped onto the row's line, indented under
    it (``Assessed contributions from Member States`` / ``  (Administrative Programme)   22,305,846 …``)."""
    return _wrapped_label(lines, index) is not None


def _wrapped_label(lines: list[Line], index: int) -> int | None:
    """How many lines below ``index`` the row whose label the line opens stands, where the label wrapped over
    two or three lines, the lines under its first indented alike, the last with the row's figures
    (``I.      MOVEMENT, EMERGENCY AND`` / ``        POST-CONFLICT MIGRATION`` / ``        MANAGEMENT
    152,430,000 …``); None where the line opens no such label."""
    text = lines[index].text if 0 <= index < len(lines) else ""
    if not _label_part(text):
        return None
    hang = None
    for ahead in (1, 2):
        below = lines[index + ahead].text if index + ahead < len(lines) else ""
        if not 0 < _indent(below) - _indent(text) <= _LABEL_HANG or hang not in (None, _indent(below)):
            return None
        if _is_row(below):
            return ahead
        if not _label_part(below):
            return None
        hang = _indent(below)
    return None


def _in_wrapped_label(lines: list[Line], run: list[int], index: int) -> bool:
    """Whether the line at ``index``, under the table's rows ``run``, goes on a row's label wrapped over three
    lines whose first is the last of ``run`` (see `_wrapped_label`)."""
    ahead = _wrapped_label(lines, run[-1]) if run[-1] == index - 1 else None
    return ahead == 2


_LABEL_HANG = 10  # characters: how far right of a row's number its label's wrapped lines may start


_SHORT_LABEL = 40  # characters
_GROUP_LABEL = 60  # characters: a group's label (``Movement, Emergency and Post-crisis Migration Management``)
_GROUP_INDENT = 6  # characters: how far the rows of a group may stand right of its label


def _label_around_figures(text: str, lines: list[Line], index: int) -> bool:
    """Whether ``text``, the line at ``index``, is part of a row label that -layout printed around its figures
    (the figures on the label's middle line): a few words without figures at the labels' margin, right above
    a line of figures alone, or right under one that has such a line above it."""
    if not _label_part(text):
        return False
    indent = _indent(text)
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    if _figures_alone(below, indent):
        return True
    above = lines[index - 1].text if index > 0 else ""
    top = lines[index - 2].text if index > 1 else ""
    return _figures_alone(above, indent) and _label_part(top) and _indent(top) == indent


_CELL_RULE = re.compile(r"(?:[-=_]{3,}\s+)*[-=_]{3,}")


def _rules_under_cells(row: str, text: str) -> bool:
    """Whether ``text``, under a table's ``row``, rules off its columns (a typist's ``-------`` over a total,
    ``=======`` under it): runs of dashes alone, each ending where one of the row's figures ends, or
    starting where one starts."""
    if not _CELL_RULE.fullmatch(text.strip()):
        return False
    cells = _cell_spans(row)
    return all(
        any(abs(end - other_end) <= 1 or start == other_start for other_start, other_end in cells[1:])
        for start, end in _cell_spans(text)
    )


def _rule_between_rows(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` is a typist's rule across the table (``-------…``, ``=======…``) with a
    row right under it: a rule over the total, which the table goes on past."""
    if index + 1 >= len(lines) or _RULE_ACROSS.fullmatch(rule := lines[index].text.strip()) is None:
        return False
    under = lines[index + 1].text
    return (
        "  " in under
        and _is_row(under)
        and _ROW_UNDER_RULE.match(under) is not None  # a row's label, no paragraph's number or note's marker
        and FIGURE.fullmatch(under.split()[-1]) is not None
        and len(rule) >= _RULE_SPAN * len(under.strip())  # across the table
    )


_RULE_ACROSS = re.compile(r"[-=]{10,}")
"""A typist's rule across a table: under its column headings, over its total (underscores rule off footnotes)."""
_ROW_UNDER_RULE = re.compile(r"\s*[A-Z][A-Za-z]")  # Total …, TOTAL …: a label opening the row
_RULE_SPAN = 0.6  # of the row's width, at least


def _label_broken_off(text: str, lines: list[Line], index: int) -> bool:
    """Whether ``text``, between a table's rows, is a row's label broken off on a word no label ends on
    (``… Migration Management and``), its end indented under it with the row's figures."""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return (
        _label_part(text)
        and LABEL_BROKEN_OFF.search(text.rstrip()) is not None
        and _is_row(below)
        and _indent(below) > _indent(text)
    )


def _broken_at_margin(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index``, between a table's rows, is a row's label broken off on a word no label
    ends on, its end at the same margin on the next line or the one after, with the row's figures
    (``United Kingdom of`` / ``Great Britain and`` / ``Northern Ireland   5.8650 …``); a long label's first
    line too where its end opens in lower case (``Direct assistance to migrants: transport, medical screening
    and`` / ``reception costs   412,380 …``), on whatever word it breaks off where its next line opens in lower
    case at its margin (``Contractual services, including external`` / ``audit and information technology`` /
    ``licences   1,362,000 …``)."""
    for ahead in range(_WRAPPED_LINES):
        text = lines[index + ahead].text if index + ahead < len(lines) else ""
        below = lines[index + ahead + 1].text if index + ahead + 1 < len(lines) else ""
        words = text.strip()
        long = len(words) <= _LONG_LABEL and "  " not in words and not any(c.isdigit() for c in words)
        goes_on = below.lstrip()[:1].islower()
        if not (_label_part(text) or (long and goes_on)):
            return False
        if LABEL_BROKEN_OFF.search(text.rstrip()) is None and not (goes_on and _indent(below) == _indent(text)):
            return False
        if _indent(below) < _indent(text):
            return False
        if _is_row(below):
            return True
    return False


def _label_end_under(lines: list[Line], run: list[int], index: int) -> bool:
    """Whether the line at ``index``, right under the table's last row, ends that row's label: a few words at
    the label's margin or a little right of it, the label broken off on a word no label ends on or inside its
    brackets (``Democratic Republic of the   214,390 …`` / ``Congo``, ``Venezuela (Bolivarian Republic   …``
    / ``of)``), or the rows printed a blank line apart (``The former Yugoslav   …`` / ``Republic of
    Macedonia``, a group's label standing a blank line over its rows)."""
    text = lines[index].text if index < len(lines) else ""
    row = lines[run[-1]].text
    if not _label_part(text) or _MARKER_ALONE.fullmatch(text.strip()) or ":" in text or not _is_row(row):
        return False  # (a note's marker alone under the table, ``a`` / its text; ``Source: …``)
    if _LABELLED_LINE.match(row):
        return False  # 8.   Migration Crisis … review of   S/18/13 / implementation: an agenda's item
    start, end = _cell_spans(row)[0]
    spaced = any(not lines[at].text.strip() for at in run)
    return (label_broken_off(row[:end]) or spaced) and 0 <= _indent(text) - start <= _GROUP_INDENT


def label_broken_off(label: str) -> bool:
    """Whether a row's label breaks off before its end: on a word no label ends on (``Democratic Republic of
    the``) or inside its brackets (``Venezuela (Bolivarian Republic``)."""
    return LABEL_BROKEN_OFF.search(label) is not None or label.count("(") > label.count(")")


_WRAPPED_LINES = 2  # lines of a label broken off before the line with its figures, at most
_LONG_LABEL = 90  # characters: a long label's first line, broken off over its end in lower case


def _numbered_label_wrapped(lines: list[Line], run: list[int], index: int) -> bool:
    """Whether the line at ``index``, under numbered rows, is a numbered row's label with no figures whose end,
    at the same margin or indented, holds them and no number (``I.3 Emergency and Post-crisis Migration`` /
    ``Management and Community Stabilization   61,384,200 …``): rows numbered so wrap onto a second line."""
    text = lines[index].text if index < len(lines) else ""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return (
        ROW_NUMBER.match(lines[run[-1]].text.strip()) is not None
        and ROW_NUMBER.match(text.strip()) is not None
        and _label_part(text)
        and _is_row(below)
        and ROW_NUMBER.match(below.strip()) is None
        and 0 <= _indent(below) - _indent(text) <= _LABEL_HANG
    )


OPENS_ON_BREAKING_WORD = re.compile(rf"(?:{alternation(BREAKING_WORDS)})\s", re.IGNORECASE)
"""The start of a line that goes on with a label broken off above it (``TOTAL LIABILITIES, RESERVES`` / ``AND FUND
BALANCES   11,210,769 …``): a word no label opens with."""

LABEL_BROKEN_OFF = re.compile(rf"\s(?:{alternation(BREAKING_WORDS)}|on|in)$|,$", re.IGNORECASE)
"""The end of a line that breaks a label off: a word or comma no label ends on (``… AND`` in capitals too)."""


def _label_part(text: str) -> bool:
    """A part of a row's label: a few words without figures (its own number apart: ``II.1 Migration …``)."""
    stripped = ROW_NUMBER.sub("", text.strip(), count=1).strip()  # (I.      MOVEMENT, …: the label's column)
    return bool(stripped) and "  " not in stripped and not any(c.isdigit() for c in stripped) and len(stripped) <= 60


ROW_NUMBER = re.compile(r"^(?:[IVX]{1,4}\.(?:\d{1,2})?|\d{1,2}(?:\.\d{1,2})*\.?)\s")
"""A row label's number: ``II.1``, ``IV.``, ``3.2``."""


def _figures_alone(text: str, indent: int) -> bool:
    """Whether a line holds figures (or a matrix's marks) only, in cells starting well right of the labels'
    margin ``indent``."""
    stripped = text.strip()
    return (
        bool(stripped)
        and _indent(text) > indent + 20
        and all(FIGURE.fullmatch(cell) or MARK.fullmatch(cell) for cell in _COLUMN_GAP_SPLIT.split(stripped))
    )


_COLUMN_GAP_SPLIT = re.compile(r"\s{2,}")


def _heading_lines(lines: list[Line], run: list[int]) -> list[int]:
    """The lines of a table's column headings above its rows ``run``: a row of headings right above them (a
    blank line or two between when the rows too are printed a blank line apart, or open with a group's label,
    or when the headings start on the rows' columns), perhaps with the ends of its headings wrapped onto a
    line under it (``Background`` / ``documents``), and the lines of headings above that row (years, units:
    ``2011   2012   Increase/``); with the labels that open the first row between the headings and the rows
    (a group's label, ``ASSETS``; the first line of a label wrapped onto the row's line), headings or not."""
    first = run[0]
    opening = _opening_lines(lines, first)
    above = first - 1 - len(opening)
    if not opening and above > 0 and _RULE_ACROSS.fullmatch(lines[above].text.strip()):
        above -= 1  # Service   (revised)   (estimates) / ------------ / the rows: a typist's rule under the headings
    spaced = bool(opening) or any(not lines[index].text.strip() for index in run)
    for _ in range(2 if opening else 1):  # 31 December / 2000 / blank / blank / ASSETS / Cash …
        if (
            above > 0
            and not lines[above].text.strip()
            and (
                spaced or _aligned(lines[above - 1].text, lines[first].text, 2) or _years_over(lines, above - 1, first)
            )
        ):
            above -= 1
    if not opening and _heading_row_around(lines, above, first):
        return list(range(above - 2, first))  # Risks / Risk category   High   Medium   Low / recorded
    if _heading_row(lines, above, first):
        top = above
    elif (
        above > 0 and _wrapped_cells(lines[above - 1].text, lines[above].text) and _heading_row(lines, above - 1, first)
    ):
        top = above - 1
    elif not opening and (stacked := _stacked_headings(lines, run)) is not None:
        return list(range(stacked, first))
    else:
        return opening
    while top > 0 and _heading_over(lines[top - 1].text, lines[first].text):
        top -= 1  # 2011   2012   Increase/ / approved   estimates   (decrease) / Object of expenditure …
    return list(range(top, first))


def _heading_row_around(lines: list[Line], under: int, first: int) -> bool:
    """Whether the lines right above a table's first row are its row of headings with one heading short, that
    heading's two lines printed around it (``Risks`` / ``Risk category   High   Medium   Low`` / ``recorded``):
    ``-layout`` sets a heading of two lines centred on a row whose other headings hold one."""
    if under < 2 or not lines[under - 1].text.strip():
        return False
    row, cells = lines[under - 1].text, _CELL_START.findall(lines[under - 1].text.strip())
    gaps, row_gaps = len(_COLUMN_GAP.findall(row.strip())), len(_COLUMN_GAP.findall(lines[first].text.strip()))
    return (
        gaps >= 1
        and gaps == row_gaps - 1
        and all(len(cell) <= _SHORT_LABEL and _heading_cell(cell) for cell in cells)
        and not row.rstrip().endswith(_SENTENCE_ENDS)
        and _centred_around(lines[under - 2].text, lines[under].text)
    )


def _centred_around(above: str, below: str) -> bool:
    """Whether a line of one short cell over a row of headings and one under it start on one column (``Risks``
    over the row, ``recorded`` under it): a heading of two lines set centred on the headings' row, its lines
    printed around it."""
    cells, under = _cell_spans(above), _cell_spans(below)
    return (
        len(cells) == len(under) == 1
        and abs(cells[0][0] - under[0][0]) <= 2
        and cells[0][0] > 0
        and all(end - start <= _SHORT_LABEL for start, end in (*cells, *under))
        and not above.rstrip().endswith(_SENTENCE_ENDS)
    )


def _stacked_headings(lines: list[Line], run: list[int]) -> int | None:
    """The first line of column headings wrapped over several lines right above a table's first row, each
    line's cells standing over the row's (``Total`` / ``2010 and`` / ``Member State   2011 … outstanding as
    at`` / ``prior years`` / ``30 April 2013``), one of the lines holding a heading for nearly every column;
    None where the lines above are not such."""
    first = run[0]
    under = _column_extents(lines, run)
    top = _top_over_cells(lines, first, under)
    widest = max((len(_cell_spans(lines[at].text)) for at in range(top, first)), default=0)
    return top if first - top >= 2 and widest >= len(under) - 1 >= 2 else None


def _top_over_cells(lines: list[Line], first: int, under: list[tuple[int, int]]) -> int:
    """The first of the lines right above the row at ``first`` that stand over its cells ``under`` (see
    `_over_cells`), a few at most; ``first`` where none does."""
    top = first
    while top > 0 and first - top < _STACKED_HEADINGS and _over_cells(lines[top - 1].text, under):
        top -= 1
    return top


def _column_extents(lines: list[Line], run: list[int]) -> list[tuple[int, int]]:
    """Where each column of a table's rows ``run`` starts and ends, over the rows with as many cells as the
    first (a label column as wide as its longest label)."""
    spans = [_cell_spans(lines[index].text) for index in run]
    width = len(spans[0])
    rows = [row for row in spans if len(row) == width]
    return [(min(row[at][0] for row in rows), max(row[at][1] for row in rows)) for at in range(width)]


_STACKED_HEADINGS = 6  # lines of column headings wrapped over one another, at most


def _over_cells(text: str, under: list[tuple[int, int]]) -> bool:
    """Whether a line is a line of column headings over a row's cells ``under``: short cells, none an amount
    or a caption, each overlapping one of the row's."""
    stripped = text.strip()
    if not stripped or _TITLED.match(stripped) or CAPTION.fullmatch(stripped) or stripped.endswith(_SENTENCE_ENDS):
        return False
    cells = _cell_spans(text)
    return all(
        end - start <= _SHORT_LABEL
        and (_heading_cell(text[start:end]) or FULL_DATE.fullmatch(text[start:end]) is not None)
        and any(start <= right + _NEAR and end >= left - _NEAR for left, right in under)
        for start, end in cells
    )


_NEAR = 2  # characters: a heading this far from its column's figures stands over them (centred over the column)


def _years_over(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line at ``index`` is a row of headings of years alone, one over each column of figures
    (``2000   1999``, centred over them)."""
    cells = _CELL_START.findall(lines[index].text) if index >= 0 else []
    return len(cells) >= 2 and all(YEAR.fullmatch(cell) for cell in cells) and _heading_row(lines, index, first)


def _opening_lines(lines: list[Line], first: int) -> list[int]:
    """The lines right above a table's first row that open it: the label of the first group of rows (``I.
    Movement, Emergency …`` over ``    I.1 Resettlement Assistance   21,450,000 …``, ``INCOME``), a part's
    in capitals over it (``ASSETS`` / ``Current assets``), the first line of the first row's label wrapped onto the
    row's line, or both; a blank line may stand under each label (a statement spaced out), and is the table's."""
    opening: list[int] = []
    at = first - 1
    for ahead in (2, 1):  # the first row's label wrapped over three lines, or two
        if _wrapped_label(lines, first - ahead) == ahead:
            opening = list(range(first - ahead, first))
            at = first - ahead - 1
            break
    spaced = at > 0 and not lines[at].text.strip()
    at -= spaced  # a blank line under the group's label
    rows_spaced = first + 1 < len(lines) and not lines[first + 1].text.strip()  # (and under the first row)
    text = lines[at].text if at >= 0 else ""
    titled = _TITLED.match(bare(text)) is not None  # (**Table A. Posts …**: bold in a PDF's text)
    captioned = spaced and UNIT_AT_END.search(text) is not None  # … outstanding (in Swiss francs): its caption
    ended = text.rstrip().endswith(_SENTENCE_ENDS)  # … contributions as follows: (a paragraph's last line)
    alone = not spaced or at == 0 or not lines[at - 1].text.strip() or _part_over(lines[at - 1].text, text)
    if (
        _group_label(text, lines, at, rows_spaced=rows_spaced)
        and _indent(text) <= _indent(lines[first].text)
        and not (titled or captioned or ended)
        and alone
    ):
        opening = list(range(at, first))
        part = at - 1 - (at > 1 and not lines[at - 1].text.strip())  # (a blank line under the part's label)
        if _part_over(lines[part].text if part >= 0 else "", lines[at].text):
            opening = list(range(part, first))
    return opening


def _part_over(text: str, group: str) -> bool:
    """Whether ``text`` is the label of a statement's part over its first group's label (``ASSETS`` / ``Current
    assets``): in capitals, at the group's margin or left of it, no table's title."""
    return (
        _group_word(text)
        and text.strip().isupper()
        and _indent(text) <= _indent(group)
        and not _TITLED.match(bare(text))
    )


_TITLED = re.compile(r"\s*(?:Table|TABLE|Figure|FIGURE|Statement|STATEMENT|Schedule|SCHEDULE|Annex|ANNEX)\s+\S")
"""A table's caption or title opening with its label (``Table A. Posts by …``, ``Statement II``): no group's."""


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _heading_over(text: str, row: str) -> bool:
    """Whether ``text``, above a table's row of headings, is one more line of its headings: two cells or more,
    short, no sentence, each standing over a cell of the table's first row (``2011`` over ``30,771,000``)."""
    cells = _cell_spans(text)
    if len(cells) < 2 or _LEADER.search(text) or text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    under = _cell_spans(row)
    if not all(end - start <= _SHORT_LABEL for start, end in cells):
        return False
    if len(cells) in (len(under), len(under) - 1) and all(_heading_cell(text[a:b]) for a, b in cells):
        return True  # a heading over each column (centred over it, perhaps over none of its figures)
    return all(any(start < right and end > left for left, right in under) for start, end in cells)


def _aligned(heading: str, row: str, fewer: int = 0) -> bool:
    """Whether a row of headings starts its cells where a table's first row starts its own (``Symbol      Title``
    over ``S/25/4      Revision of …``), a blank line between them; or, up to ``fewer`` cells short of the
    row's (no heading over the labels), ends each where one of the row's figures ends (right-aligned); or,
    when ``fewer`` is given, heads the labels where they start and each column where its figures end, or
    stands nearer its column's figures than any other heading (centred over them)."""
    cells, under = _cell_spans(heading), _cell_spans(row)
    if len(cells) > 1 and [a for a, _ in cells] == [a for a, _ in under]:
        return True
    ends = [b for _, b in under[1:]]
    if fewer and len(cells) == len(under) > 2 and abs(cells[0][0] - under[0][0]) <= 1:
        if all(abs(b - end) <= 1 for (_, b), end in zip(cells[1:], ends, strict=True)):  # the stub's, then theirs
            return True
        return _nearest_each(cells[1:], under[1:])  # (headings centred over their columns)
    return (
        len(cells) > 1
        and len(under) - fewer <= len(cells) < len(under)
        and all(any(abs(b - end) <= 1 for end in ends) for _, b in cells)
    )


def _nearest_each(headings: list[tuple[int, int]], figures: list[tuple[int, int]]) -> bool:
    """Whether each figure stands nearer its own heading (the one in its place) than any other: headings
    centred over columns whose figures are right-aligned."""

    def distance(heading: tuple[int, int], figure: tuple[int, int]) -> int:
        return max(heading[0] - figure[1], figure[0] - heading[1], 0)

    return all(
        min(range(len(headings)), key=lambda at: distance(headings[at], figure)) == place
        for place, figure in enumerate(figures)
    )


def _heading_row(lines: list[Line], index: int, first: int) -> bool:
    """Whether the line at ``index``, right above a table's first row, is its row of column headings: laid
    out in as many cells (``Category      Assessed amount      Received``), words without figures; two
    headings only where they start on the columns of the first row."""
    text = lines[index].text.strip() if index >= 0 else ""
    if not text or _LEADER.search(text) or text.endswith(_SENTENCE_ENDS):
        return False
    cells = _CELL_START.findall(text)
    if not all(len(cell) <= _SHORT_LABEL and _heading_cell(cell) for cell in cells):
        return False
    gaps = len(_COLUMN_GAP.findall(text))
    row_gaps = len(_COLUMN_GAP.findall(lines[first].text.strip()))
    if gaps == row_gaps - 1 and gaps >= 1:  # no heading over the labels: the headings start right of them
        return _cell_spans(lines[index].text)[0][0] > _cell_spans(lines[first].text)[0][1]
    if gaps != row_gaps:
        return False
    return gaps >= 2 or (
        gaps == 1
        and (_aligned(lines[index].text, lines[first].text) or _over_amounts(lines[index].text, lines[first].text))
    )  # Symbol      Title; Source of financing      Amount


def _over_amounts(heading: str, row: str) -> bool:
    """Whether a row of two headings stands over a table of two columns, the second of amounts: the first
    heading starting where the labels do, the second ending where the amounts end (set right)."""
    cells, under = _cell_spans(heading), _cell_spans(row)
    return (
        len(cells) == len(under) == 2
        and abs(cells[0][0] - under[0][0]) <= 1
        and abs(cells[1][1] - under[1][1]) <= 1
        and FIGURE.fullmatch(row[under[1][0] : under[1][1]]) is not None
    )


_HEADING_FIGURE = re.compile(r"(?:19|20)\d\d(?:[-–]\d{2,4}|[*a-h])?|%|\(\d{1,2}\)|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d")
"""A figure among a table's column headings: a year (a range, a note's marker on it: ``2010*``), a unit, a
column's number (``(2)``), a date in figures (``Balance as at`` / ``31.3.2006``)."""


def _heading_cell(cell: str) -> bool:
    """A column heading's cell: words (``Proposed IOM``, ``(S/22/4)``), a year (``2018``), a unit (``%``); no
    amount."""
    return _HEADING_FIGURE.fullmatch(cell) is not None or not FIGURE.fullmatch(cell)


_SENTENCE_ENDS = (".", ":", ";", ",")


def add_table_row(logical: list[LogicalLine], line: Line, previous_blank: bool) -> None:
    """A table row joins the table above it; a new table takes the parenthesised caption right above it."""
    last = logical[-1] if logical else None
    if last is not None and last.kind == "TABLE" and not previous_blank:
        last.raw.append(line.text)
        last.numbers.append(line.number)
        last.end = line.number
        last.text = f"{last.text}\n{line.text}"
        return
    table = LogicalLine(
        "TABLE", line.text, line.number, line.number, line.page, None, [line.text], numbers=[line.number], rule="table"
    )
    if last is not None and (_headings_above(last, line) or _stub_under_caption(logical, line.number)):
        logical.pop()  # the columns' headings a blank line above the first row (or the labels' heading alone,
        # under a numbered caption): the table's first lines
        table.start, table.raw, table.numbers = last.start, [*last.raw, *table.raw], [*last.numbers, *table.numbers]
        table.text = f"{last.text}\n{table.text}"
        last = logical[-1] if logical else None
    under_annex_label = _under_annex_label(logical)
    if last is not None and is_caption(last, table.start, under_annex_label=under_annex_label):
        logical.pop()
        caption = " ".join(raw.strip() for raw in last.raw) if last.kind == "HEADING" else last.text
        if _unit_under_caption(last):
            caption = f"{caption} {last.raw[1].strip()}"
            table.groups = {**table.groups, "caption_lines": "2"}  # (its unit is no row)
        table.label = strip_markup(caption)  # a part's label and all: Part I – Administrative Part …
        table.start = min(last.start, table.start)  # a caption pdfminer printed after the labels comes later
        table.raw, table.numbers = [*last.raw, *table.raw], [*last.numbers, *table.numbers]
    logical.append(table)


def _unit_under_caption(caption: LogicalLine) -> bool:
    """Whether a numbered caption's second line is its unit or subject in parentheses, printed under it
    (``Table 1. Administrative Part by object of expenditure`` / ``(in Swiss francs)``): the caption's, no
    row of the table."""
    return (
        caption.kind != "HEADING"
        and len(caption.raw) == 2
        and TABLE_CAPTION.match(bare(caption.raw[0]).strip()) is not None
        and CAPTION.fullmatch(caption.raw[1].strip()) is not None
    )


def _stub_under_caption(logical: list[LogicalLine], table_start: int) -> bool:
    """Whether the last line read, a blank line above a table's first row at most, is the heading of the
    table's labels alone (``Object of expenditure``), a numbered caption right above it (``Table 2 – …`` /
    blank / ``Object of expenditure`` / blank / the rows: a PDF's text prints the columns' headings
    elsewhere): a short line of text, no caption itself."""
    if len(logical) < 2:
        return False
    stub, caption = logical[-1], logical[-2]
    if stub.kind not in ("TEXT", "CAPS") or table_start - stub.end > 2 or stub.start - caption.end > 2:
        return False
    text = bare(stub.text)
    return (
        caption.kind in ("TEXT", "CAPS", "HEADING")
        and TABLE_CAPTION.match(bare(" ".join(raw.strip() for raw in caption.raw))) is not None
        and len(text.split()) <= _STUB_WORDS
        and not text.endswith(_SENTENCE_ENDS)
        and TABLE_CAPTION.match(text) is None
        and CAPTION.fullmatch(text) is None
    )


_STUB_WORDS = 5  # words: the heading of a table's labels (``Object of expenditure``, ``Member State``)


def _headings_above(line: LogicalLine, first: Line) -> bool:
    """Whether ``line``, a blank line above a table's first row at most, is the table's column headings: each
    of its lines laid out in cells, none a figure but a year or a column's number (``Approved   Revised
    Increase/`` / ``budget for 2010   budget   (decrease)``), so no caption; a line or two may hold one
    column's heading alone, short, between lines of several, or its first line alone right above the table's
    first line (``first``), over one of its cells."""
    table_start = first.number
    if line.kind not in ("TEXT", "CAPS") or table_start - line.end > 2:
        return False
    if any(_TITLED.match(bare(raw)) or UNIT_AT_END.search(raw.rstrip()) for raw in line.raw):
        return False  # Table 1.  Summary …, … (in thousands of US dollars): its caption
    cells = [_CELL_START.findall(raw) for raw in line.raw]
    if len(line.raw) == 1 and table_start - line.end == 1 and _heading_begun(line.raw[0]):
        return True  # 2018 and / Member State   prior years   2019 …: a heading's first words over it
    if not all(all(map(_heading_cell, row)) for row in cells) or (len(cells[0]) < 2 and not _set_in(line.raw[0])):
        return False
    # a heading over one column alone between lines of several (``IOM scale`` over ``2011 (%)``), or atop them,
    # set in over its column (``Outstanding`` / ``Outstanding   at 31`` / ``at 1 January   Assessed for   …``)
    alone = [bare(row[0]) for row in cells if len(row) == 1]
    if any(len(cell.split()) > _HEADING_WORDS for cell in alone):
        return False
    if len(cells) == 1 and alone:  # one line set in right above the rows: a heading's first words over a cell
        # of the first line (not a caption centred over the table, nor one in parentheses: (number of positions))
        return table_start - line.end == 1 and not CAPTION.fullmatch(alone[0]) and _over_a_cell(line.raw[0], first)
    return (
        not alone
        or len(cells) - len(alone) >= 2
        or _heading_around_row(line.raw, cells)
        or _stub_between_headings(cells, first, table_start - line.end)
    )


def _stub_between_headings(cells: list[list[str]], first: Line, distance: int) -> bool:
    """Whether the lines of headings end with the labels' heading alone (``Member State``), right above the
    table's first line, itself a line of headings only, under a line of several: the stub's heading centred
    on two lines of the others (``Date of   Period   Amount covered …`` / ``Member State`` / ``agreement
    (years)   by the plan …``)."""
    if distance != 1 or len(cells) != 2 or len(cells[0]) < 2 or len(cells[1]) != 1:
        return False
    under = _CELL_START.findall(first.text)
    return (
        len(cells[1][0].split()) <= _STUB_WORDS
        and len(under) >= 2
        and all(map(_heading_cell, under))
        and not any(c.isdigit() for c in cells[1][0])
    )


def _heading_around_row(raws: list[str], cells: list[list[str]]) -> bool:
    """Whether the lines of headings are one line of several over a line or two each, and a column's heading
    of two lines printed around it, set in over its column (``2001 and`` / ``Member State   2002   2003 …`` /
    ``prior years``: the one-line headings centred on the two-line one's height), no unit in brackets."""
    several = [at for at, row in enumerate(cells) if len(row) >= 2]
    if len(several) != 1 or not 0 < several[0] < len(cells) - 1:
        return False
    return all(
        _set_in(raw) and not CAPTION.fullmatch(bare(row[0]))
        for at, (raw, row) in enumerate(zip(raws, cells, strict=True))
        if at != several[0]
    )


def _set_in(raw: str) -> bool:
    """Whether a line of one cell is set in from the margin, over a column (no caption, no labels' heading)."""
    return raw.startswith(" " * _SET_IN)


def _over_a_cell(raw: str, first: Line) -> bool:
    """Whether the one cell of ``raw`` stands over a cell of the line under it, ``first``, as a column's
    heading does: ending where it ends (set right, as over figures) or starting where it starts (set left), a
    column apart at most, or within it (centred); not a caption centred over the table."""
    start, end = _cell_spans(raw)[0]
    return any(
        abs(end - to) <= 1 or abs(start - at) <= 1 or at <= start <= end <= to for at, to in _cell_spans(first.text)
    )


_SET_IN = 20  # columns: a column's heading alone on its line is set this far in at least


_HEADING_WORDS = 3  # words: a column's heading on a line of the headings of its own, at most


def _heading_begun(raw: str) -> bool:
    """Whether a line right above a table's row of headings holds the first words of one of them alone,
    set off right (``2018 and`` over ``prior years``): a few words breaking off on a word no heading ends
    with."""
    words = raw.split()
    return (
        raw.startswith("    ")
        and len(_CELL_START.findall(raw)) == 1
        and len(words) <= _HEADING_WORDS
        and words[-1].lower() in _BROKEN_HEADING_WORDS
    )


def _under_annex_label(logical: list[LogicalLine]) -> bool:
    """Whether the last logical line stands right under an annex's label, its page's label perhaps between
    (``Annex`` / ``Page 1`` / ``PROPOSED SCALE OF ASSESSMENT FOR 2010``)."""
    before = next((line for line in reversed(logical[:-1]) if line.kind not in FURNITURE_KINDS), None)
    return before is not None and before.kind == "ANNEX_LABEL"


_BROKEN_HEADING_WORDS = frozenset(("and", "of", "to", "for", "in", "at", "as"))
"""Words a heading's line breaks off on (``2018 and`` / ``prior years``, ``Outstanding at`` / ``31 May``)."""
_CAPTION_DISTANCE = 18
"""Lines: a caption stands at most this far above its table's first row, column headings between (a PDF's
text prints them apart, two lines each with a blank after, or after the table's labels)."""
_GOES_ON = re.compile(rf"\s*{CONTINUED.pattern}$", re.IGNORECASE)  # a caption repeated over a table's next page


def is_caption(line: LogicalLine, table_start: int, *, under_annex_label: bool = False) -> bool:
    """Whether ``line`` is the caption of a table starting on line ``table_start``: it sits right above it (a
    blank line between at most) and is a caption in parentheses (``(in Swiss francs)``), a numbered caption
    (``Table 1: …``), or a short line with no final punctuation that no rule gave a kind (in bold, in
    capitals, or plain: ``Administrative Part of the Budget by organizational unit``), or a line ending with
    the table's unit (``… as at 30 April 2011 (in Swiss francs)``), a part's label and all (``Part I –
    Administrative Part of the Budget (in Swiss francs)``), a statement's label and title (``Statement II –
    Statement of financial performance …``). A short line right under an annex's label is the
    annex's title, not a caption."""
    if line.kind not in ("TEXT", "CAPS", "BOLD", "HEADING"):
        return False
    text = bare(" ".join(raw.strip() for raw in line.raw))  # all its lines: the joining pass is not done
    if (TABLE_CAPTION.match(text) or CAPTION.fullmatch(text)) and table_start - line.end <= _CAPTION_DISTANCE:
        return True  # Table 1: …, however many lines a PDF's text put between them (its column headings)
    if table_start - line.end > 2:
        return False
    if STATEMENT_TITLE.match(text):
        return True  # Statement I – Statement of financial position …, right above its table: its caption (a
        # line of its unit between, that is the caption, and the statement's title a heading)
    if (line.kind != "HEADING" or line.rule == "heading-part") and UNIT_AT_END.search(_GOES_ON.sub("", text)):
        return True  # … as at 30 April 2011 (in Swiss francs), Part I – … (in Swiss francs): a caption, by its unit
    return (
        line.kind != "HEADING"
        and not under_annex_label
        and len(text.split()) <= 16
        and not text.endswith((".", ":", ";", ",", "?", "!"))
        and not FIGURE.fullmatch(text)  # a figure the table left (``1,129,979,130``): no caption
    )


def mostly_figures(text: str) -> bool:
    """Text that is a table's figures run together, a few words of its headings among them (``Prior to 2012
    57,318 38,442 …``)."""
    words = text.split()
    figures = sum(1 for word in words if FIGURE.fullmatch(word))
    return figures >= _LEFT_FIGURES and figures >= _LEFT_SHARE * len(words)


_LEFT_FIGURES = 4  # figures a table left unplaced, at least
_LEFT_SHARE = 0.6  # of the words of the text they make
