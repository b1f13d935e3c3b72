"""Tables of words printed without ``-layout`` (`iomparse.word_tables`).

Each case is worded apart from the corpus: a table as pdftotext prints it, its cells a block each, row after
row or column after column. The rows are read when the text tells them; a table of figures, or a list that
only looks like one, is left to the steps that read those.
"""

from __future__ import annotations

from conftest import diagnostic_codes, table_rows_of, tables_of

import iomparse


def test_a_list_of_documents_printed_a_cell_a_block_is_read_row_after_row():
    """A documents column of symbols, a subject column of words wrapping onto a second line, and the
    heading of the first column glued under the paragraph above, as pdftotext prints it."""
    text = (
        "3.\nThe Standing Committee will have the documents below before it.\n"
        "Document\n\nSubject\n\nSubmitted by\n\n"
        "S/35/4\n\nRevised Programme and Budget\n\nthe Administration\n\n"
        "S/35/7\n\nReport of the Audit and Oversight\nAdvisory Committee\n\nthe Committee's Chairperson\n\n"
        "S/35/9\n\nHuman resources update\n\nthe Administration\n\n"
        "4.\nThe documents are available on the governing bodies' website.\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Document", "Subject", "Submitted by"),
        ("S/35/4", "Revised Programme and Budget", "the Administration"),
        ("S/35/7", "Report of the Audit and Oversight Advisory Committee", "the Committee's Chairperson"),
        ("S/35/9", "Human resources update", "the Administration"),
    ]
    assert [p.num for p in document.body if hasattr(p, "num")] == ["3", "4"]
    assert diagnostic_codes(document)["table-read-by-cells"] == "info"


def test_a_timetable_whose_days_are_named_by_weekday_is_read_by_its_column_of_days():
    """A timetable of meetings, a cell a block: its days named by weekday (``Thursday, 2 December``, the year
    left out, or ``Friday, 3 December 2027``) are its one column of dates; times and items are numbers both,
    so they tell no rows."""
    text = (
        "ANNEX\n\nPROVISIONAL TIMETABLE\n\n"
        "Meeting\n\nDate\n\nTime\n\nItems\n\n"
        "Opening meeting\n\nThursday, 2 December\n\n9.30 a.m.–12.30 p.m.\n\n1 to 4\n\n"
        "Afternoon meeting\n\nThursday, 2 December\n\n2.30–5.30 p.m.\n\n5 and 6\n\n"
        "Closing meeting\n\nFriday, 3 December 2027\n\n9.30 a.m.–1 p.m.\n\n7 (cont’d) to 9\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert rows[0] == ("Meeting", "Date", "Time", "Items")
    assert rows[1:] == [
        ("Opening meeting", "Thursday, 2 December", "9.30 a.m.–12.30 p.m.", "1 to 4"),
        ("Afternoon meeting", "Thursday, 2 December", "2.30–5.30 p.m.", "5 and 6"),
        ("Closing meeting", "Friday, 3 December 2027", "9.30 a.m.–1 p.m.", "7 (cont’d) to 9"),
    ]


def test_days_named_by_weekday_beside_symbols_are_words_where_the_symbols_tell_the_rows():
    """Issue dates named by weekday beside document symbols: the symbols are the column of one shape, the days
    the words (read as dates, the days would leave no column of words and no table)."""
    text = (
        "1. The documents will be issued as follows.\n\nIssue date\n\nDocument\n\n"
        "Monday, 3 May 2040\n\nS/40/2\n\nMonday, 7 June 2040\n\nS/40/3\n\nFriday, 2 July 2040\n\nS/40/4\n\n"
        "Further information will follow.\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert rows[1:] == [
        ("Monday, 3 May 2040", "S/40/2"),
        ("Monday, 7 June 2040", "S/40/3"),
        ("Friday, 2 July 2040", "S/40/4"),
    ]


def test_a_calendar_printed_a_cell_a_block_is_read_by_its_column_of_dates():
    text = (
        "ANNEX\n\nCALENDAR OF CONSULTATIONS\n\n"
        "Date\n\nTopic\n\n"
        "3 March 2021\n\nOpening of the consultations\n\n"
        "14 April 2021\n\nLabour mobility and skills\n\n"
        "9 June 2021\n\nClosing session and summary\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert rows[1:] == [
        ("3 March 2021", "Opening of the consultations"),
        ("14 April 2021", "Labour mobility and skills"),
        ("9 June 2021", "Closing session and summary"),
    ]


def test_a_column_headed_by_an_abbreviation_ending_in_a_full_stop_is_read():
    """``Resolution No.`` heads a column: its full stop is the abbreviation's, not a sentence's end."""
    text = (
        "ANNEX\n\nRESOLUTIONS ADOPTED AT THE SESSION\n\nResolution No.\n\nSubject\n\nAdopted on\n\n"
        "1401\n\nBudget for 2029\n\n3 December 2028\n\n"
        "1402\n\nAdmission of a new Member\nof the Organization\n\n3 December 2028\n\n"
        "1403\n\nDate of the next session\n\n4 December 2028\n"
    )
    assert table_rows_of(iomparse.parse(text)) == [
        ("Resolution No.", "Subject", "Adopted on"),
        ("1401", "Budget for 2029", "3 December 2028"),
        ("1402", "Admission of a new Member of the Organization", "3 December 2028"),
        ("1403", "Date of the next session", "4 December 2028"),
    ]


def test_cells_printed_out_of_their_rows_are_read_by_what_each_column_holds():
    """pdfminer printed the cells of two columns as pairs, then the third column apart: each column holds one
    shape of cell (symbols, words, numbers), in its rows from top to bottom, so the n-th of each makes the
    n-th row, and the document says that the reading rests on that."""
    text = (
        "Papers before the Committee\n\nSymbol\n\nSubject\n\nItem\n\n"
        "S/35/4\n\nRevised Programme and Budget\n\nS/35/7\n\nAudit and oversight\n\n"
        "S/35/9\n\nHuman resources update\n\n3\n\n4\n\n6\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Symbol", "Subject", "Item"),
        ("S/35/4", "Revised Programme and Budget", "3"),
        ("S/35/7", "Audit and oversight", "4"),
        ("S/35/9", "Human resources update", "6"),
    ]
    assert diagnostic_codes(document)["table-read-by-shapes"] == "info"


def test_two_columns_of_words_printed_one_after_the_other_are_read_by_the_column_of_dates_between():
    """pdfminer printed a timetable column after column, a cell a block: the tasks, the quarters, then the
    states; the column of quarters between the two columns of words tells where each ends."""
    text = (
        "Annex\n\nTIMETABLE\n\nTask\n\nDue\n\nProgress\n\n"
        "Drafting of the evaluation charter by the Office\n\nConsultation of the regional offices\n\n"
        "Adoption of the charter by the Director General\n\n"
        "Q2 2024\n\nQ4 2024\n\nQ1 2025\n\nDone\n\nUnder way\n\nPlanned\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert rows == [
        ("Task", "Due", "Progress"),
        ("Drafting of the evaluation charter by the Office", "Q2 2024", "Done"),
        ("Consultation of the regional offices", "Q4 2024", "Under way"),
        ("Adoption of the charter by the Director General", "Q1 2025", "Planned"),
    ]


def test_two_columns_of_words_whose_cells_take_turns_make_no_table():
    """The tasks and the states printed in turns, the quarters apart: the words of two columns cannot be told
    apart by what they hold, so no rows are read and the cells stay text."""
    text = (
        "Annex\n\nTIMETABLE\n\nTask\n\nDue\n\nProgress\n\n"
        "Drafting of the evaluation charter by the Office\n\nDone\n\nConsultation of the regional offices\n\n"
        "Under way\n\nAdoption of the charter by the Director General\n\nPlanned\n\n"
        "Q2 2024\n\nQ4 2024\n\nQ1 2025\n"
    )
    document = iomparse.parse(text)
    assert tables_of(document) == []
    assert "Under way" in iomparse.to_text(document)


def test_labels_printed_apart_from_their_items_make_no_table():
    """A list whose labels pdftotext printed apart: numbered lines, not cells of words."""
    text = (
        "AGENDA\n\nMeetings\n\nOpening\n\n"
        "1.\n\nAdoption of the agenda\n\n2.\n\nElection of officers\n\n3.\n\nClosure of the session\n"
    )
    assert tables_of(iomparse.parse(text)) == []


def test_a_table_printed_a_column_a_block_is_read_row_after_row():
    text = (
        "Annex II\n\nLIAISON OFFICES OPENED SINCE 2015\n"
        "The offices below report to the Regional Office concerned.\n"
        "Office\n\nRegion\n\nOpened\n\n"
        "Addis Ababa\nNew York\nBrussels\nCanberra\n\n"
        "East and Horn of Africa\nNorth America\nEuropean Economic Area\nAsia and the Pacific\n\n"
        "2015\n2016\n2016\n2019\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Office", "Region", "Opened"),
        ("Addis Ababa", "East and Horn of Africa", "2015"),
        ("New York", "North America", "2016"),
        ("Brussels", "European Economic Area", "2016"),
        ("Canberra", "Asia and the Pacific", "2019"),
    ]
    assert diagnostic_codes(document)["table-read-by-columns"] == "info"


def test_headings_printed_as_one_line_over_two_columns_are_kept_and_the_document_says_so():
    """``Year Status`` heads two columns, printed on one line over the first: its text is kept whole on the
    first column, the second's heading is left empty, and a warning says that the headings could not be told
    apart."""
    text = (
        "Programme\n\nPartner\n\n"
        "Return of qualified nationals\nLabour mobility\nBorder management\n\n"
        "UNDP\nILO\nEuropean Union\n\n"
        "Year Status\n2012\n2014\n2017\n\n"
        "Closed\nOngoing\nOngoing\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Programme", "Partner", "Year Status", ""),
        ("Return of qualified nationals", "UNDP", "2012", "Closed"),
        ("Labour mobility", "ILO", "2014", "Ongoing"),
        ("Border management", "European Union", "2017", "Ongoing"),
    ]
    assert diagnostic_codes(document)["table-headings-run-together"] == "warning"


def test_a_cell_on_one_line_may_be_as_wide_as_the_text_but_a_wrapped_one_is_narrower():
    """A list of documents: the title column is wide, a title fills a line of its own (83 characters)."""
    text = (
        "ANNEX\n\nDOCUMENTS BEFORE THE COMMITTEE\nSymbol\n\nTitle\n\n"
        "S/29/2\n\nProvisional agenda\n\n"
        "S/29/6\n\nReport on budget reform: options for the funding of the core structure, 2022 to 2024\n\n"
        "S/29/9\n\nUpdate on the review of Operational Support Income\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert [row[0] for row in rows] == ["Symbol", "S/29/2", "S/29/6", "S/29/9"]


def test_cells_out_of_their_rows_under_column_headings_are_kept_as_text_with_a_warning():
    """pdfminer printed two columns' cells in pairs and the dates apart, one date short of the subjects: no
    rows can be told, the cells stay text, and a warning says that a table was left unread."""
    text = (
        "4.\nThe working group met as shown below.\n\n"
        "Date\n\nSubject\n\n12 March 2020\n\nTerms of reference\n\nCost recovery\n\n"
        "4 May 2020\n\nConclusions\n\nThe Chair closed the series.\n"
    )
    document = iomparse.parse(text)
    assert tables_of(document) == []
    assert diagnostic_codes(document)["table-cells-unread"] == "warning"
    assert "Cost recovery" in iomparse.to_text(document)


def test_a_timetable_of_quarters_is_read_by_its_column_of_quarters():
    text = (
        "ANNEX\n\nMILESTONES\nThe milestones are shown below.\nMilestone\n\nTarget date\n\n"
        "Revised audit charter\n\nQ1 2023\n\nRisk register for all offices\n\nQ3 2023\n\n"
        "Review of the evaluation policy\n\nQ2 2024\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert rows[1:] == [
        ("Revised audit charter", "Q1 2023"),
        ("Risk register for all offices", "Q3 2023"),
        ("Review of the evaluation policy", "Q2 2024"),
    ]


def test_a_table_of_figures_printed_a_cell_a_block_is_no_table_of_words():
    """pdfminer printed a table of figures box by box: the row labels, the columns' headings, then the
    figures column after column. Amounts are left to the steps that read tables of figures: read by what the
    cells hold, the labels would fall in two columns and a figure under a label. Those steps read its rows,
    each column's figures placed by its total (the sum of the others: `iomparse.column_blocks`)."""
    text = (
        "Table 1. Administrative Part of the Budget by object\n\nSalaries\n\nTravel\n\n"
        "Communications and information technology\n\nContractual services\n\nMeetings of the governing bodies\n\n"
        "Total\n\n2023 Budget\n\n2024 Budget\n\n"
        "41,986,000\n\n705,000\n\n3,512,000\n\n1,297,000\n\n1,649,000\n\n49,149,000\n\n"
        "43,702,000\n\n741,000\n\n3,540,000\n\n1,312,000\n\n1,739,000\n\n51,034,000\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells[1:]] == [
        "Salaries",
        "Travel",
        "Communications and information technology",
        "Contractual services",
        "Meetings of the governing bodies",
        "Total",
    ], "one label a row, in one column"
    assert table.cells[0] == ("", "2023 Budget", "2024 Budget")
    assert table.cells[1] == ("Salaries", "41,986,000", "43,702,000")
    assert diagnostic_codes(document)["table-boxes-summed"] == "info"


def test_a_wide_cell_whose_last_words_wrapped_onto_a_short_line_is_one_cell():
    """A subject wider than a narrow column's wrap (most of the page's width, its last word on a line of its
    own) is still one cell of its row."""
    text = (
        "ANNEX\n\nDOCUMENTS BEFORE THE COMMITTEE\nSymbol\n\nTitle\n\n"
        "S/44/1\n\nProvisional agenda\n\n"
        "S/44/3\n\nStatus report on outstanding contributions to the Administrative Part of the\nBudget\n\n"
        "S/44/6\n\nReport on the implementation of the internal governance framework\n\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Symbol", "Title"),
        ("S/44/1", "Provisional agenda"),
        ("S/44/3", "Status report on outstanding contributions to the Administrative Part of the Budget"),
        ("S/44/6", "Report on the implementation of the internal governance framework"),
    ]


def test_a_table_of_targets_by_their_codes_printed_a_cell_a_block_is_read_row_after_row():
    """``Target`` / ``Subject`` / ``Goal`` over ``5.2`` / ``Elimination of …`` / ``5 – Gender equality``: a
    code (``5.2``, ``4.b``) is a cell of one shape in every row, no list's label, and a goal named after its
    number is words; the rows are read, and none becomes a heading numbered ``5.2``."""
    text = (
        "6.\nThe targets below name migration.\nTable 1. Targets that name migration\nTarget\n\n"
        "Subject of the target\n\nGoal\n\n"
        "4.b\n\nScholarships for study abroad\n\n4 – Quality education\n\n"
        "5.2\n\nElimination of trafficking of women\n\n5 – Gender equality\n\n"
        "10.7\n\nWell-managed migration policies\n\n10 – Reduced inequalities\n\n"
        "7.\nThe indicators are reviewed each year.\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Target", "Subject of the target", "Goal"),
        ("4.b", "Scholarships for study abroad", "4 – Quality education"),
        ("5.2", "Elimination of trafficking of women", "5 – Gender equality"),
        ("10.7", "Well-managed migration policies", "10 – Reduced inequalities"),
    ]
    assert not [b for b in document.body if isinstance(b, iomparse.Section)]


def test_the_last_labels_of_a_list_printed_a_box_each_are_no_headings_of_the_blocks_after_them():
    """pdfminer prints a table of figures a box a cell: the labels one a box, then the columns' headings (a
    block of three lines each), then the figures. The last four labels are no row of a table of words whose
    columns are the headings' blocks: they end the labels, which are the table's rows."""
    labels = ["Member State", "Austria", "Belgium", "Canada", "Denmark", "Estonia", "Finland", "Greece"]
    heads = "Owed at\n1 January\n2029\n\nAssessed\ncontributions\nfor 2029\n\nPayments\nreceived\nin 2029"
    heads += "\n\nOwed at\n31 December\n2029"
    figures = ["1,200", "800", "450", "-", "2,000", "310", "95", "1,200", "800", "400", "2,000", "300", "50", "45"]
    text = (
        "SCHEDULE 2\n\nCONTRIBUTIONS OUTSTANDING BY MEMBER STATE IN 2029\n\n(in Swiss francs)\n\n"
        + "\n\n".join(labels)
        + "\n\n"
        + heads
        + "\n\n"
        + "\n\n".join(figures)
        + "\n\n4.\nMost arrears were paid.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells if row] == labels
    assert "table-read-by-columns" not in diagnostic_codes(document)


def test_a_table_of_words_with_two_columns_of_figures_is_read_when_every_row_is_shaped_alike():
    """Outcomes and indicators in words beside a baseline and a target in figures, a cell a block, its
    headings holding a year (``Baseline (2018)``): no column's shape is its own (two of figures), but every row
    prints words, words, figure, figure, as a cell missing would not leave them."""
    rows = [
        ("Offices are staffed", "Share of posts filled within six months", "58%", "85%"),
        ("Data are shared", "Number of datasets published each year", "4", "20"),
        ("Staff are trained", "Number of staff certified in the course", "0", "120"),
    ]
    cells = "".join(f"{label}\n\n{indicator}\n\n{base}\n\n{target}\n\n" for label, indicator, base, target in rows)
    text = (
        "5.\nProgress will be measured against the indicators below.\n"
        "Outcome\n\nIndicator\n\nBaseline\n(2018)\n\nTarget (2022)\n\n"
        + cells
        + "6.\nThe indicators will be reviewed.\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [("Outcome", "Indicator", "Baseline (2018)", "Target (2022)"), *rows]
    assert diagnostic_codes(document)["table-read-by-cells"] == "info"


def test_a_table_of_one_column_of_words_and_figures_is_read_as_a_table_of_figures():
    """Labels beside two columns of figures, a cell a block: the rows alike are no evidence of a table of words
    here (one column of words), and the table is read as the figures' reader reads it."""
    rows = [("Mali", "12", "14"), ("Peru", "8", "9"), ("Chad", "3", "5")]
    cells = "".join(f"{name}\n\n{a}\n\n{b}\n\n" for name, a, b in rows)
    text = "5.\nThe amounts are shown below.\nCountry\n\nOpening\n\nClosing\n\n" + cells + "6.\nThey are final.\n"
    assert table_rows_of(iomparse.parse(text)) == [("Country", "Opening", "Closing"), *rows]
