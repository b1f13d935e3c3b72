"""A check of a table's reading against its own arithmetic: a total is no smaller than what it adds up.

Tables read from text printed column by column (pdfminer, plain ``pdftotext``) can give every row the next
row's figures while every cell still looks right. A financial table checks itself: a ``Total`` row adds up
rows printed above it, so where those rows' figures in a column are none of them negative, the total is at
least as large as each. A total smaller than a figure it should add up says the figures are likely not on
their rows, and the document says so. The check is one-sided: a column holding words or a heading in words
(``USD``, ``Change``) among its figures is not checked, and a total that only subtracts or mixes signs passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Table

TOTAL_LABEL = re.compile(r"(?:grand |sub-?)?totals?\b", re.IGNORECASE)
"""A total row's label: ``Total``, ``TOTAL EXPENDITURE``, ``Sub-total``, ``Grand total``, ``Totals``."""
_AMOUNT = re.compile(r"\(?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?")  # 1,234,567, 4206, (3,418), 2.6
_NIL = frozenset({"-", "–", "—", ""})
_PERCENT = 100  # figures no larger than this may be percentages, of which a total is no sum
_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*")  # a column's heading


def totals_below_their_rows(table: Table) -> list[str]:
    """The labels of the table's total rows that are smaller, in some column, than a figure of the rows
    they follow (up to the total before them): none where the figures are on their rows."""
    rows = [row for row in table.cells if row]
    wrong: list[str] = []
    start = 0
    for at, row in enumerate(rows):
        if not TOTAL_LABEL.match(row[0].strip()):
            continue
        items = [item for item in rows[start:at] if item[0].strip() and not all(map(_YEAR.fullmatch, item[1:]))]
        if any(_below(items, row, column) for column in range(1, len(row))):  # (a row of years heads columns)
            wrong.append(row[0].strip())
        start = at + 1
    return wrong


def _below(items: Sequence[Sequence[str]], total: Sequence[str], column: int) -> bool:
    """Whether the total's figure in the ``column``-th cell from the right is smaller than one of the
    ``items``' there, all of them amounts that are not negative (a column of changes, rates or words tells
    nothing), and no run of the rows right above adds up to it. Counted from the right: figures are set
    flush right, and a row without a note's number has a cell fewer on the left."""
    cells = [total[-column].strip(), *(item[-column].strip() for item in items if column < len(item))]
    if any("." in cell for cell in cells):
        return False  # rates, percentages, shares: a total of them is no sum
    value, *figures = map(_amount, cells)
    if value is None or value <= 0 or not figures or any(figure is None or figure < 0 for figure in figures):
        return False
    amounts = [figure for figure in figures if figure is not None]  # (none is None: for the type checker)
    if max(amounts) <= _PERCENT:
        return False  # a column of percentages printed without their sign (36, 55 … over a total of 45)
    return max(amounts) > value and not _worked_out_above(amounts, value)


def _worked_out_above(amounts: list[float], value: float) -> bool:
    """Whether the rows right above the total work it out: they add up to it (``Outstanding for the year`` and
    ``Arrears`` under ``Assessed`` less ``Received``), or the first of them less the others does (``Assessed``
    less ``Received`` is ``Total outstanding``; an opening balance, income less expenditure)."""
    for count in range(2, len(amounts) + 1):
        run = amounts[-count:]
        if abs(sum(run) - value) <= count or abs(run[0] - sum(run[1:]) - value) <= count:
            return True
        if count == 3 and abs(run[0] + run[1] - run[2] - value) <= count:
            return True  # an opening balance, plus income, less expenditure
    return False


def _amount(cell: str) -> float | None:
    """A cell's amount (``(3,418)`` is negative, ``–`` is nothing), None for a cell that is no amount."""
    if cell in _NIL:
        return 0.0
    if not _AMOUNT.fullmatch(cell):
        return None
    value = float(cell.strip("()-").replace(",", ""))
    return -value if cell.startswith(("(", "-")) else value
