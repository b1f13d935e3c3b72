"""Tables laid out with spaces: which physical lines are rows, and how rows gather into one table line.

This runs inside the joining pass (`iomparse.lexer.joining`): a table's rows never join running text.
"""

from __future__ import annotations

import re

from ..layout import CAPTION
from ..source import Line
from .lines import LogicalLine

_COLUMN_GAP = re.compile(r"\S\s{2,}(?=\S)")


def table_rows(lines: list[Line]) -> set[int]:
    """Indexes of lines laid out in columns: runs of two or more lines with gaps of several spaces between
    their cells, at least two of them with two gaps or more, and figures among the cells."""
    rows: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, Line(0, "", 0)]):
        gaps = len(_COLUMN_GAP.findall(line.text.strip())) if "  " in line.text.strip() else 0
        if gaps and any(c.isdigit() for c in line.text):
            run.append(index)
            continue
        if len(run) >= 2 and sum(len(_COLUMN_GAP.findall(lines[i].text.strip())) >= 2 for i in run) >= 2:
            rows.update(run)
        run = []
    return rows


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
    if last is not None and last.kind == "TEXT" and CAPTION.fullmatch(last.text.strip()):
        logical.pop()
        table.label = last.text.strip()
        table.start = last.start
        table.raw, table.numbers = [*last.raw, *table.raw], [*last.numbers, *table.numbers]
    logical.append(table)
