"""Tables resumed: one table read in pieces becomes one table again.

Without ``-layout``, pdftotext and pdfminer print a long table as blocks, and where the reading-order steps
(`iomparse.reading_order`, `iomparse.column_blocks`) cannot put every figure back in its row, the table
comes out in pieces: rows laid out, then a run of the figures that fit no row, then more rows, perhaps on
the next page under the columns' headings again or a title marked ``(continued)``. Each piece would be a
table of its own, the later ones with no caption (or a stray figure or ``Total`` taken for one), and the
document would seem to hold three tables where it prints one.

This pass reads such a run as the one table it is: a table, then only what a table leaves between its
pieces (figures, the columns' headings, a row's label alone, a note's letter, ``TOTAL``, the caption or title
repeated with ``(continued)``), then a table with no caption of its own (or the first piece's again, or a
column's heading printed between them), on the page of the last piece read or the next. The pieces and what
lies between become the rows of one table, in their order, nothing moved (but columns printed in another
order under headings repeated, put back in the first headings' order); the decision is reported
(``table-resumed``), as a warning where figures lie between, since those fit no row.
"""

from __future__ import annotations

import re

from ..model import Diagnostic
from ..reading_order import CAPTION, CONTINUED, FIGURE, STATEMENT_LABEL, TABLE_CAPTION, TOTAL, YEAR
from .kinds import PASSED_OVER_KINDS
from .lines import LogicalLine, append_lines, bare
from .tables import mostly_figures

_BETWEEN_KINDS = frozenset(("TEXT", "CAPS", "DATE_LINE", "PLACE", "HEADER_TEXT", "SUBTITLE"))
# (``Member State``, two words, reads as a place; the columns' headings atop a page, as a header's lines)
_SENTENCE_ENDS = (".", ":", ";", "?", "!")
_TITLE_WORDS = 24  # words: a table's title marked (continued), at most
_HEADINGS_WORDS = 12  # words: the columns' headings or a row's label left between a table's pieces, at most
_CELL_WORDS = 6  # words: a line of labels and figures printed a cell a line holds as many at most (prose more)
_PAGES_APART = 1  # a table resumes on its own page or the next, at most


def join_resumed_tables(flow: list[LogicalLine]) -> tuple[list[LogicalLine], list[Diagnostic]]:
    """The flow with each table read in pieces made one table, and a diagnostic for each; a table's columns
    printed on a later page in another order put back in the first page's (see `_columns_in_first_order`)."""
    joined: list[LogicalLine] = []
    notes: list[Diagnostic] = []
    index = 0
    while index < len(flow):
        line = flow[index]
        index += 1
        if line.kind != "TABLE":
            joined.append(line)
            continue
        last_page = line.page
        while (resumed := _resumed_at(flow, index, line, last_page)) is not None:
            between = flow[index:resumed]
            last_page = flow[resumed].page
            notes.append(_note(line, between, flow[resumed]))
            for piece in [*between, flow[resumed]]:
                append_lines(line, piece)
            index = resumed + 1
        joined.append(line)
    for line in joined:  # (each table whole, its pieces joined)
        if line.kind == "TABLE" and len(line.raw) > _HEADED_ROWS and (moved := _columns_in_first_order(line)):
            message = (
                f"a table's columns printed on a later page in another order than under its first headings"
                f" (from line {moved}): put back in the first order, each figure under its heading"
            )
            notes.append(Diagnostic("info", "table-columns-reordered", message, moved))
    return joined, notes


def _resumed_at(flow: list[LogicalLine], index: int, table: LogicalLine, last_page: int) -> int | None:
    """Where ``table``, whose last piece read opens on ``last_page`` (before ``index``), resumes, if only what a
    table leaves between its pieces lies before, on the page of its last piece or of the figures it left, or
    the next."""
    at = index
    while at < len(flow) and _left_between(flow[at]):
        at += 1
    # the figures the table left that fit no row were printed where it ran: on a later page, perhaps
    reach = max([last_page, *(line.page for line in flow[index:at] if _figures_in(line.raw))])
    if at == len(flow) or flow[at].kind != "TABLE" or flow[at].page > reach + _PAGES_APART:
        return None
    piece, between = flow[at], flow[index:at]
    if at == index and piece.page == flow[index - 1].page and _figures_in(flow[index - 1].raw[-1:]):
        return None  # two tables a blank line apart on one page: two tables, as printed (not rows right
        # under the headings repeated that the last piece ends with)
    figures = any(_figures_in(line.raw) for line in between)  # the first piece's figures that fit no row
    continued = any(CONTINUED.search(line.text) for line in between)
    worded = not figures and not any(character.isdigit() for line in between for character in line.text)
    if between and worded and not continued and piece.page == last_page:
        return None  # Operational Part of the Budget between two tables on one page: a heading, two tables
        # (no figures, no year of the columns' headings again)
    caption_again = _caption_again(piece, table) and (
        figures or continued or CAPTION.fullmatch(bare(piece.label or "")) is None
    )
    # (a unit's caption again, ``(in Swiss francs)``, with none of the first piece's figures between: no proof)
    heading = _heading_again(piece, between) or (bool(between) and _first_headings_word(piece, table))
    return at if _no_caption_of_its_own(piece) or caption_again or heading else None


def _figures_in(lines: list[str]) -> bool:
    return any(FIGURE.fullmatch(word) and not YEAR.fullmatch(word) for line in lines for word in line.split())


def _left_between(line: LogicalLine) -> bool:
    """What a table printed in pieces leaves between them: its figures that fit no row, the columns'
    headings (``2009 and prior years 2010``, ``1 January 2007``), a row's label alone (``Czechia``), a note's
    letter, ``TOTAL``, its title repeated with ``(continued)``, labels and figures a cell a line; no sentence,
    no heading."""
    if line.kind not in _BETWEEN_KINDS:
        return False
    text = bare(line.text)
    if mostly_figures(text):
        return True
    if text.endswith(_SENTENCE_ENDS) or ". " in text:
        return False  # a sentence (Total expenditure rose by …)
    words = len(text.split())
    if (CONTINUED.search(text) and words <= _TITLE_WORDS) or (TOTAL.fullmatch(text) and words <= _HEADINGS_WORDS):
        return True  # SCHEDULE 1 (continued) ASSESSED CONTRIBUTIONS … AS AT 31 DECEMBER 2010, TOTAL
    if line.kind == "CAPS" or STATEMENT_LABEL.match(text) or TABLE_CAPTION.match(text):
        return False  # a title or heading, a statement's or a table's label: what follows is another table
    return words <= _HEADINGS_WORDS or all(len(raw.split()) <= _CELL_WORDS for raw in line.raw)


def _no_caption_of_its_own(piece: LogicalLine) -> bool:
    """Whether a table's piece has no caption of its own: none, or what was taken for one is a figure, a
    total's label or a caption marked ``(continued)``."""
    caption = piece.label
    if caption is None:
        return True
    caption = bare(caption)
    return (
        FIGURE.fullmatch(caption) is not None
        or TOTAL.fullmatch(caption) is not None
        or CONTINUED.search(caption) is not None
    )


def _caption_again(piece: LogicalLine, table: LogicalLine) -> bool:
    """Whether a table's piece bears the first piece's caption again (``Member State`` over each page's labels,
    a column's heading taken for the caption on each), or the label column's heading that heads the rows of
    a piece already joined (``| Member State |`` over its rule, ``| --- |``), taken for the caption of the
    next."""
    label = bare(piece.label or "")
    if not label:
        return False
    if table.label is not None and label == bare(table.label):
        return True
    return any(  # a row of headings: the rule under it follows
        _RULE_ROW.fullmatch(rule.strip()) is not None and bare(row.strip().strip("|").split("|")[0].strip()) == label
        for row, rule in zip(table.raw, table.raw[1:], strict=False)
    )


_RULE_ROW = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")  # the rule under a Markdown table's row of headings


def _heading_again(piece: LogicalLine, between: list[LogicalLine]) -> bool:
    """Whether what was taken for a piece's caption is a column's heading printed between the pieces again
    (``United Nations scale 2022-2024 (%) IOM scale …`` / ``United Nations scale 2022-2024``)."""
    headings = " ".join(bare(line.text) for line in between)
    return piece.label is not None and len(piece.label) > 1 and bare(piece.label) in headings


def _first_headings_word(piece: LogicalLine, table: LogicalLine) -> bool:
    """Whether what was taken for a piece's caption is a word of the columns' headings among the table's first
    lines (``Proposed``, of ``Proposed IOM scale 2010 (%)``, under its caption or printed between its first
    pieces): a column's heading printed again apart from the others, which stand between the pieces."""
    label = bare(piece.label or "")
    if CAPTION.fullmatch(label):
        return False  # (a unit's caption again, ``(in Swiss francs)``: no proof, see `_resumed_at`)
    headings = " ".join(line for line in table.raw[:_HEADINGS_LINES] if not _figures_in([line]))  # (no row's)
    return bool(label) and re.search(rf"(?<!\S){re.escape(label)}(?!\S)", headings) is not None


_HEADINGS_LINES = 20  # a table's caption and its columns' headings (between its first pieces): its first lines


def _note(table: LogicalLine, between: list[LogicalLine], piece: LogicalLine) -> Diagnostic:
    left = [line for line in between if mostly_figures(bare(line.text))]
    figures = sum(
        1 for line in left for word in line.text.split() if FIGURE.fullmatch(word) and not YEAR.fullmatch(word)
    )
    where = f"lines {table.start}–{piece.end}"
    if figures:
        message = (
            f"a table read in pieces ({where}): its rows resumed after {figures} figure(s) that fit no row, read"
            " as one table with those lines among its rows"
        )
        return Diagnostic("warning", "table-resumed", message, piece.start)
    message = f"a table read in pieces ({where}): its rows resumed after its headings or title again, read as one table"
    return Diagnostic("info", "table-resumed", message, piece.start)


_HEADED_ROWS = 4  # rows of a table, at least, that can hold two rows of headings and figures under each


def _columns_in_first_order(table: LogicalLine) -> int | None:
    """Put the columns of a table's later rows back in the order its first headings give, where a row of its
    headings repeated further down (over the table's next page, as pdfminer prints them again) names the same
    columns in another order: pdfminer prints a page's columns in the order of its boxes, which need not be
    the page's (``2016 (%)  2017 (%)`` over the first page, ``2017 (%)  2016 (%)`` over the next, each figure
    under its own). The rows from that heading to the next that hold a label and a figure under each heading
    are rewritten, each figure under its heading, set where the page printed the heading's column (so that the
    columns stay where they were); a row short of a figure too, each of its figures under the heading it
    stands under, where each stands under one (else it is left as it is: which column lacks a figure cannot be
    told). The line of the first row moved, else None."""
    start = 1 if table.label else 0
    first: list[str] | None = None  # the first row of headings' cells
    order: list[int] | None = None  # where each of the first headings stands in the headings repeated
    slots: list[tuple[int, int]] = []  # the repeated headings' extents, in the page's order
    moved: int | None = None
    for index in range(start, len(table.raw)):
        row = table.raw[index]
        if order is None and row[:1] != " ":
            continue  # (most rows: no headings' row, and none to put back; told without splitting them)
        spans = [(cell.start(), cell.group()) for cell in _CELL.finditer(row)]
        cells = [text for _, text in spans]
        headings = _headings_row(row, cells)
        if headings:
            if first is None:
                first, order = (cells if len(set(cells)) == len(cells) else None), None
                continue  # ((%)  (%) under the years: no order of columns told by them)
            heads = cells[-len(first) :]
            order = [heads.index(head) for head in first] if sorted(heads) == sorted(first) else None
            if order == list(range(len(first))):
                order = None
            slots = [(at, at + len(text)) for at, text in spans[-len(first) :]]
        if order is None or first is None or len(cells) < 2:
            continue
        if len(cells) <= len(first) and not headings:
            placed = _under_slots(row, spans, slots)  # (a row short of a figure, or of its label)
            if placed is None:
                table.raw[index] = _figures_untold(row, spans)
                continue
            label, columns = placed
        else:
            label, columns = row[: spans[-len(first)][0]], list(enumerate(cells[-len(first) :]))
        table.raw[index] = _set_in_slots(label, {order.index(column): text for column, text in columns}, slots)
        moved = moved if moved is not None else table.numbers[index] if index < len(table.numbers) else table.start
    return moved


def _under_slots(
    row: str, spans: list[tuple[int, str]], slots: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, str]]] | None:
    """A row's label and its figures (one at least), each with the column (of ``slots``, in the page's order)
    it stands under, where the row opens with its label and each figure overlaps one column of its own; else
    None."""
    if not slots or spans[0][0] >= slots[0][0] or FIGURE.fullmatch(spans[0][1]):
        return None  # (no label: a figure's column cannot be told from a label's)
    figures = spans[1:]
    columns = []
    for at, text in figures:
        under = [k for k, (left, right) in enumerate(slots) if at <= right and at + len(text) >= left]
        if len(under) != 1 or not FIGURE.fullmatch(text):
            return None
        columns.append((under[0], text))
    if len({column for column, _ in columns}) != len(columns):
        return None
    return row[: figures[0][0]], columns


def _figures_untold(row: str, spans: list[tuple[int, str]]) -> str:
    """A labelled row of figures whose columns cannot be told, its figures set right after its label, under no
    column: read as printed, where it stood would put them under the columns' other order."""
    if FIGURE.fullmatch(spans[0][1]) or not all(FIGURE.fullmatch(text) for _, text in spans[1:]):
        return row  # (no label, or words among the cells: no row of figures)
    return "  ".join([row[: spans[0][0]] + spans[0][1], *(text for _, text in spans[1:])])


def _set_in_slots(label: str, texts: dict[int, str], slots: list[tuple[int, int]]) -> str:
    """A row: its label, then each text set right at the end of its column's slot (``texts``: the slot's place
    → its text), two spaces at least between cells."""
    line = label.rstrip()
    for place in sorted(texts):
        text = texts[place]
        line += " " * max(_GAP, slots[place][1] - len(text) - len(line)) + text
    return line


_GAP = 2  # spaces between two cells, at least


_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a row laid out in columns: words one space apart


def _headings_row(row: str, cells: list[str]) -> bool:
    """Whether a table's row is a row of its columns' headings over the figures: it opens right of the first
    column (no row label), two cells at least, each holding a word, a year or a per cent sign, no figure
    alone."""
    return (
        row[:1] == " "
        and len(cells) >= 2
        and all(not FIGURE.fullmatch(cell) and _HEADING_WORD.search(cell) for cell in cells)
    )


_HEADING_WORD = re.compile(r"[^\W\d_]|(?:19|20)\d\d|%")  # a word, a year or a unit: ``2016 (%)``, ``Total``


def captions_apart(flow: list[LogicalLine]) -> tuple[list[LogicalLine], list[Diagnostic]]:
    """The flow with a table's numbered caption printed apart from it, above the columns' headings left as
    text (``Table 2: Posts by grade, 2011 and 2012`` / ``Grade 2011 2012`` / the table, which has no caption of
    its own; a caption in bold a line of its own, the headings a text of their own), put over the table as its
    caption; the headings stay text where they were. Reported
    (``table-caption-apart``): the text in between is not the table's."""
    notes: list[Diagnostic] = []
    result = list(flow)
    for index in range(len(result) - 1, -1, -1):
        line = result[index]
        if (
            line.kind not in ("TEXT", "BOLD")  # (a PDF read directly sets the caption in bold: **Table 1. …**)
            or not TABLE_CAPTION.match(first := bare(line.raw[0]).strip())
            or CONTINUED.search(first)
        ):
            continue
        after = _next_kept(result, index)
        if after is not None and _headings_left(result[after]):
            after = _next_kept(result, after)  # (the columns' headings left as text between: a bold caption's)
        if after is None or result[after].kind != "TABLE" or _captioned(result[after]):
            continue
        taken, caption = _caption_lines(line.raw)
        table = result[after]  # (a label taken for its caption, ``Total``, ``Year``, is its first row's)
        table.label, table.raw = caption, [caption, *table.raw]
        table.numbers, table.start = [*line.numbers[:taken], *table.numbers], line.start
        why = f"a table's numbered caption printed apart from it, put over it: {caption[:60]}"
        notes.append(Diagnostic("info", "table-caption-apart", why, line.start))
        if taken == len(line.raw):
            del result[index]
            continue
        line.raw, line.numbers = line.raw[taken:], line.numbers[taken:]
        line.start, line.text = line.numbers[0], " ".join(bare(raw).strip() for raw in line.raw)
    return result, notes


def _next_kept(flow: list[LogicalLine], index: int) -> int | None:
    """The index of the first line after ``index`` that is not passed over (furniture, blank)."""
    return next((at for at in range(index + 1, len(flow)) if flow[at].kind not in PASSED_OVER_KINDS), None)


def _headings_left(line: LogicalLine) -> bool:
    """Whether a text can be the columns' headings left as text between a caption and its table: a few lines,
    no caption of its own (``Table 3 (cont'd)``)."""
    return (
        line.kind == "TEXT"
        and len(line.raw) <= _HEADING_LINES
        and not TABLE_CAPTION.match(first := bare(line.raw[0]).strip())
        and not CONTINUED.search(first)
    )


_HEADING_LINES = 4  # lines of columns' headings left as text between a caption and its table, at most


def _captioned(table: LogicalLine) -> bool:
    """Whether a table has a caption of its own: a numbered one, a title, or its unit in brackets (not a row's
    label or a column's heading that a reading of its columns took for one: ``Total``, ``Year``)."""
    label = bare(table.label or "").strip()
    return bool(label) and bool(
        TABLE_CAPTION.match(label) or CAPTION.match(label) or STATEMENT_LABEL.match(label) or CONTINUED.search(label)
    )


def _caption_lines(raw: list[str]) -> tuple[int, str]:
    """How many of a text's lines its numbered caption takes, and the caption: its first line, and the next
    while a bracket stays open or the next is the unit in brackets (``(in Swiss francs)``)."""
    caption = bare(raw[0]).strip()
    taken = 1
    while taken < len(raw):
        following = bare(raw[taken]).strip()
        if caption.count("(") <= caption.count(")") and not (
            following.startswith("(") and CAPTION.fullmatch(following)
        ):
            break
        caption, taken = f"{caption} {following}", taken + 1
    return taken, caption
