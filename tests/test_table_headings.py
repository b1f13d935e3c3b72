"""A table's column headings printed apart from its rows by pdftotext without ``-layout`` (one block each,
wrapped over short lines, between the caption and the first row): laid out as the table's heading row when
they are as many as its columns, the caption kept for the table; left as they are, and said nowhere to be
sure, when their count does not tell their columns."""

from __future__ import annotations

from conftest import diagnostic_codes, tables_of
from test_conservation import words_in_text, words_in_tree

import iomparse
from iomparse.model import Table
from iomparse.paths import walk
from iomparse.source import Line
from iomparse.table_headings import headings_over_rows

COVER = "MC/EX/701\nOriginal: English\n3 May 2009\n\nEXECUTIVE COMMITTEE\n107th Session\n\nSTATUS REPORT\n\n"


def _tables(text: str) -> list[Table]:
    return [block for _, block in walk(iomparse.parse(text)) if isinstance(block, Table)]


def _columns_table(caption: str, headings: str, labels: list[str], columns: list[list[str]]) -> str:
    """A page whose table pdftotext printed column after column (the labels, then each column's figures),
    its headings apart above, under its caption."""
    blocks = "\n\n".join("\n".join(block) for block in [labels, *columns])
    return (
        COVER
        + "\fMC/EX/701\nPage 2\n\n4.\nThe amounts still due at the end of the period are shown below.\n"
        + f"{caption}\n{headings}\n\n{blocks}\n\n5.\nThe Committee is invited to take note of the report.\n"
    )


def test_headings_apart_under_a_caption_become_the_tables_heading_row():
    """``Period of`` / ``assessment`` heads the labels' column (it wraps where the labels are narrower than
    it), then one heading per column of figures: the table takes the caption and a row of four headings."""
    text = _columns_table(
        "Arrears by period of assessment (in Swiss francs)",
        "Period of\nassessment\n\nStates\nconcerned\n\nAmount\ndue\n\nShare\nof total",
        ["1998 and prior", "1999", "2000", "2001"],
        [["3", "6", "4", "11"], ["402,611", "1,204,330", "982,100", "3,401,912"], ["6.7", "20.1", "16.4", "56.8"]],
    )
    (table,) = _tables(text)
    assert table.caption == "Arrears by period of assessment (in Swiss francs)"
    assert table.cells[0] == ("Period of assessment", "States concerned", "Amount due", "Share of total")
    assert [row for row in table.cells if row][1] == ("1998 and prior", "3", "402,611", "6.7")  # (the rule: ())
    assert diagnostic_codes(iomparse.parse(text))["table-headings-apart"] == "info", "told by counting: said"


def test_headings_as_many_as_the_figures_columns_leave_the_labels_column_unheaded():
    text = _columns_table(
        "Table 2: Arrears by region (in Swiss francs)",
        "States\nconcerned\n\nAmount\ndue\n\nShare\nof total",
        ["Africa", "Americas", "Asia", "Europe"],
        [["3", "6", "4", "11"], ["402,611", "1,204,330", "982,100", "3,401,912"], ["6.7", "20.1", "16.4", "56.8"]],
    )
    (table,) = _tables(text)
    assert table.caption == "Table 2: Arrears by region (in Swiss francs)"
    assert table.cells[0] == ("", "States concerned", "Amount due", "Share of total")
    assert [row[0] for row in table.cells[1:] if row] == ["Africa", "Americas", "Asia", "Europe"]


def _pipe_page(headings: list[list[str]], rows: list[tuple[str, ...]]) -> list[Line]:
    """A page as the column readers leave it: a caption, headings apart, a blank line, Markdown rows."""
    texts = ["Table 1: Outstanding contributions (in Swiss francs)"]
    for heading in headings:
        texts += [*heading, ""]
    texts += ["| " + " | ".join(row) + " |" for row in rows]
    return [Line(number, text, 2) for number, text in enumerate(texts, start=10)]


ROWS = [
    ("Republic of Examplestan", "48,731", "4,917", "53,648"),
    ("Democratic Federated States of Nowhere", "29,504", "4,917", "34,421"),
    ("Kingdom of Elsewhere", "36,208", "9,834", "46,042"),
]


def test_headings_as_many_as_the_columns_put_the_first_over_the_labels():
    page = _pipe_page([["Member State"], ["Amount", "due"], ["Payments", "received"], ["Total", "due"]], ROWS)
    notes: list = []
    laid = [line.text for line in headings_over_rows(page, notes) if line.text]
    assert laid[1:3] == ["| Member State | Amount due | Payments received | Total due |", "| --- | --- | --- | --- |"]
    assert [note.code for note in notes] == ["table-headings-apart"]


def test_a_first_heading_wrapped_narrower_than_the_labels_is_no_labels_heading():
    """Four headings over a label and three figures a row, the first wrapped at a figure column's width: a
    column empty in every row (a dash pdftotext did not print) is the likelier reading, so the headings are
    not laid out over the wrong columns."""
    page = _pipe_page([["Outstanding", "from earlier", "years"], ["Amount", "due"], ["Payments"], ["Total"]], ROWS)
    assert headings_over_rows(page, []) is page


def test_a_statements_notes_column_is_no_labels_heading():
    page = _pipe_page([["Notes"], ["Amount", "due"], ["Payments"], ["Total"]], ROWS)
    assert headings_over_rows(page, []) is page


def test_a_headings_unit_under_its_words_is_no_caption():
    """``Expenditure`` / ``(USD thousand)`` and ``2009 (estimate)`` are headings, not a caption's unit: the
    headings go on the table's first row, and the numbered caption right under the paragraph goes to the
    table (not on as the paragraph's last line)."""
    text = (
        COVER
        + "\fMC/EX/701\nPage 2\n\n4.\nThe projects active in the year are shown below by region.\n"
        + "Table 3. Projects by region, 2008–2009\nRegion\n\nProjects\n\n2009 (estimate)\n\nExpenditure\n"
        + "(USD thousand)\n\n"
        + "\n\n".join(
            "\n\n".join(row)
            for row in [
                ("Africa", "38", "41", "14,260"),
                ("Asia", "24", "25", "6,915"),
                ("Europe", "31", "30", "9,480"),
            ]
        )
        + "\n\n5.\nThe Committee is invited to take note of the report.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 3. Projects by region, 2008–2009"
    assert table.cells[0] == ("Region", "Projects", "2009 (estimate)", "Expenditure (USD thousand)")
    paragraph = next(block for _, block in walk(document) if getattr(block, "num", None) == "4")
    assert "Table 3" not in iomparse.model.inline_text(paragraph.content)


def test_headings_over_rows_not_laid_out_in_columns_lose_no_word():
    """Rows whose cells are set off by uneven spaces cannot be told into the headings' columns: their figures
    are kept whole (no space put inside ``1,204,330`` to widen a column)."""
    text = (
        COVER
        + "\fMC/EX/701\nPage 2\n\n4.\nThe amounts still due are shown below.\n"
        + "Arrears by period (in Swiss francs)\nPeriod of\nassessment\n\nStates\nconcerned\n\nAmount due\n\n"
        + "1998 and prior      3      402,611\n1999      6      1,204,330\n2000      4      982,100\n"
        + "\n\n5.\nThe Committee is invited to take note of the report.\n"
    )
    document = iomparse.parse(text)
    assert words_in_text(text) == words_in_tree(document)
    assert "table-headings-apart" not in diagnostic_codes(document)


def test_a_numbered_caption_over_its_unit_stays_whole():
    """``Table 3: …`` / ``(in US dollars)`` right over a table printed a cell a line: the numbered caption is
    not set apart from the unit under it (the blank line goes above a numbered caption, under a paragraph):
    the unit is the caption's second line."""
    rows = "\n".join("\n".join(row) for row in [("Africa", "38", "41", "14,260"), ("Asia", "24", "25", "6,915")])
    text = (
        COVER
        + "\fMC/EX/701\nPage 2\n\n4.\nThe projects active in the year are shown below by region.\n\n"
        + f"Table 3: Projects by region\n(in US dollars)\n{rows}\n\n5.\nThe Committee is invited to take note.\n"
    )
    (table,) = _tables(text)
    assert table.caption == "Table 3: Projects by region (in US dollars)"


def test_a_captions_wrapped_end_is_no_column_heading():
    page = [
        Line(number, text, 2)
        for number, text in enumerate(
            [
                "Table 1: Active projects linked to the Strategy,",
                "by region (as at 30 June 2024)",
                "Region",
                "",
                "Number of",
                "projects",
                "",
                "Budget",
                "",
                "| Africa | 48 | 131.2 |",
                "| Asia | 41 | 104.7 |",
            ],
            start=10,
        )
    ]
    assert headings_over_rows(page, []) is page
