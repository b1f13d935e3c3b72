"""A table's row labels that pdfminer printed a box a line, made one column of labels again.

pdfminer sets each text box apart with a blank line, and a table's label column often comes out a box a
label (``Afghanistan`` / blank / ``Angola`` / blank / ``Antigua and Barbuda`` …), where pdftotext prints one
block of them. The table readers (`column_blocks`, `reading_order`) take a column of labels as a block of
lines, so such a column reads as so many lines of text and the table is lost. `label_boxes_joined` takes the
blank lines out from between one-line boxes that all read as row labels, where there are enough of them in
a row on a page holding a table's figures: nothing is moved, and no line's text changes.
"""

from __future__ import annotations

import re

from .reading_order import FIGURE, PIPE_ROW, STATEMENT_TITLE, TABLE_CAPTION, UNIT_AT_END, line_blocks, row_label
from .source import Line

Block = list[int]  # a box's lines, by index

_LABEL_LINES = 3  # lines of a box holding one label wrapped, at most
_LEAST_BOXES = 5  # one-line boxes of labels in a row, at least, of a column printed a box a label
_LEAST_FIGURES = 6  # figures alone on their lines, at least, on a page holding a table's columns
_LONGEST_LABEL = 50  # characters: a label of such a column (a name, a year's band, an item of expenditure)
_SENTENCE_END = re.compile(r"[.:;,]$")
_HEADING_LENGTH = 40  # characters: a line of the columns' headings or of the running header, at most


def label_boxes_joined(page: list[Line]) -> list[Line]:
    """``page`` without the blank lines between row labels printed a box a label (a label wrapped over two
    or three lines a box of its own), where five or more such boxes follow one another, a blank line between
    each, on a page holding a table's figures."""
    if sum(1 for line in page if FIGURE.fullmatch(line.text.strip())) < _LEAST_FIGURES:
        return page  # (most pages)
    dropped = blanks_between_label_boxes(page)
    return [line for index, line in enumerate(page) if index not in dropped] if dropped else page


def blanks_between_label_boxes(page: list[Line]) -> set[int]:
    """The blank lines between row labels printed a box a label, five or more such boxes in a row."""
    dropped: set[int] = set()
    run: list[Block] = []
    boxes = [list(range(start, end)) for start, end in line_blocks(page)]
    for box in [*(block for block in boxes if _label_box(page, block)), None]:
        if box is not None and (not run or box[0] == run[-1][-1] + 2):
            run.append(box)
            continue
        if len(run) >= _LEAST_BOXES and _table_above(page, run[0][0]):
            dropped |= {above[-1] + 1 for above in run[:-1]}
        run = [box] if box is not None else []
    return dropped


def _table_above(page: list[Line], first: int) -> bool:
    """Whether the labels from line ``first`` on stand in a table: a caption or a table above them on the
    page, or only short lines (the running header, the columns' headings: a table going on from the page
    before); not a list a sentence announces (``The donors were:``)."""
    above = [line.text.strip() for line in page[:first] if line.text.strip()]
    if any(_caption(text) or PIPE_ROW.fullmatch(text) for text in above):
        return True  # (a table laid out above: a table's page)
    return all(len(text) <= _HEADING_LENGTH and not _SENTENCE_END.search(text) for text in above)


def _caption(text: str) -> bool:
    """A table's caption: numbered, a statement's title, or ending with its unit (``(in Swiss francs)``)."""
    return bool(TABLE_CAPTION.match(text) or STATEMENT_TITLE.match(text) or UNIT_AT_END.search(text))


def _label_box(page: list[Line], block: Block) -> bool:
    """Whether a box holds one row label: a line, or a label wrapped over two or three (``Venezuela`` /
    ``(Bolivarian Republic of)``), its first line a label of its own."""
    return len(block) <= _LABEL_LINES and all(_label(page[at].text.strip(), first=at == block[0]) for at in block)


def _label(text: str, *, first: bool = True) -> bool:
    """A row label alone, or a line of one wrapped (``of Macedonia``): short, no figure, no sentence's end, its
    first line a label of its own opening with a capital."""
    return (
        len(text) <= _LONGEST_LABEL
        and not any(character.isdigit() for character in text)
        and not _SENTENCE_END.search(text)
        and (row_label(text) and text[:1].isupper() if first else text[:1].isalpha() or text[:1] == "(")
    )
