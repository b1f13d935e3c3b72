"""Plain text from PDFs (``pdftotext``, with or without ``-layout``) brought to the conventions the lexer reads.

The converter that produced the seeds writes footnote markers as superscripts (``Nations.¹``), a label and
its text on one line (``1. The …``), and a paragraph on one line. ``pdftotext`` does not:

* footnote markers are plain digits glued to the text (``Nations.1``, ``follows:3``) and footnote bodies
  start with the digit alone on a line at the foot of the page. A digit is taken for a
  marker only when a footnote body with that number stands on the same page (``2008.2`` in a sentence may
  be a year followed by marker 2, or just a number);
* in the default (reading-order) mode a label stands alone on its line, the text on the next, the
  words of a cover's trilingual footer each stand on a line of their own, a table comes out column by
  column, and some lines are printed out of their place (a section's number ahead of the list before it, a
  footnote's number between a label and its text).

`normalize_pdf_text` rewrites those lines, page by page, into the converter's form; line numbers are kept,
so source spans still point into the original text. Wrapped lines, hyphenation, running headers and the
lack of blank lines between paragraphs are dealt with by the lexer itself, which must handle them for
converter output too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import groupby

from .abbreviations import abbreviations_apart
from .column_blocks import boxed_columns_summed, figures_first_tables, labels_after_figures, table_figures_unplaced
from .label_boxes import blanks_between_label_boxes, label_boxes_joined
from .model import Diagnostic
from .reading_order import (
    AGENDA_COLUMNS,
    CAPTION,
    COUNTED_WORDS,
    FIGURE,
    GLUED_MARKER,
    NUMBERED_BEFORE,
    NUMBERED_TEXT,
    NUMBERED_WORDS,
    PIPE_ROW,
    SECTION_LABEL_ALONE,
    SPACED_MARKER,
    TO_SUPERSCRIPT,
    bullets_apart,
    detached_contents_labels,
    detached_contents_pages,
    first_line_printed_after,
    footer_word,
    group_labels_apart,
    labels_after_texts,
    labels_before_sublist,
    late_paragraph_numbers,
    leaders_before_titles,
    line_blocks,
    line_by_line,
    list_labels_after_items,
    list_labels_before_items,
    marker_after_cited_number,
    marker_after_figure,
    note_letters_apart,
    note_number_column,
    note_numbers_unplaced,
    numbers_after_texts_run_together,
    numbers_column_after_notes,
    pages_beside_paragraphs,
    paragraph_number_before_list,
    paragraph_number_column,
    previous_line,
    row_labels_apart,
    table_cells,
    table_columns,
    typed_footnotes,
    wrapped_row_labels,
)
from .service_lines import service_line_tables
from .source import Line
from .symbols import SYMBOL_CANDIDATE
from .table_headings import headings_over_rows
from .values import MONTH_PATTERN
from .vocabulary import COVER_FOOTERS, alternation
from .word_tables import headings_apart, word_tables

_NOTE_NUMBER = re.compile(r"\s*(\d{1,3})\s*")
# a footnote's number and its text on one line (not a date: 4 November 2004)
_NOTE_WITH_TEXT = re.compile(rf"\s*(\d{{1,3}}) +(?=[A-Z“\"‘(])(?!(?:{MONTH_PATTERN})\b)")

# the same, searched in a page's text (see `_opens_with_a_note`)
_A_NOTE_WITH_TEXT = re.compile(rf"\n[ \t]*\d{{1,3}} +(?=[A-Z“\"‘(])(?!(?:{MONTH_PATTERN})\b)")
_PAGE_BODY = re.compile(r"\s*(?:\d{1,3}|[IVXLC]{1,6})\.\s+\S")
_BLOCK_START = re.compile(r"[-•–▪●◦]\s|\(\w{1,4}\)\s|\d{1,3}\.\s")
_SUPERSCRIPT_ALONE = re.compile(r"\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*")
_DECIMAL_ALONE = re.compile(r"\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s*")  # 3.2.1, a heading's number
_LABEL_ALONE = re.compile(
    _DECIMAL_ALONE.pattern
    + r"|\s*(?:\d{1,3}(?: bis| ter)?\.|[IVXLC]{1,6}\.(?:\d{1,2})?|[A-H]\.|\((?:[a-z]{1,4}|\d{1,2})\)|[•–▪●◦*])\s*"
)
_LABELLED = re.compile(r"\s*(?:\d{1,3}\.|[IVXLC]{1,6}\.|[A-H]\.|\((?:[a-z]{1,4}|\d{1,2})\))\s+\S")
"""A line opening with a paragraph's, a section's or an item's label before its text (``IV. DISCRETIONARY …``)."""
_LIST_LABEL_ALONE = re.compile(r"\s*(?:\((?:[a-z]{1,4}|\d{1,2})\)|[•–▪●◦])\s*")
_DASH_ALONE = re.compile(r"\s*[-–—]\s*")
_AMOUNT_ALONE = re.compile(r"\(?-?[\d.,]*\d%?\)?")  # a figure, not a dash
_FIGURE = re.compile(rf"{_AMOUNT_ALONE.pattern}|[-–—]")
# What every step below starts from: a line holding only a label, a number or figure, a record's paragraphs
# (``1–11``, a contents entry's), or a footer's word.
_ALONE = re.compile(
    rf"{_LABEL_ALONE.pattern}|\s*(?:{_FIGURE.pattern}|\d{{1,3}}\s?[-–]\s?\d{{1,3}}"
    rf"|{alternation(re.escape(f[-1]) for f in COVER_FOOTERS)})\s*"
)
_PAGE_LABEL = re.compile(r"\s*Page [ivxlcdm\d]+\s*")
_HEADING_TEXT = re.compile(r"[A-Z](?:\S*\s+){0,11}\S*[^\s.;:,]")
# The trilingual footer of a cover page, one word a line in the default mode.


def normalize_pdf_text(lines: list[Line], notes: list[Diagnostic] | None = None) -> list[Line]:
    """``lines`` in the converter's form: typed footnotes (``1/``) given superscript numbers; then page by
    page: a running header on one line made two, contents pages put back on their titles, paragraph
    numbers printed apart put before their paragraphs, tables read column by column laid out in rows,
    tables of words printed a cell a block laid out in rows (on any page whose lines stand apart), footnote
    numbers and section labels printed out of place put back, pdftotext's footnote digits made
    superscripts, the cover footer made one line, lone labels joined to their text. Each reordering of the
    text's lines (`REORDERINGS`) is reported in ``notes``, when given, as an ``info`` diagnostic."""
    result: list[Line] = []
    text = "\n".join([line.text for line in lines])  # searched at once: most documents need few of the steps
    side_by_side = "  " in text or "Page" in text or "---" in text or "___" in text
    footered = any(word in text for word in _FOOTER_ENDS)
    for _, lines_of_page in groupby(_step("typed-footnotes", typed_footnotes, lines, notes), key=_page_of):
        page = list(lines_of_page)
        if side_by_side:
            page = line_by_line(page)
        page = _step("abbreviations-apart", abbreviations_apart, page, notes)
        _report_marks_apart(page, notes)
        short = [line.text for line in page if line.text and len(line.text) <= _LONGEST_ALONE]
        if any(map(_ALONE.fullmatch, short)) or _opens_with_a_note(page) or any("(cid:" in text for text in short):
            page = _read_again_with_label_boxes_joined(page, notes)
        else:
            page = word_tables(page, notes) if headings_apart(page) else page
            page = _join_cover_footer(page) if footered else page  # (its words wrapped: no lone label calls)
        result += page
    return result


def _read_again_with_label_boxes_joined(page: list[Line], notes: list[Diagnostic] | None) -> list[Line]:
    """``page`` read by `_reordered`; where a table's row labels printed a box a line (pdfminer) are left
    unread by it, read again with those labels made one column (`label_boxes_joined`), where that lays out more
    of them in tables."""
    found: list[Diagnostic] = []
    read = _reordered(page, found)
    joined = label_boxes_joined(page)
    if joined is not page and blanks_between_label_boxes(read):  # labels printed a box a line no reader took
        again: list[Diagnostic] = []
        read_again = _reordered(joined, again)
        if _labels_laid_out(page, joined, read_again) > _labels_laid_out(page, joined, read):
            from .lexer.decisions import DECISIONS  # the lexer reads this module: imported on use

            first = next(old for old, new in zip(page, joined, strict=False) if old != new)
            why = f"{DECISIONS['table-label-boxes-joined'].why} (page {first.page})"
            read, found = read_again, [Diagnostic("info", "table-label-boxes-joined", why, first.number), *again]
    if notes is not None:
        notes += found
    return read


def _labels_laid_out(page: list[Line], joined: list[Line], read: list[Line]) -> int:
    """How many of the labels that `label_boxes_joined` made one column (the lines of ``page`` standing alone
    that stand in a block in ``joined``) are rows of a table laid out in ``read``, not lines of text."""
    boxed = {line.text.strip() for line in _lines_alone(page)} - {line.text.strip() for line in _lines_alone(joined)}
    left = {line.text.strip() for line in read if not PIPE_ROW.fullmatch(line.text)}
    return len(boxed - left)


def _lines_alone(page: list[Line]) -> list[Line]:
    """The lines of text with a blank line (or the page's edge) above and below."""
    return [page[start] for start, end in line_blocks(page) if end - start == 1]


def _reordered(page: list[Line], notes: list[Diagnostic] | None) -> list[Line]:
    """``page`` with its lines printed out of reading order put back (`REORDERINGS`), its tables read, its
    notes' markers and lone labels placed."""
    page = service_line_tables(page, notes)
    for name, reorder in REORDERINGS:
        page = _step(name, reorder, page, notes)
    page = word_tables(page, notes)
    page = table_figures_unplaced(page, notes)
    _report_note_numbers_unplaced(page, notes)
    apart: list[tuple[Line, int, int]] = []
    left_after: list[Line] = []
    page = _step("table-read-by-cells", partial(table_cells, apart=apart, after=left_after), page, notes)
    # (after the columns: a column's heading over its figures, ``Changes`` / ``(412,000)``, reads as a label)
    _report_labels_apart(apart, notes)
    _report_labels_after(left_after, notes)
    page = _step("table-group-labels-apart", group_labels_apart, page, notes)
    page = _place_displaced_headings(_place_displaced_note_numbers(page))
    weak_markers: list[tuple[int, str, str]] = []
    page = _join_lone_labels(_join_cover_footer(_superscript_notes(page, weak_markers)))
    _report_weak_markers(weak_markers, notes)
    page = headings_over_rows(page, notes)  # (last: a heading's marker is on it, ``Number of³``)
    return page


def _report_weak_markers(found: list[tuple[int, str, str]], notes: list[Diagnostic] | None) -> None:
    """An ``info`` for each note's marker placed on weak evidence: read at the end of a sentence ending in a
    figure, glued to a year, or printed on a line of its own between two lines of a paragraph (its word untold)."""
    if notes is None:
        return
    for line, number, code in found:
        if code == "marker-after-figure":
            message = (
                f"a figure's last digit read as note {number}'s marker (… 48.5, a capital below): no other names it"
            )
        elif code == "marker-after-year":
            message = (
                f"the digits after a year read as note {number}'s marker (… in 20172 …, … in 1997 2 therefore …):"
                " no other names it"
            )
        elif code == "marker-boxed-after-text":
            message = (
                f"note {number}'s marker printed in a box of its own after a sentence's or a title's last line: put"
                " at that line's end"
            )
        else:
            message = f"note {number}'s marker printed on a line of its own in a paragraph: put at the line's end above"
        notes.append(Diagnostic("info", code, message, line))


def _report_marks_apart(page: list[Line], notes: list[Diagnostic] | None) -> None:
    """A ``warning`` in ``notes`` where a page holds a matrix's marks printed one a line (``x`` / ``✓``, four at
    least): plain pdftotext and pdfminer drop its empty cells, so which row and column each mark is in cannot
    be told; the marks stay text, the rows' labels with them."""
    if notes is None:
        return
    marks = [line for line in page if len(line.text) <= _LONGEST_MARK and _MARK_ALONE.fullmatch(line.text)]
    if len(marks) >= _MARKS_APART:
        message = (
            f"{len(marks)} marks of a matrix (x, ✓) printed one a line, its empty cells dropped (page {page[0].page}):"
            " which row and column each is in cannot be told; kept as text"
        )
        notes.append(Diagnostic("warning", "matrix-marks-unplaced", message, marks[0].number))


_MARK_ALONE = re.compile(r"\s*[Xx✓✔√]\s*")  # (not ●: a bullet printed apart from its item, as pdfminer does)
_LONGEST_MARK = 8  # characters of a line that holds a mark alone, its spaces with it
_MARKS_APART = 4  # marks alone on their lines, at least, for a page to hold a matrix printed apart


def _report_note_numbers_unplaced(page: list[Line], notes: list[Diagnostic] | None) -> None:
    """A ``warning`` in ``notes`` where a run of footnote numbers printed apart could not be put before their
    bodies (see `note_numbers_unplaced`): the notes' texts may be read as one, or as text."""
    run = note_numbers_unplaced(page) if notes is not None else []
    if run and notes is not None:
        numbers = ", ".join(page[i].text.strip() for i in run)
        message = (
            f"footnote numbers {numbers} printed apart from bodies that cannot be told apart (page {page[0].page})"
        )
        notes.append(Diagnostic("warning", "footnote-numbers-unplaced", message, page[run[0]].number))


def _report_labels_apart(apart: list[tuple[Line, int, int]], notes: list[Diagnostic] | None) -> None:
    """For each table printed a cell a line with rows whose labels were printed apart from their figures (see
    `reading_order.table_cells`): an ``info`` in ``notes`` where the labels were given to them in order, a
    ``warning`` where some rows were left without a label."""
    from .lexer.decisions import DECISIONS  # the lexer reads this module: imported on use

    if notes is None:
        return
    for first, given, unlabelled in apart:
        if given:
            why = f"{DECISIONS['table-labels-apart'].why}: {given} row(s) (page {first.page})"
            notes.append(Diagnostic("info", "table-labels-apart", why, first.number))
        if unlabelled:
            why = (
                f"{unlabelled} row(s) of a table printed a cell a line whose label was printed apart and not found "
                f"(page {first.page}): kept with an empty label"
            )
            notes.append(Diagnostic("warning", "table-rows-unlabelled", why, first.number))


def _report_labels_after(labels: list[Line], notes: list[Diagnostic] | None) -> None:
    """For each line right after a table printed a cell a line that reads like one of its labels (see
    `reading_order.table_cells`): a ``warning`` in ``notes``, the table may want a row or hold one misread."""
    if notes is None:
        return
    for label in labels:
        why = (
            f"'{label.text.strip()}', right after a table printed a cell a line (page {label.page}), reads like one of "
            "its labels (a row's printed after its figures, a group's, the labels' heading) left out of it, or a "
            "heading: the table's rows may be incomplete or hold their neighbours' figures"
        )
        notes.append(Diagnostic("warning", "table-label-after", why, label.number))


def _opens_with_a_note(page: list[Line]) -> bool:
    """Whether a line of the page opens with a footnote's number and its text (searched in the page's text
    at once, each line after a newline: a literal first is the quickest search)."""
    return _A_NOTE_WITH_TEXT.search("\n" + "\n".join([line.text for line in page])) is not None


def _page_of(line: Line) -> int:
    return line.page


def _step(
    name: str, step: Callable[[list[Line]], list[Line]], lines: list[Line], notes: list[Diagnostic] | None
) -> list[Line]:
    """``step`` run on ``lines``; if it changed them, an ``info`` note coded ``name`` at the first line changed."""
    from .lexer.decisions import DECISIONS  # the lexer reads this module: imported on use

    mended = step(lines)
    if notes is not None and mended is not lines and mended != lines:
        first = next((old for old, new in zip(lines, mended, strict=False) if old != new), lines[-1])
        notes.append(Diagnostic("info", name, f"{DECISIONS[name].why} (page {first.page})", first.number))
    return mended


_LONGEST_ALONE = max(len(footer[-1]) for footer in COVER_FOOTERS) + 8  # the longest is a footer's last words


def _rebuild_tables(page: list[Line]) -> list[Line]:
    """In the default mode a table comes out column by column: its row labels one a line, then for each column
    a block of its heading and its figures (``2015`` / ``46,887,500`` / …). Two such columns or more right
    after as many labels are laid out again in rows, as ``-layout`` prints them, the caption above them."""
    blocks = line_blocks(page)
    result: list[Line] = []
    done = 0  # the lines of the page before this index are in the result
    index = 1
    while index < len(blocks):
        columns = _figure_columns(page, blocks, index)
        height = columns[0][1] - columns[0][0] - 1 if columns else 0
        first, end = blocks[index - 1][1] - height, blocks[index - 1][1]
        if len(columns) < 2 or first < max(blocks[index - 1][0], done) or not _row_labels(page, first, end):
            index += max(1, len(columns))  # a block inside a run of columns holds figures, not labels
            continue
        result += page[done:first]
        if first > done and CAPTION.fullmatch(page[first - 1].text.strip()):
            result[-1:] = [_blank(page[first - 1]), page[first - 1]]
        else:
            result.append(_blank(page[first]))
        result += _table_rows(page, range(first, end), columns)
        done = columns[-1][1]
        index += len(columns) + 1
    return result + page[done:] if done else page


def _row_labels(page: list[Line], first: int, end: int) -> bool:
    """Whether lines ``first`` to ``end`` are a table's row labels: a block of their own (a caption may open
    it) of short lines that are neither figures nor sentences."""
    if first > 0 and page[first - 1].text.strip() and not CAPTION.fullmatch(page[first - 1].text.strip()):
        return False
    labels = [page[index].text.strip() for index in range(first, end)]
    return all(len(label) <= 60 and not label.endswith(".") and not _FIGURE.fullmatch(label) for label in labels)


_AMOUNT_HEADING = re.compile(r"\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?")  # an amount: no column's heading


def _figure_columns(page: list[Line], blocks: list[tuple[int, int]], index: int) -> list[tuple[int, int]]:
    """The blocks, from ``index`` on, that are columns of one table: a heading then figures, all as high."""
    columns: list[tuple[int, int]] = []
    for start, end in (blocks[position] for position in range(index, len(blocks))):
        if end - start < 3 or (columns and end - start != columns[0][1] - columns[0][0]):
            break
        if not all(_FIGURE.fullmatch(page[row].text.strip()) for row in range(start + 1, end)):
            break
        if _AMOUNT_HEADING.fullmatch(page[start].text.strip()):
            break  # 21,450,000 / 3,120,000 / …: figures all, no heading over them (its heading printed apart)
        columns.append((start, end))
    return columns


def _table_rows(page: list[Line], labels: range, columns: list[tuple[int, int]]) -> list[Line]:
    """A heading row and a row for each label, the figures right-aligned under the headings."""
    headings = [page[start].text.strip() for start, _ in columns]
    figures = [[page[index].text.strip() for index in range(start + 1, end)] for start, end in columns]
    label_width = max(len(page[index].text.strip()) for index in labels) + 4
    widths = [max(len(heading), *map(len, cells)) for heading, cells in zip(headings, figures, strict=True)]

    def row(label: str, cells: list[str]) -> str:
        return label.ljust(label_width) + "    ".join(c.rjust(w) for c, w in zip(cells, widths, strict=True))

    first = page[labels[0]]  # the heading row goes above the labels' rows: its line is the first label's
    rows = [Line(first.number, row("", headings), first.page)]
    for position, index in enumerate(labels):
        label = page[index]
        rows.append(Line(label.number, row(label.text.strip(), [cells[position] for cells in figures]), label.page))
    return [*rows, _blank(page[columns[-1][1] - 1])]


def _blank(line: Line) -> Line:
    return Line(line.number, "", line.page)


def _place_displaced_note_numbers(page: list[Line]) -> list[Line]:
    """In the default mode a footnote's number can come out away from its body, which is still in the last
    lines of the page: between a label and its text (``•`` / ``1`` / ``Chairperson: …``), just before a label
    (``follows:3`` / ``3`` / ``(a)``, or ``3`` / ``(1) At its …``, the label put there from a column of them),
    or after the bodies, alone on the page's last line. Such numbers (of markers glued to the text of the
    page) are put back before their bodies, the last lines of the page (set apart by a blank line) shared
    between them in order where a short line ends a sentence; on the body's line number, so that lines stay
    in order. A number next to a label is the evidence: nothing changes without one, nor where the bodies
    cannot be told apart."""
    displaced, beside_label = _displaced_note_numbers(page)
    if not beside_label:
        return page
    moved = set(displaced)
    end = len(page)
    while end > 0 and (end - 1 in moved or not page[end - 1].text.strip() or footer_word(page[end - 1].text)):
        end -= 1  # the cover's footer (COUNCIL / CONSEIL / CONSEJO) under the bodies is no body
    start = end
    while start > 0 and start - 1 not in moved and page[start - 1].text.strip():
        start -= 1
    bodies = _body_starts(page, start, end, len(displaced)) if start > 0 else None
    if bodies is None:
        return page
    numbers = sorted(displaced, key=lambda index: int("".join(c for c in page[index].text if c.isdecimal())))
    if any(
        page[body].text.lstrip().startswith(f"{page[number].text.strip()} ")
        for body, number in zip(bodies, numbers, strict=True)
    ):
        return page  # (3 Short-term … / 4 See the Report …: the bodies have their numbers; a 4 elsewhere is a figure)
    result = [_blank(line) if index in moved else line for index, line in enumerate(page[:start])]
    for position, (body, number) in enumerate(zip(bodies, numbers, strict=True)):
        result.append(Line(page[body].number, page[number].text, page[body].page))
        result += page[body : bodies[position + 1] if position + 1 < len(bodies) else end]
    return result + [_blank(line) if index + end in moved else line for index, line in enumerate(page[end:])]


def _displaced_note_numbers(page: list[Line]) -> tuple[list[int], bool]:
    """The indexes of the footnote numbers of a page printed away from their bodies (see above), and whether
    one of them is next to a label."""
    glued: set[str] | None = None
    displaced, beside_label = [], False
    for index, line in enumerate(page):
        number = _NOTE_NUMBER.fullmatch(line.text)
        if number is None:
            continue
        before, after = _preceding_text(page, index), _following_text(page, index)
        labelled = bool(_LABEL_ALONE.fullmatch(before) or _LABEL_ALONE.fullmatch(after) or _LABELLED.match(after))
        trailing = not after and index > 0 and page[index - 1].text.strip() and not _NOTE_NUMBER.fullmatch(before)
        if not (labelled or trailing):
            continue
        if glued is None:
            glued = {m.group(1) for other in page for m in GLUED_MARKER.finditer(other.text)}
        if number.group(1) in glued:
            displaced.append(index)
            beside_label = beside_label or labelled
    return displaced, beside_label


def _body_starts(page: list[Line], start: int, end: int, count: int) -> list[int] | None:
    """Where each of ``count`` footnote bodies starts in the lines ``start`` to ``end``: after each short line
    that ends a sentence, the next line opening with a capital (``None`` unless there are as many)."""
    if end - start < count:
        return None
    widest = max(len(page[index].text.strip()) for index in range(start, end))
    starts = [start] + [
        index
        for index in range(start + 1, end)
        if page[index - 1].text.rstrip().endswith(".")
        and len(page[index - 1].text.strip()) < 0.8 * widest
        and page[index].text.lstrip()[:1].isupper()
    ]
    return starts if len(starts) == count else (None if count > 1 else [start])


def _preceding_text(page: list[Line], index: int) -> str:
    above = previous_line(page, index)
    return page[above].text if above is not None else ""


def _place_displaced_headings(page: list[Line]) -> list[Line]:
    """In the default mode a section's number can come out ahead of the list that ends the section before it
    (``IV.`` / ``•`` / ``better informed…`` … ``ASSESSMENT``): a section label alone, followed by a list
    label alone, is joined to the first heading after it on the page (a short line standing alone between
    blank lines, opening with a capital and ending with no punctuation)."""
    labels: dict[int, int] = {}  # the index of a heading → the index of the label that goes before it
    for index, line in enumerate(page):
        if SECTION_LABEL_ALONE.fullmatch(line.text) and _LIST_LABEL_ALONE.fullmatch(_following_text(page, index)):
            target = _displaced_heading(page, index)
            if target is not None:
                labels[target] = index
    if not labels:
        return page
    moved = set(labels.values())
    return [
        Line(line.number, f"{page[labels[index]].text.strip()} {line.text.strip()}", line.page)
        if index in labels
        else line
        for index, line in enumerate(page)
        if index not in moved
    ]


def heading_after_first_item(page: list[Line]) -> list[Line]:
    """pdfminer can print a page's centred heading in capitals after the numbered heading that opens the page
    (``1.`` / ``Opening of the session`` / ``ANNOTATIONS`` / ``The session will …``, where the page reads
    ``ANNOTATIONS`` over ``1. Opening of the session``): the line in capitals is put back above the number
    (on the number's line, the number joined to its heading), when the number opens its sequence (``1.``,
    ``I.``, ``A.``), only the running header is above it, and its heading (a block of at most two lines) is
    not in capitals: a heading in capitals does not come under one in lower case."""
    filled = [index for index, line in enumerate(page) if line.text.strip()]
    top = next((index for index in filled if not _HEADER_LINE.fullmatch(page[index].text)), None)
    if top is None or not _FIRST_LABEL.fullmatch(page[top].text) or top + 2 >= len(page) or page[top + 1].text.strip():
        return page
    heading = top + 2
    end = next((i for i in range(heading, len(page)) if not page[i].text.strip()), len(page))
    capitals = next((i for i in range(end, len(page)) if page[i].text.strip()), None)
    if (
        capitals is None
        or not 0 < end - heading <= 2
        or any(page[i].text.strip().isupper() or _HEADER_LINE.fullmatch(page[i].text) for i in range(heading, end))
        or not _CAPITALS_HEADING.fullmatch(page[capitals].text.strip())
        or (capitals + 1 < len(page) and page[capitals + 1].text.strip())  # a block of one line
        or page[end - 1].text.rstrip().endswith((".", ";", ":"))  # a sentence, no heading
        or len(_following_text(page, capitals).split()) < _PROSE_WORDS  # (USD / Officials: a table's cells)
    ):
        return page
    result = list(page)
    result[top] = Line(page[top].number, page[capitals].text, page[top].page)
    result[heading] = Line(
        page[heading].number, f"{page[top].text.strip()} {page[heading].text.strip()}", page[heading].page
    )
    result[capitals] = Line(page[capitals].number, "", page[capitals].page)
    return result


def heading_above_running_header(page: list[Line]) -> list[Line]:
    """pdfminer can print a page's centred heading in capitals above the page's running header
    (``ANNOTATIONS`` / ``MC/2409`` / ``Page 2`` / ``1.``): the heading is put back under the header, when the
    header is a symbol and a page number, with blank lines around them."""
    filled = [index for index, line in enumerate(page) if line.text.strip()]
    if len(filled) < 4 or not _CAPITALS_HEADING.fullmatch(page[filled[0]].text.strip()):
        return page
    heading, symbol, number = filled[:3]
    if (
        symbol != heading + 2
        or number != symbol + 1
        or not SYMBOL_CANDIDATE.fullmatch(page[symbol].text.strip())
        or not _PAGE_LABEL.fullmatch(page[number].text)
        or page[number + 1].text.strip()
    ):
        return page
    result = list(page)  # the header moved up onto the heading's line and the blank line after it
    result[heading : number + 1] = [
        Line(page[heading].number, page[symbol].text, page[heading].page),
        Line(page[heading + 1].number, page[number].text, page[heading].page),
        Line(page[symbol].number, "", page[heading].page),
        Line(page[number].number, page[heading].text, page[heading].page),
    ]
    return result


_HEADER_LINE = re.compile(rf"\s*(?:{SYMBOL_CANDIDATE.pattern})?\s*|{_PAGE_LABEL.pattern}")
_FIRST_LABEL = re.compile(r"\s*(?:1|I|A)\.\s*")
_CAPITALS_HEADING = re.compile(r"[A-Z][A-Z'’,()]+(?: (?:[A-Z][A-Z'’,()]*|[–-])){0,7}")  # ANNOTATIONS, PART II – …
_PROSE_WORDS = 3  # words at least in the line under a heading moved: text, not a table's cells


def _following_text(page: list[Line], index: int) -> str:
    return next((page[position].text for position in range(index + 1, len(page)) if page[position].text.strip()), "")


def _displaced_heading(page: list[Line], index: int) -> int | None:
    for position in range(index + 2, len(page)):
        text = page[position].text.strip()
        if SECTION_LABEL_ALONE.fullmatch(text):
            return None  # the next section's label: this one's heading is not on the page
        above = page[position - 1].text.strip()
        ended = above.endswith(".") and text.isupper()  # (… and education. / GENERAL DEBATE: under a list's end)
        alone = (not above or ended) and (position + 1 == len(page) or not page[position + 1].text.strip())
        if text and alone and _HEADING_TEXT.fullmatch(text) and not _LABEL_ALONE.fullmatch(text):
            return position
    return None


def _join_cover_footer(page: list[Line]) -> list[Line]:
    """A cover's footer in its three languages on lines of their own (``COUNCIL`` / ``CONSEIL`` / ``CONSEJO``,
    blank lines between), each language's words perhaps wrapped onto a second line (``STANDING COMMITTEE ON``
    / ``PROGRAMMES AND FINANCE`` / ``COMITÉ PERMANENT DES`` / …), made one line."""
    if not any(word in line.text for line in page for word in _FOOTER_ENDS):
        return page  # most pages: no footer's last word
    texts = [(index, " ".join(line.text.split())) for index, line in enumerate(page) if line.text.strip()]
    for start in range(len(texts)):
        if not texts[start][1].startswith(_FOOTER_OPENINGS):
            continue
        columns = _footer_in_columns(page, texts[start][0])
        if columns is not None:  # STANDING COMMITTEE ON   COMITÉ PERMANENT DES   … / PROGRAMMES AND FINANCE   …
            first = texts[start][0]
            return [*page[:first], Line(page[first].number, columns, page[first].page), *page[first + 2 :]]
        end = next((end for footer in COVER_FOOTERS if (end := _footer_at(texts, start, footer)) is not None), None)
        if end is not None:
            first, last = texts[start][0], texts[end][0]
            words = " ".join(text for _, text in texts[start : end + 1])
            return [*page[:first], Line(page[first].number, words, page[first].page), *page[last + 1 :]]
    return page


_FOOTER_OPENINGS = tuple({footer[0].split()[0] for footer in COVER_FOOTERS})  # COUNCIL, STANDING …
_FOOTER_ENDS = tuple({footer[-1].split()[-1] for footer in COVER_FOOTERS})  # CONSEJO, FINANZAS …


def _footer_in_columns(page: list[Line], index: int) -> str | None:
    """The footer's words where lines ``index`` and the next print its three languages side by side, each
    wrapped onto the second line in its column (``SUB-COMMITTEE ON BUDGET   SOUS-COMITÉ DU BUDGET   …`` /
    ``AND FINANCE   ET DES FINANCES   Y FINANZAS``); None where they do not."""
    if index + 1 >= len(page):
        return None
    upper, lower = (_WIDE_GAP.split(page[row].text.strip()) for row in (index, index + 1))
    if len(upper) != len(lower):
        return None
    languages = tuple(f"{top} {bottom}" for top, bottom in zip(upper, lower, strict=True))
    return " ".join(languages) if languages in COVER_FOOTERS else None


_WIDE_GAP = re.compile(r"\s{2,}")


def _footer_at(texts: list[tuple[int, str]], start: int, footer: tuple[str, ...]) -> int | None:
    """The position of the last of the lines ``texts[start:]`` that print ``footer``, each language's words
    on a line or two; None where they do not."""
    at = start
    for words in footer:
        printed = ""
        while at < len(texts) and len(printed) < len(words) and words.startswith(f"{printed} {texts[at][1]}".strip()):
            printed = f"{printed} {texts[at][1]}".strip()
            at += 1
        if printed != words:
            return None
    return at - 1


def _superscript_notes(page: list[Line], weak: list[tuple[int, str, str]]) -> list[Line]:
    """Footnote bodies (a number alone on a line, its text below, or a number and its text on one line, at the
    foot of the page) and their markers on one page: a number counts only if it is also glued to the text
    somewhere on the page as a marker. The markers placed on weak evidence (read at the end of a sentence
    ending in a figure, or printed alone between two lines of a paragraph) are added to ``weak`` (line,
    number, the decision's code) for the caller to report."""
    bodies: dict[int, int] = {}  # line index → footnote number
    foot = _page_foot(page)
    for index, line in enumerate(page):
        if index <= foot:
            continue
        number = _NOTE_NUMBER.fullmatch(line.text)
        if number and _next_text(page, index) is not None and not _raised_over_row(page, index):
            bodies[index] = int(number.group(1))
        elif (with_text := _NOTE_WITH_TEXT.match(line.text)) is not None:
            bodies[index] = int(with_text.group(1))
    if not bodies:
        return page
    page, bodies = _markers_under_text(page, bodies)
    page, bodies, raised = _markers_raised_over_text(page, bodies)
    page, bodies, between = _markers_between_lines(page, bodies)
    weak += [(line, number, "marker-between-lines") for line, number in between]
    raised |= {number for _, number in between}
    page, bodies, boxed = _markers_boxed_after_text(page, bodies)
    weak += [(line, number, "marker-boxed-after-text") for line, number in boxed]
    raised |= {number for _, number in boxed}
    glued, spaced = _page_markers(page, bodies)
    glued, spaced = glued | raised, spaced - raised  # (a number set off elsewhere is then no marker of its)
    page, on_symbols = _markers_on_symbols(page, bodies, {str(n) for n in bodies.values()} - glued - spaced)
    glued |= on_symbols
    page, before_gaps = _markers_before_gaps(page, bodies, {str(n) for n in bodies.values()} - glued - spaced)
    glued |= before_gaps
    page, figures = _markers_after_figures(page, bodies, {str(n) for n in bodies.values()} - glued - spaced)
    wanted = {str(n) for n in bodies.values()} - glued - spaced - {number for _, number in figures}
    page, cited = _markers_matched(page, bodies, wanted, marker_after_cited_number)
    page, years = _markers_matched(page, bodies, wanted - {number for _, number in cited}, _marker_after_year)
    figures += cited
    glued |= {number for _, number in figures + years}
    weak += [(line, number, "marker-after-figure") for line, number in figures]
    weak += [(line, number, "marker-after-year") for line, number in years]
    numbers = {str(n) for n in bodies.values()} & (glued | spaced)
    bodies = {index: number for index, number in bodies.items() if str(number) in numbers}
    if not numbers:
        return page
    pending = spaced & numbers  # the numbers set off by spaces still to be met
    result = []
    for index, line in enumerate(page):
        if index in bodies:
            number = _NOTE_NUMBER.match(line.text)
            assert number is not None, "a body opens with its number"
            text = f"{number.group(1).translate(TO_SUPERSCRIPT)} {line.text[number.end() :]}".rstrip()
        else:
            text = _marked(line.text, numbers, pending)
        result.append(Line(line.number, text, line.page))
    return _join_lone_labels(result, pattern=_SUPERSCRIPT_ALONE)


def _markers_on_symbols(page: list[Line], bodies: dict[int, int], wanted: set[str]) -> tuple[list[Line], set[str]]:
    """The page, a marker glued to the end of a symbol made a superscript (``MC/23162``: ``MC/2316`` and note
    2), where no other marker names a body of the page with that number and the note's own text cites the
    symbol without it; and the numbers so found."""
    if not wanted:
        return page, set()
    found: set[str] = set()
    result = list(page)
    notes = {str(number): _body_text(page, index) for index, number in bodies.items()}
    for index, line in enumerate(page):
        if index in bodies:
            continue
        for match in SYMBOL_CANDIDATE.finditer(line.text):
            symbol = match.group()
            number = next((n for n in wanted - found if symbol.endswith(n) and symbol[: -len(n)][-1:].isdigit()), None)
            if number is None or not re.search(rf"{re.escape(symbol[: -len(number)])}(?![\w/])", notes[number]):
                continue
            marked = f"{symbol[: -len(number)]}{number.translate(TO_SUPERSCRIPT)}"
            text = result[index].text
            result[index] = Line(line.number, text[: match.start()] + marked + text[match.end() :], line.page)
            found.add(number)
    return result, found


def _markers_before_gaps(page: list[Line], bodies: dict[int, int], wanted: set[str]) -> tuple[list[Line], set[str]]:
    """The page, a marker set off by a space after a word or a year, at a line's end or before a wide gap
    (``… global economy 1        MC/INF/289``, ``… for 2008 and 2009 3``: ``-layout`` prints a raised digit
    drawn apart so, an agenda's documents column beside it), not a label's number (``Page 3``, ``item 7``) nor
    a date's day (``… on 12`` / ``June 2010``),
    made a superscript, where the page's notes sit under their rule and no other marker names a body with that
    number; and the numbers so found."""
    if not wanted or not _ruled(page, min(bodies)):
        return page, set()
    found: set[str] = set()
    result = list(page)
    for index, line in enumerate(page):
        if index >= min(bodies):
            break
        for match in _MARKER_BEFORE_GAP.finditer(line.text):
            number = match.group(1)
            if number not in wanted - found or NUMBERED_BEFORE.search(line.text[: match.start()]):
                continue
            if match.end() == len(line.text.rstrip()) and _MONTH_OPENS.match(_following_text(page, index)):
                continue  # … adopted on 12 / June 2010: a date's day
            text = result[index].text
            marked = text[: match.start(1) - 1] + number.translate(TO_SUPERSCRIPT) + text[match.end(1) :]
            result[index] = Line(line.number, marked, line.page)
            found.add(number)
            break  # (one marker a line: the text's offsets moved)
    return result, found


def _markers_after_figures(
    page: list[Line], bodies: dict[int, int], wanted: set[str]
) -> tuple[list[Line], list[tuple[int, str]]]:
    """The page, a marker glued to a sentence ending in a figure (``… endorsing States to 48.5`` / ``Next
    steps``, see `marker_after_figure`) made a superscript where a body further down the page has its number
    and no other marker names it; and the line and number of each so found."""
    found: list[tuple[int, str]] = []
    result = list(page)
    last = {number: index for index, number in bodies.items()}  # each number's last body
    for index in range(max(bodies)):
        number = marker_after_figure(page, index)
        if number is None or str(number) not in wanted or index in bodies or last[number] < index:
            continue
        wanted = wanted - {str(number)}  # (each number's first marker only)
        text = page[index].text.rstrip()
        digits = len(str(number))
        result[index] = Line(
            page[index].number, text[:-digits] + text[-digits:].translate(TO_SUPERSCRIPT), page[index].page
        )
        found.append((page[index].number, str(number)))
    return result, found


def _markers_matched(
    page: list[Line],
    bodies: dict[int, int],
    wanted: set[str],
    marker: Callable[[list[Line], int], re.Match[str] | None],
) -> tuple[list[Line], list[tuple[int, str]]]:
    """The page, the marker that ``marker`` finds on a line above its notes (the match's last group) made a
    superscript where a body further down the page has its number and no other marker names it (each
    number's first only); and the line and number of each so found (weak readings, as after any figure)."""
    found: list[tuple[int, str]] = []
    result = list(page)
    for index in range(min(bodies)):
        match = marker(page, index)
        number = match.group(match.lastindex or 0) if match is not None else None
        if match is None or number not in wanted:
            continue
        wanted = wanted - {number}
        text = page[index].text
        start, end = match.span(match.lastindex or 0)
        if text[start - 1 : start] == " " and text[start - 2 : start - 1].isdigit():
            start -= 1  # (``1997 2 therefore``: the space goes too)
        result[index] = Line(
            page[index].number, text[:start] + number.translate(TO_SUPERSCRIPT) + text[end:], page[index].page
        )
        found.append((page[index].number, number))
    return result, found


def _marker_after_year(page: list[Line], index: int) -> re.Match[str] | None:
    """A note's marker glued to a year in a sentence on line ``index`` (``… for the period 2013–20151
    therefore …``, ``… requested by the Council in 20172 would be …``: 2015 and note 1, 2017 and note 2; no
    amount is printed as five digits without a comma), if any: its last group is the marker."""
    text = page[index].text
    return _YEAR_THEN_MARKER.search(text) if _LOWER_WORD.search(text) else None  # (a sentence: no table's cell)


_YEAR_THEN_MARKER = re.compile(
    r"(?:(?<=\s)|(?<=\d[–-]))((?:19|20)\d\d)(?:(\d{1,2})(?=[\s,;:.)]|$)| (\d{1,2})(?= [a-z]{2,}))"
)
"""A year in prose with a note's number glued to it (``in 20172``, ``2013–20151``), or set off by a space before
the sentence goes on in lower case (plain pdftotext: ``in the course of 1997 2 therefore``)."""
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


_MARKER_BEFORE_GAP = re.compile(r"(?:(?<=[a-z),;])|(?<=\b(?:19|20)\d\d)) (\d{1,2})(?=[ \t]*$| {3,}\S)")
_NOTES_RULE = re.compile(r"\s*_{5,30}\s*")  # the short rule a page's notes are printed under
_MONTH_OPENS = re.compile(rf"\s*(?:{MONTH_PATTERN})\b")


def _ruled(page: list[Line], first_body: int) -> bool:
    """Whether a short rule stands over the first footnote body of a page, a few lines above at most."""
    return any(_NOTES_RULE.fullmatch(line.text) for line in page[max(0, first_body - _RULE_REACH) : first_body])


_RULE_REACH = 3  # lines from the notes' rule to their first body: two blank lines between at most


def _body_text(page: list[Line], index: int) -> str:
    """The text of the footnote body opening on line ``index``: its lines up to a blank line (its number alone
    on that line, from its next line of text)."""
    if _NOTE_NUMBER.fullmatch(page[index].text):
        index = _next_text(page, index) or index
    lines: list[str] = []
    for line in page[index : index + _BODY_LINES]:
        if lines and not line.text.strip():
            break
        lines.append(line.text)
    return " ".join(lines)


_BODY_LINES = 6  # lines of a note's body read to find a symbol it cites


def _markers_under_text(page: list[Line], bodies: dict[int, int]) -> tuple[list[Line], dict[int, int]]:
    """The page and its bodies, a number alone right under a line that ends a sentence (``… observers.`` /
    ``1``) glued to that line as its marker where a body further down the page has that number: pdftotext
    prints a raised marker at a paragraph's end on a line of its own."""
    later = {number: index for index, number in bodies.items()}  # each number's last body
    markers = [
        index
        for index, number in bodies.items()
        if later[number] > index
        and _NOTE_NUMBER.fullmatch(page[index].text)
        and index > 0
        and page[index - 1].text.rstrip().endswith((".", ",", ";", ":", ")"))
    ]
    if not markers:
        return page, bodies
    page = list(page)
    for index in markers:
        above = page[index - 1]
        page[index - 1] = Line(above.number, f"{above.text.rstrip()}{page[index].text.strip()}", above.page)
        page[index] = Line(page[index].number, "", page[index].page)
    return page, {index: number for index, number in bodies.items() if index not in markers}


def _markers_between_lines(
    page: list[Line], bodies: dict[int, int]
) -> tuple[list[Line], dict[int, int], list[tuple[int, str]]]:
    """The page, a number alone at the margin between two lines of a paragraph (plain pdftotext: ``… explains
    how it`` / ``1`` / ``has been calculated. …``, the line above breaking off mid-sentence; pdfminer prints a
    blank line above the number) made a superscript
    at the end of the line above, where a body further down the page has that number: a raised marker printed
    on a line of its own, where in its line the text no longer tells (weak evidence); the bodies left, and
    (line, number) of each."""
    later = {str(number): index for index, number in bodies.items()}
    result = list(page)
    found: list[tuple[int, str]] = []
    for index in range(1, len(page) - 1):
        number = _NOTE_NUMBER.fullmatch(page[index].text)
        if number is None or page[index].text[:1].isspace() or later.get(number.group(1), -1) <= index:
            continue
        up = index - 2 if index > 1 and not page[index - 1].text.strip() else index - 1  # (pdfminer: a blank
        # line between the line and the number under it)
        above, below = page[up].text.strip(), page[index + 1].text.strip()
        if not _PROSE_LINE.fullmatch(above) or not (below[:1].islower() or _PROSE_LINE.match(below)):
            continue  # (a line of a paragraph breaking off over it, the paragraph going on under it: in lower
            # case, or a full line on from a word, ``… at the Seventeenth`` / ``1`` / ``Session of the …``)
        marker = number.group(1).translate(TO_SUPERSCRIPT)
        result[up] = Line(page[up].number, f"{page[up].text.rstrip()}{marker}", page[up].page)
        result[index] = Line(page[index].number, "", page[index].page)
        found.append((page[up].number, number.group(1)))
        bodies = {at: body for at, body in bodies.items() if at != index}
    return result, bodies, found


_PROSE_LINE = re.compile(r"[A-Za-z(“\"‘].{30,}[a-z,;]")
"""A full line of a paragraph breaking off mid-sentence (``… explains how it``)."""


def _markers_boxed_after_text(
    page: list[Line], bodies: dict[int, int]
) -> tuple[list[Line], dict[int, int], list[tuple[int, str]]]:
    """The page, a number alone in a box of its own (pdfminer: a blank line above and below it) right after
    the last line of a sentence or of a title (``… with arrears totalling CHF 4,371,502.`` / ``1`` / ``Under
    sub-item (c) …``; ``Update on the relationship between IOM and the United Nations`` / ``1`` /
    ``S/19/INF/3``) made a superscript at the end of that line, where a body further down the page has that
    number and a sentence's length, and no more numbers stand alone on the page than there are bodies (a
    table's column, the notes' numbers printed apart): a raised marker printed apart, its place in the line
    no longer told (weak evidence); the bodies left, and (line, number) of each."""
    later = {str(number): index for index, number in bodies.items()}
    alone = {i: found.group(1) for i, line in enumerate(page) if (found := _NOTE_NUMBER.fullmatch(line.text))}
    if len(alone) > len(later):
        return page, bodies, []  # (more numbers alone than notes: a table's figures, a column of them)
    result = list(page)
    placed: list[tuple[int, str]] = []
    for index, number in alone.items():
        body = later.get(number, -1)
        if body <= index or not 1 < index < len(page) - 2 or len(_body_text(page, body)) < _NOTE_SENTENCE:
            continue  # (``11 (cont'd) and 12``: a timetable's cell, no note's sentence)
        if page[index - 1].text.strip() or page[index + 1].text.strip():
            continue  # (not a box of its own)
        above, below = page[index - 2].text.strip(), page[index + 2].text.strip()
        figures = bool(below) and all(FIGURE.fullmatch(word) for word in below.split())  # (``2.`` is a label)
        if not _ENDS_TEXT.fullmatch(above) or not below or figures:
            continue
        marker = number.translate(TO_SUPERSCRIPT)
        result[index - 2] = Line(
            page[index - 2].number, f"{page[index - 2].text.rstrip()}{marker}", page[index - 2].page
        )
        result[index] = Line(page[index].number, "", page[index].page)
        placed.append((page[index - 2].number, number))
        bodies = {at: body for at, body in bodies.items() if at != index}
    return result, bodies, placed


_ENDS_TEXT = re.compile(r"[A-Za-z(“\"‘][^|]{25,}(?:[a-z]|[a-z\d)”\"’]\.)")
"""The last line of a sentence (``… totalling CHF 4,371,502.``) or a title's (``… IOM and the United Nations``):
no table's row (cells set apart are no single spaces), no figure alone."""
_NOTE_SENTENCE = 40  # characters at least of the body such a marker goes to: a note's sentence


def _markers_raised_over_text(page: list[Line], bodies: dict[int, int]) -> tuple[list[Line], dict[int, int], set[str]]:
    """The page, a number alone set far in over a line of running text (``… explains how it`` / ``      1`` /
    ``has been calculated. … by the Council in 1997, under …``) made a superscript after the word of that
    line it stands over the end of (a word ending with a stop a few columns before it first), where a body
    further down the page has that number (one in the page's last paragraph reads as a body too); the
    bodies left, and the numbers so placed. ``-layout`` prints a marker raised high enough on a line of its
    own above its line, at its place in it (over a table's row too: `_raised_over_row` reads those)."""
    later = {str(number): index for index, number in bodies.items()}
    result = list(page)
    found: set[str] = set()
    for index in range(len(page) - 1):
        line = page[index]
        number = _NOTE_NUMBER.fullmatch(line.text)
        if number is None or later.get(number.group(1), -1) <= index:
            continue
        column, below = number.start(1), page[index + 1].text
        if column < _RAISED_INDENT or not below.strip() or _ROW.match(below) or index == 0:
            continue
        if not page[index - 1].text.strip():
            continue  # (a line of text above it too: a number between paragraphs is none)
        near = [word for word in re.finditer(r"\S+", below) if column - _RAISED_REACH <= word.end() <= column + 1]
        stops = [word.end() for word in near if word.group().endswith((".", ",", ";", ":", ")"))]
        if stops:
            at = stops[-1]  # … approved for 2006. They …: after the stop (a justified line's words drift)
        elif near and column - near[-1].end() <= _RAISED_SLACK:
            at = near[-1].end()
        else:
            continue
        marker = number.group(1).translate(TO_SUPERSCRIPT)
        result[index + 1] = Line(page[index + 1].number, f"{below[:at]}{marker}{below[at:]}", page[index + 1].page)
        result[index] = Line(line.number, "", line.page)
        found.add(number.group(1))
        bodies = {at: body for at, body in bodies.items() if at != index}
    return result, bodies, found


_RAISED_INDENT = 4  # columns: a raised marker's line is set this far in at least (a line's text follows a margin;
# after a line's first word: ``update³``, 7)
_RAISED_SLACK = 2  # columns between a word's end and the marker raised after it, at most
_RAISED_REACH = 8  # the same after a stop (``2006.``): a justified line's words drift from their printed place


def _marked(text: str, numbers: set[str], pending: set[str]) -> str:
    """A line of text with its markers made superscripts: those glued to the text (of ``numbers``), and the
    first of each of the ``pending`` numbers set off by spaces (in a sentence, or after a row's label)."""
    text = GLUED_MARKER.sub(
        lambda m: m.group(1).translate(TO_SUPERSCRIPT) if m.group(1) in numbers else m.group(1), text
    )
    if not pending or " " not in text:
        return text
    text = SPACED_MARKER.sub(lambda m: _spaced_marker(m, pending), text)
    named = next((m for m in _NAME_MARKER.finditer(text) if m.group(2) in pending), None)
    if named is not None:  # … Member States 2 and the balance …
        pending.discard(named.group(2))
        text = f"{text[: named.start(2) - 1]}{named.group(2).translate(TO_SUPERSCRIPT)}{text[named.end(2) :]}"
    last = _LINE_END_MARKER.search(text)
    if last is not None and last.group(2) in pending:
        pending.discard(last.group(2))
        return f"{text[: last.start(2) - 1]}{last.group(2).translate(TO_SUPERSCRIPT)}{text[last.end(2) :]}"
    cell = _CELL_MARKER.match(text)
    if cell is None or cell.group(cell.lastindex or 1) not in pending:
        return text
    at, end = cell.span(cell.lastindex or 1)
    pending.discard(text[at:end])
    return f"{text[: at - 1]}{text[at:end].translate(TO_SUPERSCRIPT)} {text[end:]}"  # as wide: columns stay


def _page_markers(page: list[Line], bodies: dict[int, int]) -> tuple[set[str], set[str]]:
    """The numbers of a page's markers, outside its footnote bodies: glued to the text, and set off by spaces
    or raised onto a line of their own over a table's row (these count only for a body that no glued marker
    names)."""
    glued = {
        m.group(1) for index, line in enumerate(page) if index not in bodies for m in GLUED_MARKER.finditer(line.text)
    }
    spaced = {
        m.group(m.lastindex or 1)
        for index, line in enumerate(page)
        if index not in bodies and " " in line.text
        for m in _spaced_markers(line.text)
    }
    raised = {
        number.group(1)
        for index, line in enumerate(page)
        if index not in bodies and (number := _NOTE_NUMBER.fullmatch(line.text)) and _raised_over_row(page, index)
    }
    return glued, (spaced | raised) - glued


def _raised_over_row(page: list[Line], index: int) -> bool:
    """Whether the line at ``index`` (a number alone) stands right over a table's row: its marker, raised."""
    return index + 1 < len(page) and _ROW.match(page[index + 1].text) is not None


_ROW = re.compile(r"\s*\S.*\S {2,}\(?[\d–-]")
"""A table's row: a label, then a figure a gap apart (a number alone right above it is its raised marker)."""


_CELL_MARKER = re.compile(
    r"^\s*[A-Z][^\d]*?[a-z)] (\d{1,2})(?= {2,}\S.* {2,}\S)|^\| [A-Z][^\d|]*?[a-z)] (\d{1,2})(?= \|)"
    r"|^\s*\S.*\S {2,}\S.*[A-Za-z] (\d{1,2})$"
    rf"|^\s*(?:\d{{1,2}}\.|\([a-z]{{1,3}}\))\s+[A-Z][^\d]*?\b(?!(?i:{NUMBERED_WORDS})\b)[A-Za-z]*[a-z)] (\d{{1,2}})"
    r"(?= {2,}[A-Z]{1,6}/\S+\s*$)"
)
"""A footnote marker set off by a space at the end of a table row's label (``Holy See 2      –      0.0010``,
or the same row laid out again from its cells: ``| Holy See 2 | – |``), or of its last column's heading
(``Member States      %      %      CHF 6``), or of an agenda item's title beside its documents column
(``11.   Update on the structural review 1      SCPF/58``): ``-layout`` prints a raised digit so
(conventions, section 26)."""


_LINE_END_MARKER = re.compile(rf"\b(?!(?:{NUMBERED_WORDS})\b)([A-Z][a-z]{{2,}}) (\d{{1,2}})(?=[ \t]*$| {{2,}}\S)")
"""A footnote marker set off by a space after a capitalized word at the end of a line or of its first column,
no punctuation between (``… to the Administrative Part of the Budget 1``, ``… of the United Nations 2      S/18/11``:
``-layout`` prints a raised digit so), not a label's number (``Table 2``, ``Annex 1``) nor a date's day."""

_NAME_MARKER = re.compile(
    rf"\b(?!(?:{NUMBERED_WORDS}|{COUNTED_WORDS})\b)([A-Z][a-z]{{2,}}) (\d{{1,2}})"
    r"(?= (?:and|or|to|in|for|with|which|who|that|as|at|on)\b)(?! (?:and|or|to) \d)"
)
"""A footnote marker set off by a space after a name, the sentence going on after it (``… from four Member
States 2 and the balance …``), not a label's number (``Table 2 and``, ``Footnotes 12 to 15``)."""


def _spaced_markers(text: str) -> list[re.Match[str]]:
    """The markers of a line set off by spaces: in a sentence, after a capitalized word at a line's end or
    before the sentence going on, or at the end of a table row's label."""
    found = list(SPACED_MARKER.finditer(text))
    end = _LINE_END_MARKER.search(text)
    if end is not None and not any(m.end() >= end.start(2) for m in found):
        found.append(end)
    found += [m for m in _NAME_MARKER.finditer(text) if not any(f.start() <= m.start(2) < f.end() for f in found)]
    cell = _CELL_MARKER.match(text) if "  " in text or text.startswith("|") else None
    return [*found, cell] if cell is not None else found


def _spaced_marker(match: re.Match[str], numbers: set[str]) -> str:
    """A marker set off by spaces made a superscript, the first time its number is met on the page only."""
    number = match.group(1)
    if number not in numbers:
        return match.group()
    numbers.discard(number)
    return number.translate(TO_SUPERSCRIPT)


def _page_foot(page: list[Line]) -> int:
    """Where the foot of a page begins (an index): after its last numbered paragraph or section heading, or,
    where none is printed with its text (plain pdftotext: ``7.`` / ``At 31 August …``), after the short rule the
    notes are printed under (else -1: the whole page)."""
    body = max((index for index, line in enumerate(page) if _PAGE_BODY.match(line.text)), default=-1)
    if body >= 0:
        return body
    return max((index for index, line in enumerate(page) if _NOTES_RULE.fullmatch(line.text)), default=-1)


def _next_text(page: list[Line], index: int) -> int | None:
    """The index of the next non-blank line after ``index`` on the page, if it can be a footnote's text:
    not a number, nor a list item or a numbered paragraph, nor a label alone (``8.``)."""
    for position in range(index + 1, len(page)):
        text = page[position].text.strip()
        if text:
            opening = _NOTE_NUMBER.fullmatch(text) or _BLOCK_START.match(text) or _LABEL_ALONE.fullmatch(text)
            return None if opening else position
    return None


def _join_lone_labels(page: list[Line], pattern: re.Pattern[str] = _LABEL_ALONE) -> list[Line]:
    """A label alone on its line (``1.``, ``IV.``, ``A.``, ``(a)``, ``•``, the ``*`` of a cover note) is joined
    to the text that follows it (on the text's line where a page label or an agenda's column heading stood
    between: the lines stay in order)."""
    result: list[Line] = []
    pending: Line | None = None
    waited = False  # whether lines were passed over while the label waited: it then takes its text's line
    for at, line in enumerate(page):
        if pending is not None and (_PAGE_LABEL.fullmatch(line.text) or AGENDA_COLUMNS.fullmatch(line.text.strip())):
            result.append(line)  # I. / Page 1 / INTRODUCTION, 1. / Documents / Opening …: the label waits
            waited = True
            continue
        if pending is not None and pattern is _LABEL_ALONE and _documents_apart(page, at):
            result.append(line)  # 9. / C/112/1 / Reports of …: the documents of the item above, printed after
            waited = True  # the next item's number, the number waits for its title
            continue
        if pending is not None and line.text.strip():
            if _DECIMAL_ALONE.fullmatch(pending.text) and not _HEADING_TEXT.fullmatch(line.text.strip()):
                result += [pending, line]  # 58.9: a figure, not a heading's number (3.2.1 / Seed funding)
            elif _DASH_ALONE.fullmatch(pending.text) and _dashes_for_nothing(page, at):
                result += [pending, line]  # – / 255,907,331, – / – / 12,890: a table's dashes, no bullet
            elif SECTION_LABEL_ALONE.fullmatch(pending.text) and NUMBERED_TEXT.match(line.text):
                result += [pending, line]  # B. / 17. Table 5 distributes …: a paragraph with its own number
                # opens no section (the section's heading was printed above its label, pdfminer's order)
            else:
                number = line.number if waited else pending.number  # (the lines stay in order)
                result.append(Line(number, f"{pending.text.strip()} {line.text.strip()}", pending.page))
            pending, waited = None, False
            continue
        if pending is None and pattern.fullmatch(line.text) and line.text.strip() and not _ends_citation(page, at):
            pending = line
            continue
        if pending is None or line.text.strip():
            result.append(line)
    if pending is not None:
        result.append(pending)
    return result


def _ends_citation(page: list[Line], at: int) -> bool:
    """Whether the number alone at ``at`` ends the sentence of the line right above it, which ends with a word
    the number is of (``… is given in Table`` / ``1.``), a full line of running text (a heading ending with
    such a word is short: ``Adoption of the agenda`` / ``9.``): wrapped text, no label of what follows."""
    above = page[at - 1].text.rstrip() if at else ""
    return (
        NUMBER_ALONE.fullmatch(page[at].text) is not None
        and len(above.strip()) >= _RUNNING_LINE
        and not above.isupper()
        and NUMBERED_BEFORE.search(above) is not None
    )


def _documents_apart(page: list[Line], at: int) -> bool:
    """Whether the line at ``at`` holds document symbols alone, and is no running header (its symbol over the
    page's label): an agenda's documents column printed apart from its items."""
    if _SYMBOLS_ALONE.fullmatch(page[at].text) is None:
        return False  # (most lines: told by the pattern alone)
    after = next((page[i].text for i in range(at + 1, len(page)) if page[i].text.strip()), "")
    return not _PAGE_LABEL.fullmatch(after)


_SYMBOLS_ALONE = re.compile(rf"\s*(?:{SYMBOL_CANDIDATE.pattern})(?:\s+(?:{SYMBOL_CANDIDATE.pattern}))*\s*")
"""A line of document symbols and nothing else (``MC/2296``, ``MC/2297 SCPF/36``): an agenda's documents column."""

_RUNNING_LINE = 60  # characters at least: a full line of running text (a heading's line is shorter)


NUMBER_ALONE = re.compile(r"\s*\d{1,3}\.\s*")
"""A paragraph's number alone on its line (``1.``), or the number that ends a sentence wrapped before it."""


def _dashes_for_nothing(page: list[Line], at: int) -> bool:
    """Whether the line at ``at``, under a dash alone, shows the dash to be a table's for nothing: a figure,
    or more dashes with a figure under them (pdfminer prints a list's dashes apart too, words under them)."""
    for line in page[at:]:
        text = line.text.strip()
        if _AMOUNT_ALONE.fullmatch(text):
            return True
        if text and not _DASH_ALONE.fullmatch(text):
            return False
    return False


#: The steps that put lines printed out of reading order back, each with the decision that names it (see
#: `iomparse.lexer.decisions`): what they decide rests on the layout alone, so each says so.
REORDERINGS: tuple[tuple[str, Callable[[list[Line]], list[Line]]], ...] = (
    ("contents-page-before-title", leaders_before_titles),
    ("contents-pages-beside-paragraphs", pages_beside_paragraphs),
    ("contents-pages-rejoined", detached_contents_pages),
    ("contents-labels-rejoined", detached_contents_labels),
    ("labels-before-sublist", labels_before_sublist),
    ("heading-above-running-header", heading_above_running_header),
    ("heading-after-first-item", heading_after_first_item),  # (before the number is joined to its heading)
    ("row-labels-apart", row_labels_apart),  # (before the labels of paragraphs: I.1 / I.2 are no section's)
    ("numbers-after-texts-run-together", numbers_after_texts_run_together),
    ("paragraph-number-column", paragraph_number_column),
    ("labels-after-texts", labels_after_texts),
    ("list-labels-after-items", list_labels_after_items),
    ("list-labels-before-items", list_labels_before_items),
    ("note-number-column", note_number_column),  # (first: a paragraph's number beside them tells their type)
    ("note-letters-apart", note_letters_apart),
    ("paragraph-number-column", numbers_column_after_notes),
    ("paragraph-number-before-list", paragraph_number_before_list),
    ("late-paragraph-number", late_paragraph_numbers),
    ("first-line-printed-after", first_line_printed_after),
    ("table-labels-after-figures", labels_after_figures),
    ("table-boxes-summed", boxed_columns_summed),
    ("row-label-wrapped", wrapped_row_labels),
    ("table-read-figures-first", figures_first_tables),
    ("table-read-by-columns", _rebuild_tables),
    ("table-read-by-columns", table_columns),
    ("bullets-apart", bullets_apart),
)
