"""Tables laid out with spaces (`iomparse.lexer.tables`): rows a blank line apart, headings over them, and
the caption above them.

Each case is worded apart from the corpus, as ``pdftotext -layout`` prints such a table.
"""

from __future__ import annotations

from conftest import table_rows_of, tables_of

import iomparse


def test_layout_rows_a_blank_line_apart_are_one_table_under_their_headings():
    """``-layout`` text of a table whose rows stand a blank line apart, a heading wrapped onto a second line
    and a cell wrapped under its row: one table, the headings its first row."""
    text = (
        "                                                                          S/32/8\n"
        "                                                                Original: English\n"
        "                                                                   3 October 2022\n\n"
        "STANDING COMMITTEE ON PROGRAMMES AND FINANCE\nThirty-first Session\n\n"
        "                         REPORT ON FIELD VISITS\n\n"
        "4.  Members of the Committee visited three countries.\n\n"
        "5.  The visits below took place in 2022.\n\n"
        "Country              Purpose of the visit                       Follow-up\n"
        "                                                                report\n\n"
        "Ecuador              Assessment of the return programme        S/31/12\n\n"
        "Niger                Review of the migrant resource centre      S/31/13\n"
        "                     in Agadez\n\n"
        "Viet Nam             Labour migration dialogue                  S/32/5\n\n"
        "6.  The reports were welcomed.\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Country", "Purpose of the visit", "Follow-up report"),
        ("Ecuador", "Assessment of the return programme", "S/31/12"),
        ("Niger", "Review of the migrant resource centre in Agadez", "S/31/13"),
        ("Viet Nam", "Labour migration dialogue", "S/32/5"),
    ]
    assert [p.num for p in document.body if hasattr(p, "num")] == ["4", "5", "6"]


def test_layout_lines_a_blank_line_apart_whose_cells_do_not_align_are_not_one_table():
    text = (
        "Country              Amount        Paid\n"
        "Chile                1,200         300\n"
        "Peru                 2,000         450\n\n"
        "Note:   figures   rounded   to   the   nearest   franc   2021\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert len(table.rows) == 3


def test_a_title_under_an_annex_label_is_no_caption_of_the_table_under_it():
    text = (
        "Annex\n\nPARTICIPANTS IN THE CONSULTATIONS\n\n"
        "Country        Delegates        Observers\n"
        "Chile          3                1\n"
        "Peru           2                0\n"
    )
    document = iomparse.parse(text)
    (annex,) = document.annexes
    (table,) = tables_of(document)
    assert annex.meta.title == "PARTICIPANTS IN THE CONSULTATIONS"
    assert table.caption is None


def test_a_group_label_over_indented_rows_and_a_caption_under_a_paragraph_keep_the_table_whole():
    """-layout text: the caption follows the paragraph's last line with no blank line between; a group's
    label (longer than a row label, no figures) stands over its rows, which are indented under it."""
    text = (
        "7.   The operational budget has grown in every service area, and most of all in emergencies.\n"
        "        Table 4: Operational Part of the Budget by service area (in US dollars)\n"
        "                                                   2016             2017\n"
        "Service area                                    approved          revised\n"
        "Humanitarian Response and Recovery of Communities\n"
        "  Shelter and settlement                        12,400,000       15,900,000\n"
        "  Camp coordination                              8,250,000        9,100,000\n"
        "Labour Mobility and Human Development            6,020,000        6,480,000\n"
        "Total                                           26,670,000       31,480,000\n\n"
        "8.   The increase is explained below.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 4: Operational Part of the Budget by service area (in US dollars)"
    labels = [row[0] for row in table.cells if row]
    assert labels[-5:] == [
        "Humanitarian Response and Recovery of Communities",
        "Shelter and settlement",
        "Camp coordination",
        "Labour Mobility and Human Development",
        "Total",
    ]


def test_a_table_of_two_columns_under_its_headings_a_blank_line_apart():
    """A list of documents in -layout text: one gap per row, the titles all starting on one column, the
    two headings over them after a blank line. Two lines of prose with a wide gap are no such table."""
    text = (
        "ANNEX\n\nDOCUMENTS OF THE SESSION\n\n\n"
        "Document             Subject\n\n"
        "S/31/1               Provisional agenda\n"
        "S/31/6               Report on budget reform\n"
        "S/31/9/Rev.1         Update on the review of the Internal Governance Framework\n"
        "C/112/3              Programme and Budget for 2022\n\n"
        "The list does not include conference room papers.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [row for row in table.cells if row][:2] == [("Document", "Subject"), ("S/31/1", "Provisional agenda")]
    assert len([row for row in table.cells if row]) == 5


def test_two_lines_of_prose_with_a_wide_gap_make_no_table():
    text = "4.   The Committee met on 3 May 2021.   It adopted\n     its agenda (S/28/1) and    elected 2 officers.\n"
    assert tables_of(iomparse.parse(text)) == []


def test_headings_over_three_lines_centred_over_their_columns_are_the_tables_first_rows():
    """A table's headings printed over three lines, centred over right-aligned figures (``2020`` over
    ``8,412,000``), the numbered caption above them: the headings are rows, the caption stays the caption."""
    text = (
        "3.   The budget by object of expenditure is shown below.\n\n"
        "                Table 1 – Administrative Part by object of expenditure\n\n"
        "                                             2020            2021         Increase/\n"
        "                                         approved        estimates       (decrease)\n"
        "   Object of expenditure              budget (CHF)           (CHF)            (CHF)\n"
        "   Staff costs                           8,412,000       8,610,000          198,000\n"
        "   Office costs                          1,204,000       1,006,000         (198,000)\n"
        "   Total                                 9,616,000       9,616,000                –\n\n"
        "4.   The total is unchanged.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "Table 1 – Administrative Part by object of expenditure"
    assert [row[0] for row in table.cells if row][:4] == ["", "", "Object of expenditure", "Staff costs"]


def test_a_row_label_wrapped_over_two_lines_has_its_figures_on_the_second():
    """``-layout``: a row's label wraps and its figures stand on the label's last line, which opens in lower
    case: one row, its label whole."""
    text = (
        "6.  Expenditure is summarized below.\n\n"
        "     Table 2: Expenditure by object (in Swiss francs)\n"
        "                                                         2023             2022\n"
        "     Staff salaries and benefits                     12,400,000       11,950,000\n"
        "     Contractual services, including translation and\n"
        "       interpretation of meetings                     1,130,500        1,204,300\n"
        "     Total                                           13,530,500       13,154,300\n\n"
        "7.  The figures are provisional.\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert (
        "Contractual services, including translation and interpretation of meetings",
        "1,130,500",
        "1,204,300",
    ) in rows
    assert len(rows) == 4
