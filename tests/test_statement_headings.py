"""Where a financial statement's heading (``STATEMENT I – …``, ``Schedule 1 – …``) stands among a report's
sections: a sibling of the headings in capitals it follows, held only by a heading naming the statements."""

from __future__ import annotations

import iomparse
from iomparse.model import Section

COVER = "MC/2175\nOriginal: ENGLISH\n9 May 2005\n\nNINETIETH SESSION\n\nFINANCIAL REPORT FOR THE YEAR 2004\n\n"
TABLE = "(in US dollars)\n\n|  | 2004 | 2003 |\n|---|---|---|\n| Cash | 1,200 | 1,100 |\n| Total | 1,200 | 1,100 |\n\n"


def _outline(document: iomparse.Document) -> list[tuple[int, str | None]]:
    found: list[tuple[int, str | None]] = []

    def walk(blocks: tuple[object, ...], depth: int) -> None:
        for block in blocks:
            if isinstance(block, Section):
                found.append((depth, block.num or iomparse.model.inline_text(block.heading)))
                walk(block.children, depth + 1)

    walk(document.body, 1)
    return found


def test_statements_after_the_introduction_are_its_siblings_and_so_is_a_schedule_after_the_notes():
    text = COVER + (
        "INTRODUCTION\n\n1.\tThe accounts for 2004 are submitted to the Executive Committee for its review.\n\n"
        f"STATEMENT I – ASSETS AND LIABILITIES AT 31 DECEMBER 2004\n\n{TABLE}"
        f"STATEMENT II – INCOME AND EXPENDITURE FOR 2004\n\n{TABLE}"
        "NOTES TO THE FINANCIAL STATEMENTS\n\n2.\tThe notes explain the main items of the statements above.\n\n"
        f"SCHEDULE 1 – CONTRIBUTIONS OUTSTANDING AT 31 DECEMBER 2004\n\n{TABLE}"
    )
    assert _outline(iomparse.parse(text)) == [
        (1, "INTRODUCTION"),
        (1, "STATEMENT I"),
        (1, "STATEMENT II"),
        (1, "NOTES TO THE FINANCIAL STATEMENTS"),
        (1, "SCHEDULE 1"),
    ]


def test_statements_under_a_heading_naming_them_are_held_by_it():
    text = COVER + (
        "INTRODUCTION\n\n1.\tThe accounts for 2004 are submitted to the Executive Committee for its review.\n\n"
        "FINANCIAL STATEMENTS\n\n2.\tThe statements of the Organization for 2004 follow.\n\n"
        f"Statement I – Assets and liabilities at 31 December 2004\n\n{TABLE}"
        f"Statement II – Income and expenditure for 2004\n\n{TABLE}"
    )
    assert _outline(iomparse.parse(text)) == [
        (1, "INTRODUCTION"),
        (1, "FINANCIAL STATEMENTS"),
        (2, "Statement I"),
        (2, "Statement II"),
    ]


def test_schedules_under_a_heading_naming_them_are_held_by_it():
    text = COVER + (
        "INTRODUCTION\n\n1.\tThe accounts for 2004 are submitted to the Executive Committee for its review.\n\n"
        "SUPPLEMENTARY SCHEDULES\n\n2.\tThe schedules below detail the contributions of Member States.\n\n"
        f"Schedule 1 – Contributions outstanding\n\n{TABLE}"
        f"Schedule 2 – Contributions received\n\n{TABLE}"
    )
    assert _outline(iomparse.parse(text)) == [
        (1, "INTRODUCTION"),
        (1, "SUPPLEMENTARY SCHEDULES"),
        (2, "Schedule 1"),
        (2, "Schedule 2"),
    ]


def test_a_statements_label_alone_over_its_title_in_capitals_is_its_heading():
    """``STATEMENT I`` / ``STATEMENT OF INCOME AND EXPENDITURE`` / ``FOR THE YEAR …`` over its table: the
    statement's heading (as ``STATEMENT I – …`` on one line is), its table under it, not a quotation in the
    paragraph above."""
    text = COVER + (
        "INTRODUCTION\n\n1.\tThe accounts for 2004 are submitted to the Executive Committee for its review.\n\n"
        "FINANCIAL STATEMENTS\n\n2.\tThe statements of the Organization for 2004 follow.\n\n"
        f"STATEMENT I\nSTATEMENT OF INCOME AND EXPENDITURE\nFOR THE YEAR ENDED 31 DECEMBER 2004\n\n{TABLE}"
    )
    document = iomparse.parse(text)
    assert _outline(document) == [(1, "INTRODUCTION"), (1, "FINANCIAL STATEMENTS"), (2, "STATEMENT I")]
    statement = next(b for b in iomparse.model.iter_blocks(document.body) if isinstance(b, Section) and b.num)
    assert iomparse.model.inline_text(statement.heading) == (
        "STATEMENT OF INCOME AND EXPENDITURE FOR THE YEAR ENDED 31 DECEMBER 2004"
    )
    assert [p for p in (b.path for b in iomparse.blocks(document)) if p.endswith("table_1")] == [
        "sec_STATEMENT_I/table_1"
    ]
