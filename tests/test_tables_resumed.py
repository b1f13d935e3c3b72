"""A table the reading-order steps left in pieces is read as one table (`iomparse.lexer.resumed`).

The pass is tested on logical lines as the lexer hands them over (a table's pieces, what lies between), and
on two corpus documents whose tables pdftotext printed column by column without ``-layout``.
"""

from __future__ import annotations

from pathlib import Path

from conftest import diagnostic_codes, tables_of

import iomparse
from iomparse.lexer import LogicalLine
from iomparse.lexer.resumed import captions_apart, join_resumed_tables

CORPUS = Path(__file__).parent / "corpus"


def _line(kind: str, text: str, start: int, page: int, label: str | None = None) -> LogicalLine:
    raw = [*([label] if label else []), *text.split("\n")]
    numbers = list(range(start, start + len(raw)))
    return LogicalLine(kind, text, start, numbers[-1], page, label, raw, numbers=numbers)


def test_pieces_with_figures_between_are_one_table_and_a_warning_says_the_figures_fit_no_row():
    flow = [
        _line("TABLE", "Angola   4,586\nBenin   9,172", 10, 3, "(in Swiss francs)"),
        _line("TEXT", "61,402 11,804 402,118 36,275 52,611", 14, 3),
        _line("TABLE", "Togo   4,586\nYemen   27,517", 30, 4),
        _line("PARA", "The Standing Committee is invited to take note.", 40, 4, "11"),
    ]
    joined, notes = join_resumed_tables(flow)
    assert [line.kind for line in joined] == ["TABLE", "PARA"]
    table = joined[0]
    assert table.raw == ["(in Swiss francs)", "Angola   4,586", "Benin   9,172", *flow[1].raw, *flow[2].raw]
    assert (table.start, table.end, table.label) == (10, 31, "(in Swiss francs)")
    (note,) = notes
    assert (note.severity, note.code, note.line) == ("warning", "table-resumed", 30)
    assert "5 figure(s)" in note.message


def test_a_title_marked_continued_and_the_headings_again_lead_to_the_same_table():
    flow = [
        _line("TABLE", "Afghanistan   2,146\nAlbania   4,293", 10, 6, "(in Swiss francs)"),
        _line("CAPS", "SCHEDULE 1 (continued) ASSESSED CONTRIBUTIONS OUTSTANDING", 20, 7),
        _line("TEXT", "(in Swiss francs) 2009 and prior years 2010", 22, 7),
        _line("TABLE", "Mongolia   4,293\nZimbabwe   21,465", 24, 7, "Total"),
    ]
    joined, notes = join_resumed_tables(flow)
    assert [line.kind for line in joined] == ["TABLE"]
    assert joined[0].raw[-3:] == ["Total", "Mongolia   4,293", "Zimbabwe   21,465"], "nothing dropped"
    assert [(note.severity, note.code) for note in notes] == [("info", "table-resumed")]


def test_what_separates_two_tables_keeps_them_two():
    table = _line("TABLE", "Angola   4,586", 10, 3)
    separated_by = [
        _line("TEXT", "The figures below are those of the second half of the year.", 20, 3),  # a sentence
        _line("CAPS", "STATEMENT OF FINANCIAL PERFORMANCE", 20, 3),  # a title in capitals
        _line("TEXT", "Statement II STATEMENT OF FINANCIAL PERFORMANCE for the year", 20, 3),  # a statement's label
        _line("HEADING_3", "Budget by region", 20, 3, "B"),  # a heading
    ]
    for between in separated_by:
        flow = [table, between, _line("TABLE", "Africa   35,980", 22, 3)]
        joined, notes = join_resumed_tables(flow)
        assert [line.kind for line in joined] == ["TABLE", between.kind, "TABLE"], between.text
        assert notes == []


def test_a_table_with_a_caption_of_its_own_or_far_away_or_right_under_is_another_table():
    first = _line("TABLE", "Angola   4,586", 10, 3, "(in Swiss francs)")
    figures = _line("TEXT", "61,402 11,804 402,118 36,275", 14, 3)
    for second in (
        _line("TABLE", "Africa   35,980", 30, 3, "Table 4 – Operational Part of the Budget by region"),
        _line("TABLE", "Africa   35,980", 30, 5),  # two pages on
    ):
        joined, _ = join_resumed_tables([first, figures, second])
        assert [line.kind for line in joined] == ["TABLE", "TEXT", "TABLE"]
    joined, _ = join_resumed_tables([first, _line("TABLE", "Africa   35,980", 12, 3)])
    assert len(joined) == 2, "two tables a blank line apart on one page stay two, as printed"


def test_rows_right_under_the_headings_a_piece_ends_with_go_on_with_it():
    """pdftotext printed a schedule's headings again over its rows on the next page, the headings read as a
    piece of the table: the rows a blank line under them are its rows."""
    flow = [
        _line("TABLE", "Argentina   152,340\nBenin   24,502", 10, 6, "(in Swiss francs)"),
        _line("TEXT", "SCHEDULE 1 (cont'd) (in Swiss francs) Outstanding at", 20, 7),
        _line("TABLE", "Assessed   Contributions\ncontributions   received\nfor 2007   in 2007", 22, 7),
        _line("TABLE", "Honduras   14,290\nYemen   8,168", 26, 7),
    ]
    joined, _ = join_resumed_tables(flow)
    assert [line.kind for line in joined] == ["TABLE"]
    assert joined[0].raw[-2:] == ["Honduras   14,290", "Yemen   8,168"]


def test_labels_and_figures_a_cell_a_line_between_two_pieces_are_left_between_them():
    flow = [
        _line("TABLE", "Assessed contributions   37,865,266", 10, 5, "(in US dollars)"),
        _line("TEXT", "7\nGeneral operating costs\nTransportation of migrants\n8\n145,900\n212,640", 12, 5),
        _line("TABLE", "Excess (shortfall) for the year   60,684", 20, 5),
    ]
    joined, notes = join_resumed_tables(flow)
    assert [line.kind for line in joined] == ["TABLE"]
    assert [note.code for note in notes] == ["table-resumed"]


def test_a_schedule_continued_over_a_page_in_pdftotexts_plain_text_is_one_table():
    """Schedule 1 of a financial report, its Member States over two pages, each page's columns printed
    apart: one table from Afghanistan to Zimbabwe, and the document says it was read in pieces."""
    document = iomparse.parse((CORPUS / "financial-report-2011.plain.txt").read_text(encoding="utf-8"))
    (schedule,) = [table for table in tables_of(document) if table.caption == "(in Swiss francs)"]
    labels = [row[0] for row in schedule.cells if row]
    assert "Afghanistan" in labels and "Zimbabwe" in labels
    assert diagnostic_codes(document)["table-resumed"] == "warning"


def test_a_scale_whose_figures_fit_no_row_between_its_pages_is_one_table():
    document = iomparse.parse((CORPUS / "scale-of-assessment-2006.plain.txt").read_text(encoding="utf-8"))
    (scale,) = tables_of(document)
    labels = [row[0] for row in scale.cells if row]
    assert labels.index("Albania") < labels.index("Kyrgyzstan") < labels.index("Zimbabwe")


def test_a_piece_under_the_first_pieces_caption_again_or_a_heading_printed_between_goes_on_with_it():
    """Each page's labels under ``Member State`` again, taken for their caption; or a column's heading
    printed again between the pieces taken for the next piece's caption: one table."""
    first = _line("TABLE", "Afghanistan   0.006\nAlbania   0.008", 10, 4, "Member State")
    headings = _line("TEXT", "United Nations\nscale 2022-2024\n(%)\nIOM scale\n2024\n(%)", 20, 5)
    second = _line("TABLE", "Georgia   0.008\nGermany   6.111", 30, 5, "United Nations scale 2022-2024")
    third = _line("TABLE", "Papua New Guinea   0.010\nZimbabwe   0.007", 40, 6, "Member State")
    joined, notes = join_resumed_tables([first, headings, second, third])
    assert [line.kind for line in joined] == ["TABLE"]
    assert [note.severity for note in notes] == ["info", "info"]
    other = _line("TABLE", "Africa   35,980", 30, 5, "(in US dollars)")
    joined, _ = join_resumed_tables([first, headings, other])
    assert len(joined) == 3, "a caption of its own, printed nowhere between: another table"


def test_a_heading_or_a_sentence_starting_with_total_between_two_tables_on_a_page_keeps_them_two():
    first = _line("TABLE", "Staff costs   4,586,000\nTotal   4,600,000", 8, 2, "(in Swiss francs)")
    for between in (
        _line("TEXT", "Operational Part of the Budget", 13, 2),  # a heading, not yet read as one
        _line("TEXT", "Field offices", 13, 2),
        _line("TEXT", "Total expenditure rose by 4 per cent over the year, as the second table sets out below", 13, 2),
    ):
        second = _line("TABLE", "Staff costs   9,586,000\nTotal   9,600,000", 16, 2, "(in Swiss francs)")
        joined, notes = join_resumed_tables([first, between, second])
        assert len(joined) == 3, between.text
        assert notes == []


def test_a_numbered_caption_printed_apart_over_the_columns_headings_goes_over_its_table():
    """pdfminer: ``Table 2: Offices by region …`` over the columns' headings, read as one text, then the rows
    laid out with no caption: the caption (its unit's line with it) goes over the table, the headings stay
    text, and it is said; a table with a caption of its own, or a caption marked (cont'd), is left alone."""
    flow = [
        _line("PARA", "The network of offices is shown below.", 8, 2, "1"),
        _line("TEXT", "Table 2: Offices by region, 2009 and 2010\n(in numbers of offices)\nRegion 2009 2010", 10, 2),
        _line("TABLE", "Africa   61   64\nAsia   52   55", 14, 2),
        _line("PARA", "The network grew most in Africa.", 20, 2, "2"),
    ]
    joined, notes = captions_apart(flow)
    assert [line.kind for line in joined] == ["PARA", "TEXT", "TABLE", "PARA"]
    table = joined[2]
    assert table.label == "Table 2: Offices by region, 2009 and 2010 (in numbers of offices)"
    assert table.raw == [table.label, "Africa   61   64", "Asia   52   55"]
    assert (table.start, joined[1].raw, joined[1].start) == (10, ["Region 2009 2010"], 12)
    assert [(note.severity, note.code, note.line) for note in notes] == [("info", "table-caption-apart", 10)]
    captioned = [flow[1], _line("TABLE", "Africa   61   64", 14, 2, "(in numbers)")]
    assert captions_apart(captioned) == (captioned, [])
    misread = [_line("TEXT", "Table 3: Staff by grade", 30, 3), _line("TABLE", "D-1   4\nP-5   9", 32, 3, "Grade")]
    (table,), _ = captions_apart(misread)  # a column's heading taken for the caption: its first row's, again
    assert (table.label, table.raw) == (
        "Table 3: Staff by grade",
        ["Table 3: Staff by grade", "Grade", "D-1   4", "P-5   9"],
    )
    again = [_line("TEXT", "Table 2 (cont'd): Offices by region", 10, 3), _line("TABLE", "Asia   52   55", 12, 3)]
    assert captions_apart(again)[1] == []
