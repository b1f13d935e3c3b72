"""Conventions found read wrong in the corpus and the eighty-first blind wave, each written here in a
wording of its own: a nested list's labels printed as two columns by pdfminer, each over its own texts, and
an outer item's label printed by plain pdftotext before the nested list; -layout tables whose rows stand a
blank line apart (arrears in sparse columns, a table of words, a matrix of marks) and their headings of two
or three lines; bullets pdfminer prints apart; a group's label printed apart with a table's totals; and a
label left right after a table read a cell a line, said."""

from __future__ import annotations

from iomparse.reading_order import labels_before_sublist, paragraph_number_column
from iomparse.source import Line


def _page(*texts: str) -> list[Line]:
    return [Line(number, text, 2) for number, text in enumerate(texts, start=60)]


def _texts(page: list[Line]) -> list[str]:
    return [line.text for line in page if line.text.strip()]


def test_a_nested_lists_labels_printed_after_the_outer_texts_open_the_texts_after_them():
    """pdfminer: ``(a)`` / ``(b)`` / their two texts / ``(i)`` / ``(ii)`` / their two texts, in lower case or
    not: the inner labels open the texts after them, not the outer texts above them (those are taken)."""
    page = _page(
        "The annual report of the Sub-Committee comprises:",
        "",
        "(a)",
        "",
        "(b)",
        "",
        "a summary of the matters considered at each of its meetings;",
        "",
        "the recommendations addressed to the Council, namely:",
        "",
        "(i)",
        "",
        "(ii)",
        "",
        "Recommendation 1, on the level of the reserve for the year to come; and",
        "",
        "Recommendation 2, on the arrears of Member States in the past five years.",
        "",
        "The Sub-Committee adopted the report at its final meeting.",
    )
    texts = _texts(paragraph_number_column(page))
    assert "(a) a summary of the matters considered at each of its meetings;" in texts
    assert "(b) the recommendations addressed to the Council, namely:" in texts
    assert "(i) Recommendation 1, on the level of the reserve for the year to come; and" in texts
    assert "(ii) Recommendation 2, on the arrears of Member States in the past five years." in texts


def test_an_outer_label_printed_before_the_nested_list_opens_the_text_after_it_when_the_list_goes_on():
    """Plain pdftotext: ``(c)`` printed at the height of ``(i)``, before the nested list; the nested list's last
    item ends ``; and``, so the outer list goes on after it: ``(c)`` opens the next text, though that text
    opens with a capital (``Annex II, …``)."""
    page = _page(
        "The report is presented in three parts:",
        "(a)",
        "",
        "an overview of the year;",
        "",
        "(b)",
        "",
        "the audited statements, namely:",
        "",
        "(c)",
        "",
        "(i)",
        "",
        "Statement I, on the financial position at the end of the year; and",
        "",
        "(ii)",
        "",
        "Statement II, on the financial performance of the year; and",
        "",
        "Annex II, which lists the contributions outstanding at the end of the year.",
        "",
        "3.",
        "The statements were audited by the External Auditor.",
    )
    texts = _texts(labels_before_sublist(page))
    assert "(c) Annex II, which lists the contributions outstanding at the end of the year." in texts
    assert "(c)" not in texts


def test_an_outer_label_before_a_nested_list_ending_its_sentence_takes_no_capital_text():
    """The same ``(c)`` printed before a nested list whose last item ends its sentence: the capital text
    after it may be the paragraph going on, so the label stays where it is."""
    page = _page(
        "(b)",
        "",
        "the audited statements, namely:",
        "",
        "(c)",
        "",
        "(i)",
        "",
        "Statement I, on the financial position at the end of the year; and",
        "",
        "(ii)",
        "",
        "Statement II, on the financial performance of the year.",
        "",
        "Annex II lists the contributions outstanding at the end of the year.",
    )
    texts = _texts(labels_before_sublist(page))
    assert "(c)" in texts


_ARREARS_COVER = "SCBF/400\nOriginal: English\n2 April 2031\n\nSUB-COMMITTEE ON BUDGET AND FINANCE\n\n"
_ARREARS = """3.     The contributions outstanding are shown in the table below.

                                          (in Swiss francs)

                            2026 and
      Member State                         2027          2028          2029            Total
                           prior years

    Chad                                                    4,100         4,200          8,300

    Comoros                                                               3,900          3,900

    Equatorial                     12,500        4,000      4,100         4,200         24,800
    Guinea

    Gabon                           9,000        4,000      4,100         4,200         21,300

    Total                          21,500        8,000     12,300        16,500         58,300

4.     The payment plans in force are the following:

                                          (in Swiss francs)

                          Date of        Period       Amount covered     Balance as at
         Member State
                         agreement       (years)        by the plan        31.3.2031

    Chad                 12.5.2029          4               16,400             8,300

    Gabon                25.3.2030          5               21,300            21,300
"""


def _tables(document):
    from iomparse.model import Table, iter_blocks

    return [block for block in iter_blocks(document.body) if isinstance(block, Table)]


def test_a_tables_rows_a_blank_line_apart_go_on_where_figures_fill_columns_the_first_rows_left_empty():
    """-layout: rows a blank line apart, the first ones with figures only in the last columns; a row with
    figures under the other columns' headings goes on with the table, and a name wrapped onto the line right
    under its row (a blank line after it) is the end of that row's label."""
    import iomparse

    document = iomparse.parse(_ARREARS_COVER + _ARREARS)
    first = _tables(document)[0]
    assert [row[0] for row in first.cells if row and row[0] and row[0] != "Member State"] == [
        "Chad",
        "Comoros",
        "Equatorial Guinea",
        "Gabon",
        "Total",
    ]


def test_a_column_heading_printed_around_the_row_of_headings_leaves_the_unit_above_the_caption():
    """A column's heading of two lines (``2026 and`` / ``prior years``) printed around the row of the others'
    headings, or the labels' heading alone between two lines of headings, one of them a date in figures: all
    of them are the table's headings, and the unit above them is its caption."""
    import iomparse

    document = iomparse.parse(_ARREARS_COVER + _ARREARS)
    assert [table.caption for table in _tables(document)] == ["(in Swiss francs)", "(in Swiss francs)"]


def test_a_table_of_words_rows_a_blank_line_apart_joins_each_rows_wrapped_lines_whatever_their_case():
    """-layout: a table of words whose rows stand a blank line apart, each row's cells wrapped over two or
    three lines, the wrapped lines opening with capitals (``Member States …``) or holding one column's end
    alone (``Centre``): each block between blank lines is one row."""
    import iomparse

    text = """3.     The objectives are set out in the table below.

                     Table 1: Objectives and indicators
 Objective                           Indicator                                 Target

 Strengthen the capacity of          Number of statistical offices             At least 40 offices,
 Member States to use data           receiving support                         half of them in Africa

 Expand the evidence base            Number of products issued by the          Ten products a year
 on migration trends                 Global Data Analysis
                                     Centre

 Improve the quality of              Share of data sets with                   80 per cent of data
 operational data                    standard metadata                         sets

4.     The baselines will be set by the end of the year.
"""
    document = iomparse.parse(_ARREARS_COVER + text)
    (table,) = _tables(document)
    assert [row[0] for row in table.cells] == [
        "Objective",
        "Strengthen the capacity of Member States to use data",
        "Expand the evidence base on migration trends",
        "Improve the quality of operational data",
    ]
    assert table.cells[2][1] == "Number of products issued by the Global Data Analysis Centre"


def test_bullets_printed_apart_go_to_items_opening_with_names_after_the_lead_in_and_an_and_alone():
    """pdfminer prints a list's unnamed bullet glyphs (``(cid:127)``) at the page's end; the items open with
    States' names, the first right after the lead-in's colon, the third after ``…;`` / ``and`` (the item's
    last word on a line of its own, no item): each gets its bullet, ``and`` none."""
    from iomparse.reading_order import bullets_apart

    page = _page(
        "Three payment plans were in effect. The Member States concerned were all meeting their commitments:",
        "",
        "Chad, under a plan concluded in March 2029 for the settlement of its arrears over",
        "eight years;",
        "",
        "Kyrgyzstan, whose plan, agreed in June 2030, provides for five annual instalments;",
        "and",
        "",
        "Suriname, under a plan concluded in November 2031.",
        "",
        "(cid:127)",
        "(cid:127)",
        "(cid:127)",
    )
    texts = _texts(bullets_apart(page))
    assert [text for text in texts if text.startswith("• ")] == [
        "• Chad, under a plan concluded in March 2029 for the settlement of its arrears over",
        "• Kyrgyzstan, whose plan, agreed in June 2030, provides for five annual instalments;",
        "• Suriname, under a plan concluded in November 2031.",
    ]
    assert "and" in texts and "(cid:127)" not in texts


def test_a_heading_in_capitals_after_a_title_ending_with_a_colon_takes_no_bullet():
    """A line in capitals after a line ending with a colon (a title's two parts) opens no item."""
    from iomparse.reading_order import bullets_apart

    page = _page(
        "TECHNICAL COOPERATION ON MIGRATION:",
        "A FRAMEWORK FOR ACTION",
        "",
        "The cooperation rests on the following principles:",
        "",
        "it is provided only at the request of the government concerned;",
        "",
        "it respects the principle of free and voluntary migration.",
        "",
        "(cid:127)",
        "(cid:127)",
    )
    texts = _texts(bullets_apart(page))
    assert "A FRAMEWORK FOR ACTION" in texts
    assert "• it is provided only at the request of the government concerned;" in texts


def test_a_matrixs_rows_a_blank_line_apart_in_pairs_stay_rows_of_their_own():
    """A matrix (marks, ``✓``, where a row's activity and a column's partner meet) printed in blocks of two
    rows, a label wrapped around its marks: a line under a row is the next row, not the row's words going
    on."""
    import iomparse

    text = """3.     Table 1 shows the partners engaged in each line of activity.

Table 1. Activities by category of partner

                                            Ministries of     Employers’        Training
    Activity
                                               labour        associations     institutions

    Pre-departure orientation                     ✓                                ✓
    Skills testing and certification
                                                                   ✓               ✓
    pilots

    Ethical recruitment monitoring                ✓                ✓
    Migrant resource centres                      ✓

    Regional policy dialogue                      ✓                ✓

4.     The partners met twice in the year.
"""
    document = iomparse.parse(_ARREARS_COVER + text)
    (table,) = _tables(document)
    labels = [row[0] for row in table.cells if row and row[0]]
    assert "Pre-departure orientation" in labels and "Ethical recruitment monitoring" in labels
    assert "Migrant resource centres" in labels and "Skills testing and certification pilots" in labels


def test_a_groups_label_in_sentence_case_printed_apart_with_the_totals_takes_no_rows_figures():
    """Plain pdftotext, a statement printed a cell a block: the totals' labels and the expenses' group label
    (``Expenses``, in bold, sentence case) printed apart after the table, the totals' figures left where their
    rows stand: ``Total revenue``, ``Total expenses`` and ``Surplus for the year`` take them, ``Expenses``,
    which the total names, none."""
    import iomparse
    from iomparse.model import Table, iter_blocks

    def cells(*figures: str) -> str:
        return "\n\n".join(figures)

    text = (
        "18.\nTable 3 sets out revenue and expenses by nature.\n"
        "Table 3: Statement of financial performance (in thousands of US dollars)\n2031\n\n2030\n\n"
        "Revenue\nVoluntary contributions\n\n" + cells("1,200", "1,100") + "\n\n"
        "Other revenue\n\n" + cells("300", "250") + "\n\n" + cells("1,500", "1,350") + "\n\n"
        "Staff costs\n\n" + cells("800", "700") + "\n\n"
        "Other expenses\n\n"
        + cells("600", "560")
        + "\n\n"
        + cells("1,400", "1,260")
        + "\n\n"
        + cells("100", "90")
        + "\n\nTotal revenue\nExpenses\n\nTotal expenses\nSurplus for the year\n\n"
        "19.\nStaff costs remained the largest category of expense.\n"
    )
    document = iomparse.parse(text)
    (table,) = [block for block in iter_blocks(document.body) if isinstance(block, Table)]
    rows = {row[0]: tuple(cell for cell in row[1:] if cell) for row in table.cells if row and row[0]}
    assert rows["Total revenue"] == ("1,500", "1,350")
    assert rows["Total expenses"] == ("1,400", "1,260")
    assert rows["Surplus for the year"] == ("100", "90")


def test_a_label_left_right_after_a_table_read_a_cell_a_line_is_a_warning():
    """Plain pdftotext, a table a cell a block whose last row's label was printed after its figures and was not
    found, the row above's label wrapped with its second line in capitals (``Operational Parts of the Budget``
    takes the surplus's figures; ``Net surplus for the year`` is left, then the next numbered paragraph): the
    reading may be wrong, and says so."""
    import iomparse

    text = (
        "4.\nThe main results are summarized in Table 1.\nTable 1: Summary of results\n"
        "In thousands of US dollars\n\n2031\n\n2030\n\n"
        "Revenue\n\n1,500\n\n1,350\n\nOther revenue\n\n300\n\n250\n\nTotal revenue\n\n1,800\n\n1,600\n\n"
        "Total expenses of the Administrative and\nOperational Parts of the Budget\n\n1,700\n\n1,500\n\n100\n\n100\n\n"
        "Net surplus for the year\n\n"
        "5.\nTotal revenue rose by USD 200,000 over the year.\n"
    )
    document = iomparse.parse(text)
    assert "table-label-after" in {note.code for note in document.diagnostics if note.severity == "warning"}
    assert document.assurance.level == "unsure"
