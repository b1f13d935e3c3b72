"""Tables laid out with spaces (`iomparse.lexer.tables`): rows a blank line apart, headings over them, and
the caption above them.

Each case is worded apart from the corpus, as ``pdftotext -layout`` prints such a table.
"""

from __future__ import annotations

from conftest import numbered_of, table_rows_of, tables_of

import iomparse
from iomparse import paths
from iomparse.model import Paragraph, Section, inline_text
from iomparse.reading_order import CAPTION


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


def test_layout_rows_a_blank_line_apart_keep_a_row_whose_dash_for_nothing_sits_off_its_columns_end():
    """``-layout``: rows a blank line apart, figures right-aligned; a dash standing for nothing is printed a
    few characters right of where the column's figures end: its row stays in the table (it opened a second
    table, the row its caption)."""
    rows = [
        ("Belize", "8,120", "2,300", "10,420"),
        ("Chad", "14,310", "–", "14,310"),
        ("Fiji", "3,950", "1,100", "–"),
        ("Haiti", "22,600", "–", "22,600"),
    ]

    def row(label: str, *figures: str) -> str:
        line = list(f"{label:<20}" + "".join(f"{figure:>14}" for figure in figures) + "   ")
        for column, figure in enumerate(figures):
            if figure == "–":  # three characters right of where the column's figures end
                end = 20 + 14 * (column + 1)
                line[end - 1], line[end + 2] = " ", "–"
        return "".join(line).rstrip() + "\n\n"

    text = (
        "4.  The outstanding amounts are set out below.\n\n"
        + f"{'':<20}{'Outstanding':>14}{'Paid':>14}{'Outstanding':>14}\n"
        + f"{'Member State':<20}{'in 2024':>14}{'in 2025':>14}{'in 2025':>14}\n\n"
        + "".join(row(*cells) for cells in rows)
        + "5.  The Committee took note of the position.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [cells[0] for cells in table.cells if cells and cells[0]][-4:] == [label for label, *_ in rows]


def test_layout_rows_a_blank_line_apart_keep_a_centred_date_and_a_bold_total_with_fewer_cells():
    """``-layout``: rows a blank line apart whose date is centred in its column (a longer date starts and ends
    elsewhere than those above it), and a total row in bold that holds only the amounts, its last figure a
    few characters short of its column's end (wider bold figures): one table, every row in it (the longer
    date opened a second table, and the total was left as text)."""
    rows = [("Benin", "4 May 2021"), ("Chad", "19 September 2021"), ("Fiji", "8 June 2022")]

    def row(label: str, date: str) -> str:
        return f"{label:<18}{date:^21}{'2021–2024':>12}{'42,100':>12}{'6,000':>12}\n\n"

    text = (
        "4.  The plans are set out below.\n\n"
        + f"{'Member State':<18}{'Agreed on':^21}{'Period':>12}{'Arrears':>12}{'Paid':>12}\n\n"
        + "".join(row(*cells) for cells in rows)
        + f"{'Total':<18}{'':^21}{'':>12}{'126,300':>12}{'18,000':>10}\n\n"
        + "5.  The Committee took note of the plans.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [cells[0] for cells in table.cells if cells and cells[0]] == [
        "Member State",
        "Benin",
        "Chad",
        "Fiji",
        "Total",
    ]


def test_layout_two_columns_under_a_clause_keep_their_bold_total_ending_short_of_the_figures():
    """``-layout``: a table of two columns right under the clause that sets it out (``… as follows:``), its
    figures set right within a character, the total's in bold two characters short of them (wider figures):
    a table, the total its last row (it was read as the clause's text)."""
    text = (
        "4.  To approve the Administrative Part of the Budget, to be financed as follows:\n"
        "      Source of financing                                 Amount\n"
        "      Assessed contributions of Member States         36,689,000\n"
        "      Contributions of new Member States                 430,000\n"
        "      Total                                         37,119,000\n\n"
        "5.  To request the Director General to report on its implementation.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [cells[0] for cells in table.cells] == [
        "Source of financing",
        "Assessed contributions of Member States",
        "Contributions of new Member States",
        "Total",
    ]


def test_layout_a_heading_of_two_lines_printed_around_the_row_of_headings_is_the_tables_not_a_section():
    """``-layout`` sets a column heading of two lines centred on a row whose other headings hold one: its
    lines are printed around that row (``Cases`` / ``Region of use   Open   Closed   New`` / ``reported``).
    They are the table's headings: ``Cases`` is no section heading (it was read as one, and the numbered
    heading after the table was nested under it)."""
    text = (
        "3.  PROGRESS\n\n3.1  Governance\n\n8.  The Committee met twice.\n\n3.2  Registers\n\n"
        "9.  Cases reported by several offices are brought together in one register. Table 1 shows them by\n"
        "region. Of the 199 cases reported, 45 are open.\n\n"
        "Table 1: Cases in the register by region, as at 30 June 2017\n\n"
        "                                          Cases\n"
        "    Region of use                                            Open           Closed        New\n"
        "                                          reported\n"
        "    Africa                                              14              3             7              4\n"
        "    Asia                                                38              9            18            11\n"
        "    Total                                               52             12            25            15\n\n\n"
        "10.  Operational cases remain the largest group.\n\n3.3  Training\n\n11.  A course was launched.\n"
    )
    document = iomparse.parse(text)
    sections = [(s.num, inline_text(s.heading)) for _, s in paths.walk(document) if isinstance(s, Section)]
    assert sections[-2:] == [("3.2", "Registers"), ("3.3", "Training")]
    (table,) = tables_of(document)
    assert [cells[0] for cells in table.cells if cells and cells[0]][-3:] == ["Africa", "Asia", "Total"]
    assert {"Cases", "reported"} <= {cell for cells in table.cells for cell in cells}


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


def test_a_title_under_an_annex_label_and_its_page_label_is_no_caption_of_the_table_under_it():
    """The annex's page opens with the running symbol, the label and the page's label (``Page 1``): the
    title in capitals under them is the annex's, not the table's caption, as where no page label stands."""
    text = (
        "MC/2999\nPage 1\n\n1.\nThe scale proposed for 2031 is set out in the Annex.\n"
        "\fMC/2999\nAnnex\nPage 1\n\nDISTRIBUTION OF THE ASSESSMENTS FOR 2031\n\n"
        "                     Scale 2031   Amount\n"
        "Member State                (%)    (CHF)\n\n"
        "Albania                   0.0085    3,410\n"
        "Bhutan                    0.0021      842\n"
        "Chad                      0.0052    2,087\n"
    )
    document = iomparse.parse(text)
    (annex,) = document.annexes
    (table,) = tables_of(document)
    assert annex.meta.title == "DISTRIBUTION OF THE ASSESSMENTS FOR 2031"
    assert table.caption is None
    assert [row[0] for row in table_rows_of(document)[2:]] == ["Albania", "Bhutan", "Chad"]


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


def test_a_first_group_label_under_the_headings_a_deeper_indent_and_a_label_broken_off_keep_the_table_whole():
    """-layout text: the label of the first group of rows stands between the column headings (a blank line
    under them) and the rows, left of them; a later group's rows are indented six spaces under its label; a
    label broken off on ``and`` goes on, capital and all, on the line of its figures."""
    text = (
        "12.  The distribution by region is as follows.\n"
        "                 Table 3: Operational Part of the Budget by region (in US dollars)\n"
        "                                                          Staff          Project\n"
        "                                                          costs            costs\n\n"
        "I. Africa and the Middle East\n"
        "    I.1 East Africa                                   4,210,000       18,900,000\n"
        "    I.2 West Africa and\n"
        "          Central Africa                              3,870,000       12,450,000\n"
        "II. Asia and the Pacific\n"
        "      II.1 South-East Asia                            5,020,000       21,300,000\n"
        "      II.2 South Asia                                 2,640,000        9,780,000\n"
        "Total                                                15,740,000       62,430,000\n\n"
        "13.  The figures exclude reparation programmes.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 3: Operational Part of the Budget by region (in US dollars)"
    labels = [row[0] for row in table.cells if row]
    assert labels[-7:] == [
        "I. Africa and the Middle East",
        "I.1 East Africa",
        "I.2 West Africa and Central Africa",
        "II. Asia and the Pacific",
        "II.1 South-East Asia",
        "II.2 South Asia",
        "Total",
    ]
    assert not [s for _, s in iomparse.paths.walk(document) if isinstance(s, iomparse.Section)]


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


def test_a_title_wrapped_onto_a_line_of_its_own_keeps_a_two_column_table_together():
    """A document's title too long for its column goes on under it, at the column's margin: the line is the
    end of that row's cell, and the rows under it stay in the table."""
    text = (
        "ANNEX\n\nDOCUMENTS BEFORE THE COMMITTEE\n\n"
        "Document             Subject\n\n"
        "S/40/2               Provisional agenda\n"
        "S/40/5               Report on the implementation of the recommendations of the External\n"
        "                     Auditor\n"
        "S/40/7               Update on the cost of the core structure\n"
        "C/121/4              Programme and Budget for 2031\n\n"
        "The list does not include conference room papers.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [row[0] for row in table.cells if row] == ["Document", "S/40/2", "S/40/5", "S/40/7", "C/121/4"]
    assert "Auditor" in " ".join(table.rows)


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


def test_headings_with_no_heading_over_the_labels_and_a_unit_line_are_the_tables_first_rows():
    """Three columns headed, the labels' column not; each heading over two lines, then a unit under each;
    a heading holds a year (no amount): all are the table's, under its caption."""
    text = (
        "7.  The rates are shown below.\n\n"
        "                     Assessment rates for 2024 (percentages)\n"
        "                              Current            Revised            Proposed\n"
        "                            scale 2023         scale 2023          scale 2024\n"
        "                                   %                  %                   %\n"
        "Albania                        0.0083             0.0080              0.0079\n"
        "Bhutan                         0.0010             0.0010              0.0010\n"
        "Chile                          0.4212             0.4190              0.4301\n\n"
        "8.  The Committee is invited to take note of the proposed rates.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Assessment rates for 2024 (percentages)"
    assert [row[0] for row in table_rows_of(document)][-3:] == ["Albania", "Bhutan", "Chile"]
    assert len(table.rows) == 6, "the three lines of headings are rows of the table"


def test_right_aligned_headings_a_blank_line_above_the_rows_are_the_tables():
    text = (
        "Table 2: Summary by part\n"
        "                                        2023             2024         Increase/\n"
        "                                   (C/114/6)        estimates        (decrease)\n\n"
        "     Administration (CHF)         61,204,113       63,017,902         1,813,789\n"
        "     Operations (USD)          1,802,331,450    1,911,450,022       109,118,572\n\n"
        "9.  The increase is mainly in operations.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 2: Summary by part"
    assert [row[0] for row in table.cells if row][-2:] == ["Administration (CHF)", "Operations (USD)"]


def test_bulleted_lines_holding_figures_are_items_not_table_rows():
    """``-layout`` sets a gap between a bullet and its text: with figures in the text, the items look like
    the rows of a table of two columns."""
    text = (
        "5.         The reserve was drawn on twice.\n\n"
        "B.         Staff security\n"
        "6.         The balance of the staff security mechanism, which stood at CHF 512,000 at the start of\n"
        "           the year, was drawn on for the protection of staff in field locations at high risk, and\n"
        "           the amounts used were allocated as\n"
        "           follows:\n"
        "               •   CHF 250,000 for the security of field premises;\n"
        "               •   CHF 75,000 for the training of security focal points; and\n"
        "               •   CHF 40,000 for armoured vehicles.\n"
        "C.         Other costs\n"
    )
    document = iomparse.parse(text)
    assert not tables_of(document)
    items = [b for _, b in iomparse.paths.walk(document) if isinstance(b, iomparse.Item)]
    assert len(items) == 3


def test_a_label_wrapped_onto_a_name_in_capitals_between_rows_stays_in_the_table():
    text = (
        "Table 1: Rates (per cent)\n"
        "Member State                               2023        2024\n"
        "Saint Vincent and the                     0.0010      0.0010\n"
        "   Grenadines\n"
        "Samoa                                      0.0010      0.0010\n"
        "San Marino                                 0.0020      0.0020\n\n"
        "3.  The table is final.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert len(table.rows) == 5, "the wrapped line is in the table, the rows under it too"


def test_a_footnote_marker_set_off_by_a_space_in_a_table_row_links_to_its_body():
    text = (
        "Table 1: Rates (per cent)\n"
        "Member State                               2023        2024\n"
        "Cook Islands 3                                –      0.0010\n"
        "Samoa                                      0.0010      0.0010\n"
        "Tonga                                      0.0010      0.0010\n\n"
        "4.  The rates were agreed.\n\n\n"
        "3\n"
        "      Not a Member of the United Nations: the minimum rate applies.\n"
    )
    document = iomparse.parse(text)
    (footnote,) = document.footnotes
    assert footnote.marker == "3"
    assert iomparse.model.inline_text(footnote.content).startswith("Not a Member")
    assert not [d for d in document.diagnostics if d.code == "footnote-without-marker"], "its marker is in a cell"
    (table,) = tables_of(document)
    assert table.rows[1].startswith("Cook Islands³ ")


def test_a_numbered_row_label_printed_around_its_figures_and_a_raised_marker_between_rows_stay_in_the_table():
    text = (
        "Table 3. Budget by service line\n"
        "     Service line                                              2023            2024\n"
        "     II.1 Migration health assessments and travel health\n"
        "                                                          90,114,000      96,512,000\n"
        "     assistance\n"
        "     II.2 Health promotion                                 34,492,000      43,000,000\n"
        "                        2\n"
        "     III.1 Labour mobility                                 64,318,000      61,904,000\n\n"
        "8.  The estimates are provisional.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    labels = [row[0] for row in table.cells if row]
    assert "III.1 Labour mobility" in labels and labels[1].startswith("II.1 Migration health")


def test_headings_over_the_labels_and_each_column_a_blank_line_above_the_rows_are_the_tables():
    text = (
        "TABLE 5 – STAFF COSTS BY LOCATION\n"
        "                                          2024 approved             2025\n"
        " Location                                        budget        estimates\n\n"
        " Headquarters                                12,400,000       12,950,000\n"
        " Administrative centres                       8,100,000        8,320,000\n\n"
        "9.   The costs rise with the statutory increments.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "TABLE 5 – STAFF COSTS BY LOCATION"
    assert [row[0] for row in table.cells if row][-2:] == ["Headquarters", "Administrative centres"]


def test_an_agendas_lettered_items_beside_their_documents_column_are_items_not_a_table():
    """-layout: an item's sub-items, each with its document's symbol at the right (a year in one title), then
    the item's annotation in numbered paragraphs of its own: the sub-items are a list, the last no heading."""
    text = (
        "S/36/1\nOriginal: English\n18 May 2025\n\nPROVISIONAL AGENDA\n\n"
        "5.        Budget questions:\n"
        "          (a)     Revision of the Programme and Budget for 2025                 S/36/4\n"
        "          (b)     Scale of assessment for 2026                                  S/36/5\n"
        "          1.    Under sub-item (a), the Administration will present the revised budget to the\n"
        "          Committee, which is invited to take note of it.\n"
        "6.        Closure of the session\n"
    )
    document = iomparse.parse(text)
    assert not tables_of(document)
    (item,) = [block for block in document.body if getattr(block, "num", None) == "5"]
    assert [child.label for child in item.children] == ["(a)", "(b)"]
    assert "S/36/5" in [str(reference.ref.text) for reference in document.references]


def test_an_agenda_items_second_sub_item_after_the_firsts_own_sub_items_is_an_item_not_a_heading():
    """-layout: sub-item (a) with its sub-items (i) … (iii), then (b), its title without a final stop, then the
    next numbered item: (b) goes on the list of (a), past (a)'s own sub-items, so it is no section heading."""
    text = (
        "C/117/1\nOriginal: English\n2 October 2026\n\nPROVISIONAL AGENDA\n\n"
        "4.    Adoption of the agenda                                               C/117/1\n"
        "5.    Admission of new Members and observers\n"
        "      (a)   Applications for membership\n"
        "            (i)   Republic of Arvenia                                      C/117/2\n"
        "            (ii)  Republic of Belmora                                      C/117/3\n"
        "            (iii) Republic of Corvania                                     C/117/4\n"
        "      (b)   Applications for observer status                               C/117/5\n"
        "6.    General debate\n"
    )
    document = iomparse.parse(text)
    assert not [block for _, block in iomparse.paths.walk(document) if isinstance(block, iomparse.Section)]
    (item,) = [block for block in document.body if getattr(block, "num", None) == "5"]
    assert [child.label for child in item.children] == ["(a)", "(b)"]
    assert [child.label for child in item.children[0].children] == ["(i)", "(ii)", "(iii)"]


def test_a_typists_dashes_over_the_total_and_its_double_rule_under_it_stay_in_the_table():
    """Typed text: the rule over the total row ends where the figures end (right-aligned, of other widths
    than the rows' above), and the double rule under it too: the total stays the table's last row."""
    text = (
        "6.      The movements of the year were as follows:\n\n"
        "                                        1986       1987\n"
        "  Migrants to Latin America            4,310      3,985\n"
        "  Refugees                            12,870     14,205\n"
        "                                     -------    -------\n"
        "       Total                          17,180     18,190\n"
        "                                     =======    =======\n\n"
        "7.      The fall is explained below.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    labels = [row[0] for row in table.cells if row and row[0]]
    assert labels == ["Migrants to Latin America", "Refugees", "Total"]


def test_a_parts_label_over_a_table_ending_with_its_unit_is_its_caption_and_its_cont_d_copy_goes_on_with_it():
    """Converter text: ``Part II – … (in US dollars)`` right over a table is its caption, not a part's heading;
    repeated with ``(cont'd)`` over the rest of the table on the next page, it carries the table on."""
    text = (
        "MC/1900\n\nANNEX\n\nBUDGET SUMMARY\n\n"
        "Part II – Operational Part of the Budget (in US dollars)\n\n"
        "| Service | 1997 |\n|---|---:|\n| Resettlement | 98,000,000 |\n| Return | 27,000,000 |\n\n"
        "MC/1900\n\nPage 3\n\n"
        "Part II – Operational Part of the Budget (in US dollars) (cont'd)\n\n"
        "| Service | 1997 |\n|---|---:|\n| Migration Health | 8,000,000 |\n| **Total** | **133,000,000** |\n\n"
        "The figures are provisional.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Part II – Operational Part of the Budget (in US dollars)"
    assert [row[0] for row in table.cells if len(row) == 2 and row[0] != "Service"] == [
        "Resettlement",
        "Return",
        "Migration Health",
        "Total",  # (its bold is the row's face, not part of its label)
    ]
    assert not [s for _, s in iomparse.paths.walk(document) if isinstance(s, iomparse.Section)]


def test_a_heading_right_above_a_caption_and_a_label_wrapped_with_a_hanging_indent():
    """-layout text: a lettered heading with the table's numbered caption right under it (no blank line),
    and a numbered row whose label wrapped onto the row's line, indented under its start (a hanging indent):
    the heading and the caption stay apart, and the row stays in the table with its figures."""
    text = (
        "B.  Budget by region\n"
        "              Table 5 – Field offices by region (in US dollars)\n"
        "                                                     2030             2031\n"
        "  2.1 West and Central Africa                  4,120,000        4,380,000\n"
        "  2.2 Middle East and North Africa and the Gulf\n"
        "       Cooperation Council States              2,905,000        3,011,000\n"
        "  2.3 South-Eastern Europe                     1,870,000        1,902,500\n"
        "Total                                          8,895,000        9,293,500\n\n"
        "12.  The largest increase is in West and Central Africa.\n"
    )
    document = iomparse.parse(text)
    (section,) = [s for _, s in iomparse.paths.walk(document) if isinstance(s, iomparse.Section)]
    assert iomparse.model.inline_text(section.heading) == "Budget by region"
    (table,) = tables_of(document)
    assert table.caption == "Table 5 – Field offices by region (in US dollars)"
    assert "2.3 South-Eastern Europe                     1,870,000        1,902,500" in table.rows[-2]
    assert any("Cooperation Council States" in row for row in table.rows)


def test_a_unit_alone_under_a_statements_title_is_the_tables_caption():
    """A statement's title block ends with its date line in lower case and the unit alone on the next line,
    right over the table: the unit is the table's caption, not the end of the title's text."""
    text = (
        "                              STATEMENT 4\n"
        "              RECEIPTS AND PAYMENTS OF THE TRUST FUND\n"
        "                   for the year ended 31 December 2029\n"
        "                            (in US dollars)\n"
        "                                                       2029            2028\n"
        "  Pledges received                                  812,000         760,500\n"
        "  Bank interest                                      12,300          10,950\n"
        "  Total receipts                                    824,300         771,450\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "(in US dollars)"


def test_a_statement_with_group_labels_hanging_labels_and_headings_two_lines_above_is_one_table():
    """A financial statement as ``-layout`` prints it: its unit under the title, the columns' headings over
    two lines then two blank lines, a group's label (``REVENUE``) over its first row, a row's label wrapped
    with a hanging indent (its end on the figures' line), and a sub-group ending with a colon over a label
    wrapped in lower case. One table, each label one row."""
    text = (
        "1.    The statement follows.\n\n"
        "                                   STATEMENT II\n"
        "                        STATEMENT OF REVENUE AND EXPENSES\n"
        "                                  (in US dollars)\n\n"
        "                                                       31 December            31 December\n"
        "                                                              2008                   2007\n\n\n"
        "REVENUE\n"
        "Contributions from Member States towards the\n"
        "  administrative budget                                 31,204,118             30,877,412\n"
        "Earmarked contributions                                 84,316,009             80,112,345\n"
        "Total revenue                                          115,520,127            110,989,757\n\n"
        "EXPENSES\n"
        "Staff salaries and entitlements                         41,118,230             39,004,118\n"
        "Projects:\n"
        "  Resettlement and movement of refugees and\n"
        "    displaced persons                                   52,908,771             50,230,118\n"
        "  Return assistance                                     11,302,441             10,876,500\n"
        "Total expenses                                         105,329,442            100,110,736\n\n"
        "2.    The revenue grew by 4 per cent.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "(in US dollars)"
    labels = [row[0] for row in table_rows_of(document) if row[0]]
    assert labels == [
        "REVENUE",
        "Contributions from Member States towards the administrative budget",
        "Earmarked contributions",
        "Total revenue",
        "EXPENSES",
        "Staff salaries and entitlements",
        "Projects:",
        "Resettlement and movement of refugees and displaced persons",
        "Return assistance",
        "Total expenses",
    ]


def test_numbered_row_labels_wrapped_over_three_lines_keep_the_table_whole():
    """Rows numbered like service areas, the numbers in a column of their own, a label wrapped over three
    lines (its end with the figures): no line of it is a heading, and each row's label is its number and its
    words, whole."""
    text = (
        "7.    The estimates by service area follow.\n\n"
        "                       Table 2 – Estimates by service area (in US dollars)\n\n"
        "                                                     2011            2012\n"
        "I.      RETURN, REINTEGRATION AND\n"
        "        COMMUNITY STABILIZATION\n"
        "        PROGRAMMES                                 40,100,000      42,300,000\n"
        "I.1     Voluntary Return Assistance                22,700,000      23,900,000\n"
        "I.2     Community Stabilization                    17,400,000      18,400,000\n"
        "II.     LABOUR MOBILITY AND\n"
        "        SKILLS                                      9,800,000      10,100,000\n"
        "TOTAL                                              49,900,000      52,400,000\n\n"
        "8.    The estimates for 2012 rise by 5 per cent.\n"
    )
    document = iomparse.parse(text)
    rows = table_rows_of(document)
    assert ("I. RETURN, REINTEGRATION AND COMMUNITY STABILIZATION PROGRAMMES", "40,100,000", "42,300,000") in rows
    assert ("I.1 Voluntary Return Assistance", "22,700,000", "23,900,000") in rows
    assert ("II. LABOUR MOBILITY AND SKILLS", "9,800,000", "10,100,000") in rows
    assert rows[-1] == ("TOTAL", "49,900,000", "52,400,000")
    assert not [section for section in document.body if isinstance(section, iomparse.Section)]


def test_a_caption_in_bold_right_above_the_rows_stays_the_tables_caption():
    """A PDF's text sets a table's caption in bold right above its headings, no blank line between: the
    caption is no group's label of the table's first rows."""
    text = (
        "2.    The posts are shown below.\n\n"
        "**Table A. Posts by grade**\n"
        "Grade                        2019        2020\n"
        "D-1                             4           5\n"
        "P-5                            12          13\n"
        "P-4                            20          21\n\n"
        "3.    The increase is at P-5.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "Table A. Posts by grade"
    assert [row[0] for row in table_rows_of(iomparse.parse(text))] == ["Grade", "D-1", "P-5", "P-4"]


def test_a_statements_part_and_its_first_group_a_blank_line_apart_keep_the_statement_whole():
    """A financial statement prints its parts a blank line apart, a part's label over its first group's label
    (``LIABILITIES`` / ``   Current liabilities``), neither with figures: the statement is one table."""
    text = (
        "                                                  31 December   31 December\n"
        "                                                         2013          2012\n\n"
        "ASSETS\n"
        "   Current assets\n"
        "      Cash and cash equivalents                       412,865       377,402\n"
        "      Short-term investments                          125,000        98,000\n"
        "   Total current assets                               537,865       475,402\n\n"
        "LIABILITIES\n"
        "   Current liabilities\n"
        "      Accounts payable and accruals                    58,604        61,237\n"
        "      Deferred revenue                                612,318       538,770\n"
        "   Total current liabilities                          670,922       600,007\n\n"
        "9.  The statement was audited.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [cells[0] for cells in table.cells if cells and cells[0]][-3:] == [
        "Accounts payable and accruals",
        "Deferred revenue",
        "Total current liabilities",
    ]


def test_column_headings_centred_a_blank_line_above_the_figures_head_the_table():
    """Headings centred over their columns, a blank line above the first row: the rows are the table's, the
    headings its first row (a heading's words are not right-aligned with the figures under them)."""
    text = (
        "                          Outstanding at          Assessed      Outstanding at\n"
        "                              1 January       contributions       31 December\n"
        "Member State                       2013            for 2013               2013\n\n"
        "Afghanistan                          5,214             6,019               6,019\n"
        "Angola                              18,456            12,038                   –\n"
        "Total                               23,670            18,057               6,019\n\n"
        "9.  Two Member States paid in full.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [cells[0] for cells in table.cells if cells and cells[0]] == [
        "Member State",
        "Afghanistan",
        "Angola",
        "Total",
    ]


def test_a_table_of_words_a_blank_line_under_its_headings_is_not_joined_by_the_headings_rule():
    text = (
        "Date                 Main items considered                 Documents\n\n"
        "19 November 2018     Review of the core structure          S/23/6\n\n"
        "9.  The Working Group met twice.\n"
    )
    tables = tables_of(iomparse.parse(text))
    assert all(len([c for c in t.cells if c]) <= 2 for t in tables)


def test_a_numbered_rows_label_wrapped_at_the_margin_is_one_row_with_its_figures():
    """Rows numbered by service area (``I.1``, ``I.2`` …): a label with no figures whose end, at the same
    margin and with no number, holds the figures, is one row, not a heading between two tables."""
    text = (
        "13.  The Operational Part is shown below.\n\n"
        "    Service area                                        Staff costs       Total\n"
        "    I.1 Resettlement Assistance                          18,420,600   114,726,000\n"
        "    I.3 Emergency and Post-crisis Migration\n"
        "    Management and Community Stabilization               61,384,200   234,299,800\n"
        "    II.1 Migration Health Assessments                    14,230,900    35,679,600\n\n"
        "14.  Movement activities grew.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.cells[2:] == (
        ("I.3 Emergency and Post-crisis Migration Management and Community Stabilization", "61,384,200", "234,299,800"),
        ("II.1 Migration Health Assessments", "14,230,900", "35,679,600"),
    )
    assert not [b for b in document.body if isinstance(b, iomparse.Section)]


def test_headings_numbering_their_columns_head_the_rows_and_head_them_again_on_the_next_page():
    """A scale's headings end with the columns' numbers (``(1)`` … ``(3)``), a blank line above the rows; on
    the next page, under the running header, the same headings again: one table over the two pages."""
    headings = (
        "                                   United        IOM   Proposed\n"
        "Member States                     Nations      scale   IOM scale\n"
        "                               scale 2002       2001        2002\n"
        "                                      (1)        (2)         (3)\n\n"
    )
    text = (
        "MC/2057\nOriginal: English\n10 October 2001\n\nCOUNCIL\n\nPROPOSED SCALE OF ASSESSMENT FOR 2002\n\n"
        "7.  The proposed scale is set out below.\n\n"
        "                                                            (in per cent)\n"
        + headings
        + "Albania                              0.003      0.035       0.035\n"
        "Angola                               0.002      0.035       0.035\n\f"
        "                                                                          MC/2057\n"
        "                                                                          Page 2\n\n\n"
        + headings
        + "Sweden                               1.037      1.199       1.194\n"
        "Total                              100.000    100.000     100.000\n\n"
        "8.  The scale is proposed for adoption.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [cells[0] for cells in table.cells if cells and cells[0] and cells[0] != "Member States"] == [
        "Albania",
        "Angola",
        "Sweden",
        "Total",
    ]


def test_a_caption_then_headings_centred_over_their_columns_each_a_blank_line_apart_make_one_captioned_table():
    """``Table 2: …`` / blank / headings over two lines, centred over their columns, none over the labels, a
    year marked in one (``2010*``) / blank / the rows: the caption is the table's, the headings its first
    rows (not a caption, not a table of their own)."""
    text = (
        "12.  The staffing is shown below.\n\n"
        "Table 2: Staffing of the Administrative Part by grade\n\n"
        "                                         Approved 2010        Revised          Increase/\n"
        "                                           (MC/2284)           2010*          (decrease)\n\n"
        "Ungraded                                          2                2                   –\n"
        "D-2                                               4                4                   –\n"
        "D-1                                              13               14                   1\n\n"
        "13.  The changes are small.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "Table 2: Staffing of the Administrative Part by grade"
    assert [cells[0] for cells in table.cells if cells and cells[0]] == ["Ungraded", "D-2", "D-1"]
    assert ("", "Approved 2010", "Revised", "Increase/") in table.cells


def test_one_line_of_headings_centred_a_blank_line_above_the_rows_heads_them_under_the_caption():
    text = (
        "15.  Table 1 shows the projects.\n\n"
        "          Table 1: Counter-trafficking projects by region, January 2012 – June 2013\n\n"
        "        Region                                   Number of projects              Expenditure (USD)\n\n"
        "        Africa                                                        47                    9,862,000\n"
        "        Middle East                                                   18                    4,115,000\n"
        "        Total                                                         65                   13,977,000\n\n"
        "16.  IOM coordinates its work.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "Table 1: Counter-trafficking projects by region, January 2012 – June 2013"
    assert table.cells[0] == ("Region", "Number of projects", "Expenditure (USD)")


def test_column_headings_wrapped_over_several_lines_right_above_the_rows_are_the_tables_first_rows():
    """Headings wrapped over lines of one cell or several, each standing over the columns (``Total`` / ``2010
    and`` / ``Member State   2011   2012   outstanding as at`` / ``prior years`` / ``30 April 2013``), no blank
    line between them and the rows: the table's first rows, the caption above them the table's."""
    text = (
        "8.  The arrears are shown below.\n\n"
        "              Table 2: Member States with arrears (CHF)\n"
        "                                                                          Total\n"
        "                                         2010 and\n"
        "              Member State                                2011         outstanding as at\n"
        "                                        prior years\n"
        "                                                                      30 April 2013\n"
        " Burundi                                     4,112           1,905              9,882\n"
        " Cape Verde                                      –           1,207              3,656\n"
        " Democratic Republic of the Congo           63,448           3,812             74,995\n\n"
        "9.  The Director General wrote to them.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 2: Member States with arrears (CHF)"
    labels = [cells[0] for cells in table.cells if cells and cells[0]]
    assert labels[-3:] == ["Burundi", "Cape Verde", "Democratic Republic of the Congo"]
    assert not document.meta.meeting and "30 April 2013" in " ".join(" ".join(row) for row in table.cells)


def test_a_long_name_broken_over_three_lines_at_the_labels_margin_is_one_row():
    """A narrow label column breaks a State's long name at its margin, each line but the last ending on a word
    no label ends on (``United Kingdom of`` / ``Great Britain and`` / ``Northern Ireland   5.8650 …``), or
    inside its brackets: one row each, the table unbroken."""
    text = (
        "Member States                    2013 scale       2014 scale\n"
        "Turkey                              1.5039           1.4980\n"
        "United Kingdom of\n"
        "Great Britain and\n"
        "Northern Ireland                    5.8650           5.8421\n"
        "United States of\n"
        "America                            24.9142          24.8167\n"
        "Venezuela (Bolivarian\n"
        "Republic of)                        0.7101           0.7073\n"
        "TOTAL                             100.0000         100.0000\n\n"
        "5.  The scale is adopted.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [cells[0] for cells in table.cells[1:]] == [
        "Turkey",
        "United Kingdom of Great Britain and Northern Ireland",
        "United States of America",
        "Venezuela (Bolivarian Republic of)",
        "TOTAL",
    ]


def test_an_agendas_items_repeated_over_their_annotations_are_headings_and_the_list_keeps_its_items():
    """An agenda in two parts: the items listed (numbers, sub-items, a documents column), then the annotations,
    each under its item's number and title printed again. The repeated lines are headings (an item's under
    the part's heading, a sub-item's under its item's), the annotations their unnumbered paragraphs; the list
    keeps its numbered items, and a title repeated with other words stays a paragraph."""
    text = (
        "MC/2281\nOriginal: English\n2 October 2009\n\nCOUNCIL\n\nNINETY-EIGHTH SESSION\n\n"
        "PROVISIONAL AGENDA\n\n"
        "I.     AGENDA\n\n"
        "1.     Opening of the session\n\n"
        "2.     Adoption of the agenda                                                  MC/2281\n\n"
        "3.     Budgetary matters:\n"
        "       (a)   Programme and Budget for 2010                                     MC/2284\n"
        "       (b)   Scale of assessment for 2010                                      MC/2285\n\n"
        "4.     Closure of the session\n\n"
        "II.    ANNOTATIONS\n\n"
        "1.     Opening of the session\n"
        "The session will be opened by the outgoing Chairperson on the morning of the first day.\n\n"
        "2.     Adoption of the agenda\n"
        "The Council is invited to adopt the provisional agenda set out in Part I.\n\n"
        "3.     Budgetary matters:\n"
        "       (a)   Programme and Budget for 2010\n"
        "The Programme and Budget for 2010 is submitted with the recommendations of the Standing Committee.\n\n"
        "       (b)   Scale of assessment for 2010\n"
        "The proposed scale follows the United Nations scale adopted by the General Assembly.\n\n"
        "4.     Closing the session, the Chairperson will thank the delegations.\n"
    )
    document = iomparse.parse(text)
    sections = {section.num: section for _, section in iomparse.paths.walk(document) if isinstance(section, Section)}
    assert list(sections) == ["I", "II", "1", "2", "3", "(a)", "(b)"]
    assert [child.num for child in sections["II"].children if isinstance(child, Section)] == ["1", "2", "3"]
    assert [child.num for child in sections["3"].children if isinstance(child, Section)] == ["(a)", "(b)"]
    listed = [block.num for block in sections["I"].children if isinstance(block, Paragraph)]
    assert listed == ["1", "2", "3", "4"]
    annotation = [block for block in sections["1"].children if isinstance(block, Paragraph)]
    assert [block.num for block in annotation] == [None]
    numbered = [block.num for _, block in iomparse.paths.walk(document) if isinstance(block, Paragraph) and block.num]
    assert numbered == ["1", "2", "3", "4", "4"], "the last item, repeated in other words, stays a paragraph"


def test_an_agendas_items_beside_a_documents_column_stay_items_when_titles_wrap_or_have_no_documents():
    """The documents column beside items whose titles wrap onto a line of their own under their words
    (``… of the`` / ``Budget    S/40/9``), a column of symbols going on alone, the last items with no document
    and their numbers hanging (``13.   Other business``): a list of items, not a table; an item with a note's
    marker printed apart (``General debate 1``) is still the one its annotation's heading repeats."""
    text = (
        "MC/2500\nOriginal: English\n2 October 2031\n\nCOUNCIL\n\nHUNDRED AND TWENTIETH SESSION\n\n"
        "PROVISIONAL AGENDA\n\n"
        "PART I – AGENDA\n\n"
        "10.        General debate 1                                                    MC/INF/400\n"
        "11.        Budgetary matters:\n"
        "           (a) Programme and Budget for 2032:                                  S/40/8\n"
        "                  (i) Staff and services\n"
        "                  (ii) Operations                                              S/40/8/Add.1\n"
        "           (b) Status of contributions outstanding to the                      S/40/9\n"
        "                  Administrative Part of the Budget                            MC/2512\n"
        "           (c) Scale of assessment for 2032                                    S/40/10\n"
        "12.        Migration and climate: the consultations held in the regions        MC/INF/401\n"
        "13.        Report of the Audit and Oversight Advisory Committee               S/40/12\n"
        "           and its recommendations\n"
        "14.        Other business\n"
        "15.        Date and place of the next session\n"
        "16.        Closure of the session\n\n"
        "PART II – ANNOTATIONS\n\n"
        "10.    General debate\n"
        "Delegations are invited to register their names on the list of speakers.\n\n"
        "__________\n1 The theme of the debate is set out in the background paper.\n"
    )
    document = iomparse.parse(text)
    assert not tables_of(document)
    sections = [section for _, section in iomparse.paths.walk(document) if isinstance(section, Section)]
    assert [section.num for section in sections] == ["PART I", "PART II", "10"]
    listed = [block.num for block in sections[0].children if isinstance(block, Paragraph)]
    assert listed == ["10", "11", "12", "13", "14", "15", "16"]
    assert [item.label for item in sections[0].children[1].children] == ["(a)", "(b)", "(c)"]
    wrapped = (  # the items' numbers hanging, one title wrapped under its words: no table either
        "PROVISIONAL AGENDA\n\n11.   Update on the review of the field structure\n12.   Other business\n"
        "13.   Date and place of the next session of the\n      Standing Committee\n14.   Closure of the session\n"
    )
    assert not tables_of(iomparse.parse(wrapped))


def test_a_numbered_sentence_printed_again_in_an_annex_stays_a_paragraph():
    """A paragraph repeated word for word under its number in an annex (a document reproduced) is no agenda
    item's title over an annotation: a title ends with no full stop, even with a note's marker after it."""
    for marker in ("", "¹"):
        text = (
            "1. The Administration will strengthen the programme of activities.\n\n"
            "2. The Council is invited to take note of this document.\n\n"
            f"ANNEX I\n\n1. The Administration will strengthen the programme of activities.{marker}\n"
            "The programme is set out in the Strategy.\n"
        )
        document = iomparse.parse(text)
        assert not [block for _, block in iomparse.paths.walk(document) if isinstance(block, Section)], marker


def test_a_lead_in_paragraph_printed_again_over_its_text_stays_a_paragraph():
    """A numbered paragraph ending in a colon over a table, printed again in an annex over text: no agenda
    item's title (a list's item has nothing under it), so it stays a paragraph."""
    text = (
        "4. The Standing Committee recommended that the Council approve the following budget:\n\n"
        "(in Swiss francs)\n"
        "Staff costs           1,200,000      1,300,000\n"
        "Other costs             400,000        420,000\n\n"
        "ANNEX I\n\n"
        "4. The Standing Committee recommended that the Council approve the following budget:\n"
        "The budget is set out in the Programme and Budget for 2025.\n"
    )
    document = iomparse.parse(text)
    assert not [block for _, block in iomparse.paths.walk(document) if isinstance(block, Section)]


def test_a_statement_spaced_out_a_blank_line_under_each_group_label_and_two_between_parts_is_one_table():
    """A statement laid out with space between its groups: a blank line under the columns' headings, under a
    part's label and between a total and the next part's label (two there): one table under its caption,
    every group's label a row, no group's label taken for a caption."""
    text = (
        "12.  The Fund's position is set out below.\n\n"
        "                          (in US dollars)\n\n"
        "                                              Notes          2006          2005\n\n"
        "ASSETS\n\n"
        "Current assets\n"
        " Cash at bank                                     3     1,204,310     1,118,420\n"
        " Receivables                                            88,415        79,002\n"
        "    Total current assets                                1,292,725     1,197,422\n\n"
        "TOTAL ASSETS                                            1,292,725     1,197,422\n\n\n"
        "LIABILITIES AND RESERVES\n\n"
        "Current liabilities\n"
        " Payables                                         4        92,118        87,240\n"
        " Deferred income                                           10,000        10,000\n"
        "    Total current liabilities                             102,118        97,240\n\n"
        "Reserves                                                1,190,607     1,100,182\n\n"
        "TOTAL LIABILITIES AND RESERVES                          1,292,725     1,197,422\n\n"
        "13.  The reserves rose by 8 per cent.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "(in US dollars)"
    labels = [cells[0] for cells in table.cells if cells and cells[0]]
    assert labels[:3] == ["ASSETS", "Current assets", "Cash at bank"]
    assert "LIABILITIES AND RESERVES" in labels and "Current liabilities" in labels
    assert labels[-1] == "TOTAL LIABILITIES AND RESERVES"


def test_a_long_name_wrapped_under_its_row_at_the_labels_margin_ends_its_label():
    """Rows a blank line apart, a long name's end printed under its row at the labels' margin, broken off on
    ``the`` (``Congo``) or inside its brackets (``of)``): each is one row with its figures, the table whole."""
    text = (
        "Member State                               Outstanding        Received\n\n"
        "Comoros                                        109,455               –\n\n"
        "Democratic Republic of the                     214,390          20,000\n"
        "Congo\n\n"
        "Venezuela (Bolivarian Republic                  98,940          98,940\n"
        "of)\n\n"
        "Yemen                                           39,900          13,300\n\n"
        "Total                                          462,685         132,240\n\n"
        "7.  The Committee is invited to take note of the arrears.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    rows = {cells[0]: cells[1:] for cells in table.cells if cells}
    assert list(rows)[1:] == [
        "Comoros",
        "Democratic Republic of the Congo",
        "Venezuela (Bolivarian Republic of)",
        "Yemen",
        "Total",
    ]
    assert rows["Democratic Republic of the Congo"] == ("214,390", "20,000")


def test_a_name_wrapped_under_its_row_in_a_table_spaced_out_keeps_the_table_whole():
    """Rows a blank line apart, a name's end right under its row with no blank line between (``The former
    Yugoslav`` / ``Republic of Macedonia``): a group's label would stand a blank line below the row above, so
    the line is the table's and the rows after it stay in the table."""
    text = (
        "Member State                               Outstanding        Received\n\n"
        "Tajikistan                                      66,433          15,000\n\n"
        "The former Yugoslav                             13,625               –\n"
        "Republic of Macedonia\n\n"
        "Togo                                            84,110          20,000\n\n"
        "Total                                          164,168          35,000\n\n"
        "7.  The Committee is invited to take note of the arrears.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    labels = [cells[0] for cells in table.cells if cells]
    assert labels[-2:] == ["Togo", "Total"] and "Tajikistan" in labels


def test_an_agenda_items_end_under_its_row_is_not_taken_for_a_names_end():
    """An agenda's items beside their documents column, one with two symbols on two lines, the next's title
    wrapped onto a line of its own under its symbol (``review of   S/18/13`` / ``implementation``): the
    wrapped end is no row label's, so the item after it stays a numbered item of its own."""
    text = (
        "                                                                              S/18/1\n"
        "                                                                    Original: English\n"
        "                                                                         4 May 2016\n\n"
        "           STANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "                                   Eighteenth Session\n\n"
        "                                 PROVISIONAL AGENDA\n\n"
        "                                                                          Documents\n\n"
        "1.    Opening of the session\n\n"
        "2.    Adoption of the agenda                                                  S/18/1\n\n"
        "7.    Relationship between IOM and the United Nations: update on the         S/18/11\n"
        "      negotiations with the Secretariat of the United Nations          S/18/11/Add.1\n\n"
        "8.    Migration Crisis Operational Framework (MC/2355): review of            S/18/13\n"
        "      implementation\n\n"
        "9.    Report on human resources management                                   S/18/12\n\n"
        "10.   Any other business\n"
    )
    document = iomparse.parse(text)
    assert not any("S/18/12" in row for table in tables_of(document) for row in table.rows)


def test_a_statement_of_changes_opening_with_a_balance_row_and_groups_naming_their_year_is_one_table():
    """A statement of changes: the opening balance alone on its row under the headings, then each year's
    movements under a label naming the year, negative figures in brackets whose ends ``-layout`` sets a few
    characters off the column's, a total two blank lines below the last group: one table."""
    text = (
        "                        (in thousands of US dollars)\n\n"
        "                                                  Accumulated                   Total\n"
        "                                          Notes       surplus      Reserves     net assets\n\n"
        "NET ASSETS AT 31 DECEMBER 2018                        221,905       116,475       338,380\n\n"
        "Movements in 2019\n"
        " Deficit for the year                                  (5,118)             –         (5,118)\n"
        " Transfers to reserves                       14          (4,000)         4,000              –\n"
        "Total movements in 2019                                (9,118)         4,000         (5,118)\n\n\n"
        "NET ASSETS AT 31 DECEMBER 2019                        212,787       120,475       333,262\n\n"
        "14.  Reserves rose in 2019.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    labels = [cells[0] for cells in table.cells if cells and cells[0]]
    assert labels[0] == "NET ASSETS AT 31 DECEMBER 2018" and labels[-1] == "NET ASSETS AT 31 DECEMBER 2019"
    assert "Movements in 2019" in labels


def test_a_numbered_caption_opening_the_next_page_starts_a_table_of_its_own():
    """A table ends at a page's foot; the next page opens with another table under its own numbered caption:
    two tables, not one going on over the page."""
    text = (
        "C/9/7\nOriginal: English\n1 October 2019\n\n"
        "20.  The categories compare as follows.\n\n"
        "Category                                   2019          2020\n"
        "Salaries                                 30,150,000    31,004,000\n"
        "Total Administrative Part                49,711,000    51,783,000\n"
        "\f                                                   C/9/7\n"
        "                                                   Page 5\n\n\n"
        "Table 1. Posts funded from the Administrative Part, by grade\n"
        " Grade                                 2019              2020\n"
        " D-2                                      4                 4\n"
        " P-5                                     27                28\n\n"
        "21.  The posts are unchanged in number.\n"
    )
    tables = tables_of(iomparse.parse(text))
    assert len(tables) == 2
    assert tables[1].caption == "Table 1. Posts funded from the Administrative Part, by grade"


def test_a_caption_two_blank_lines_under_a_table_and_one_over_the_next_heads_a_table_of_its_own():
    """A table, two blank lines, a caption in sentence case, a blank line, the next table's rows with figures
    in the same columns: two tables, the second under its caption (a part's label spaced out is in
    capitals)."""
    text = (
        "                                               2019          2018\n\n"
        "Assessed contributions                       50,000        40,000\n"
        "Total income                                 50,000        40,000\n\n\n"
        "Staff costs by region\n\n"
        "Africa                                       20,000        18,000\n"
        "Asia                                         30,000        25,000\n\n"
        "The Council took note of the report.\n"
    )
    tables = tables_of(iomparse.parse(text))
    assert [table.caption for table in tables] == [None, "Staff costs by region"]


def test_a_paragraphs_last_line_a_blank_line_over_a_table_stays_the_paragraphs():
    """A paragraph's last line ending on a colon, a blank line over a table's rows: no group's label, the
    paragraph whole."""
    text = (
        "1. The Standing Committee examined the budget and noted the\n"
        "Member States' contributions as follows:\n\n"
        "Assessed contributions                       50,000        40,000\n"
        "Voluntary contributions                      60,000        55,000\n\n"
        "2. The Council took note.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [cells[0] for cells in table.cells if cells] == ["Assessed contributions", "Voluntary contributions"]
    assert "Member States' contributions as follows:" in iomparse.to_text(document).split("| Assessed")[0]


def test_a_source_under_a_table_spaced_out_is_no_names_end():
    """Rows a blank line apart, ``Source: …`` right under the total: a note, not the end of a name."""
    text = (
        "Member State                               Outstanding        Received\n\n"
        "Tajikistan                                      66,433          15,000\n\n"
        "Total                                          164,168          35,000\n"
        "Source: Accounts Division\n\n"
        "7.  The Committee is invited to take note of the arrears.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [cells[0] for cells in table.cells if cells][-1] == "Total"


def test_a_numbered_caption_printed_again_atop_the_next_page_goes_on_with_its_table():
    """A table's numbered caption printed again, word for word, atop the next page over the rest of its rows:
    one table going on (its repeated caption and headings kept in it)."""
    text = (
        "C/9/7\nOriginal: English\n1 October 2019\n\n20.  The posts compare as follows.\n\n"
        "Table 1. Posts funded from the Administrative Part, by grade\n"
        " Grade                                 2019              2020\n"
        " D-2                                      4                 4\n"
        " P-5                                     27                28\n"
        "\f                                                   C/9/7\n"
        "                                                   Page 5\n\n\n"
        "Table 1. Posts funded from the Administrative Part, by grade\n"
        " Grade                                 2019              2020\n"
        " P-4                                     31                33\n"
        " Total                                   62                65\n\n"
        "21.  The posts are unchanged in number.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [cells[0] for cells in table.cells if cells][-2:] == ["P-4", "Total"]


def test_a_statements_label_and_title_right_over_its_table_is_its_caption():
    """A financial statement's label and title on one line, a blank line over its table (the unit in the
    headings' row): the table's caption, not a heading over it. The next statement opening the next page
    under the same column headings is a table of its own. With its unit on a line between, the unit line is
    the caption and the title a heading."""
    statement = (
        "{title}\n\n{unit}"
        "                                                Note        2017        2016\n"
        "REVENUE\n"
        "  Voluntary contributions                         10   1,548,372   1,563,019\n"
        "  Assessed contributions                                  50,914      49,687\n"
        " Total revenue                                         1,599,286   1,612,706\n"
    )
    text = (
        "C/109/4\nOriginal: English\n25 May 2018\n\n"
        "18.  The Council is invited to take note of the statements below.\n\n"
        + statement.format(title="Statement I – Statement of financial position", unit="(in US dollars)")
        + f"\f{' ' * 50}C/109/4\n{' ' * 50}Page 5\n\n\n"
        + statement.format(title="Statement II – Statement of financial performance", unit="(in US dollars)")
    )
    first, second = tables_of(iomparse.parse(text))
    assert first.caption == "Statement I – Statement of financial position"
    assert second.caption == "Statement II – Statement of financial performance"
    apart = text.replace("\n\n(in US dollars)", "\n(in US dollars)\n\n")
    document = iomparse.parse(apart)
    assert [table.caption for table in tables_of(document)] == ["(in US dollars)", "(in US dollars)"]
    headings = [block.heading for block in document.body if isinstance(block, Section)]
    assert headings and "Statement of financial position" in iomparse.model.inline_text(headings[0])


def test_a_label_column_and_one_column_of_figures_set_right_are_a_table():
    """``-layout`` text of a table of two columns, its labels and one column of amounts set right (their
    starts differ, their ends do not): a table, not a paragraph of its rows run together."""
    text = (
        "C/109/4\nOriginal: English\n25 May 2018\n\n"
        "12.  The main donors were the following.\n\n"
        "Schedule – Voluntary contributions by donor, 2017\n\n"
        "Donor                                                 USD thousands\n\n"
        "  United States of America                                  498,215\n"
        "  European Union                                            196,432\n"
        "  Germany                                                    88,940\n"
        "  Other donors                                              383,440\n"
        "Total                                                     1,167,027\n\n"
        "13.  Contributions in kind are not included.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "Schedule – Voluntary contributions by donor, 2017"
    assert [row for row in table.cells if row][-2:] == [("Other donors", "383,440"), ("Total", "1,167,027")]


def test_a_labels_heading_alone_under_a_numbered_caption_is_the_tables_not_its_caption():
    """A PDF's text printed the columns' headings elsewhere: the numbered caption, the heading of the labels
    alone (``Object of expenditure``), then the rows. The numbered line is the caption; the heading alone is
    the table's first line, no caption."""
    text = (
        "MC/2320/Corr.1\nOriginal: English\n4 November 2011\n\n"
        "3.  Replace the existing table by the following:\n\n"
        "Table 2 – Administrative Part of the Budget by object of expenditure\n\n"
        "Object of expenditure\n\n"
        "Staff salaries and benefits    30,771,000    31,283,000      512,000\n"
        "Travel and representation       1,246,000     1,198,000     (48,000)\n"
        "Total                          32,017,000    32,481,000      464,000\n\n"
        "4.  The other tables are unchanged.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "Table 2 – Administrative Part of the Budget by object of expenditure"
    assert [row[0] for row in table.cells if row][:2] == ["Object of expenditure", "Staff salaries and benefits"]


def test_an_agendas_item_repeated_with_its_title_wrapped_or_without_its_theme_is_one_heading():
    """The annotations repeat an item whose title wraps over two lines (``9. Reports on … of the Standing`` /
    ``Committee on Programmes and Finance``) as one heading, the two lines its title; one whose listed title
    gives a theme after a colon (``7. General debate: “…”``) by its title alone (``7. General debate``); and
    an item's documents wrapped in their column (``C/99/2,`` / ``C/99/3``) leave the list's next sub-item an
    item."""
    text = (
        "C/99/1\nOriginal: English\n1 October 2008\n\nCOUNCIL\n\n99th Session\n\n"
        "PROVISIONAL AGENDA\n\n"
        "6.     Admission of observers\n"
        "       (a)   Applications by intergovernmental organizations                   C/99/2,\n"
        "                                                                               C/99/3\n"
        "       (b)   Application by a non-governmental organization                    C/99/4\n\n"
        "7.     General debate: “Migration and development: a shared                     C/99/5\n"
        "       responsibility”\n\n"
        "9.     Reports on the Eighth and Ninth Sessions of the Standing                S/8/12,\n"
        "       Committee on Programmes and Finance                                     S/9/10\n\n"
        "ANNOTATIONS\n\n"
        "7.     General debate\n"
        "       The debate will be organized around the theme set out in the provisional agenda.\n\n"
        "9.     Reports on the Eighth and Ninth Sessions of the Standing\n"
        "       Committee on Programmes and Finance\n"
        "       The Standing Committee met twice during the year and reported on both sessions.\n"
    )
    document = iomparse.parse(text)
    headings = [
        (section.num, iomparse.model.inline_text(section.heading))
        for _, section in iomparse.paths.walk(document)
        if isinstance(section, Section)
    ]
    assert headings[1:] == [
        ("7", "General debate"),
        ("9", "Reports on the Eighth and Ninth Sessions of the Standing Committee on Programmes and Finance"),
    ]
    items = [block.label for _, block in iomparse.paths.walk(document) if isinstance(block, iomparse.Item)]
    assert items == ["(a)", "(b)"]


def test_an_agendas_item_wrapped_twice_beside_its_documents_and_repeated_wrapped_elsewhere_is_a_heading():
    """The list wraps item 10's title twice beside the documents column; the annotations repeat it wrapped at
    another word, its annotation right under it: one heading, its title whole."""
    text = (
        "C/111/1\nOriginal: English\n5 October 2020\n\nCOUNCIL\n\n111th Session\n\n"
        "PROVISIONAL AGENDA\n\n"
        "9.      Draft report on the 110th Session of the Council                    C/110/L/14\n\n"
        "10.     Report on matters discussed at the Twenty-sixth and                 S/26/15\n"
        "        Twenty-seventh Sessions of the Standing Committee on                C/111/10\n"
        "        Programmes and Finance\n\n"
        "ANNOTATIONS\n\n"
        "9.     Draft report on the 110th Session of the Council\n"
        "The Council will be invited to adopt the report.\n\n"
        "10.    Report on matters discussed at the Twenty-sixth and Twenty-seventh Sessions of\n"
        "       the Standing Committee on Programmes and Finance\n"
        "The Twenty-sixth Session of the Standing Committee was held online on 30 June 2020.\n"
    )
    document = iomparse.parse(text)
    headings = [
        (section.num, iomparse.model.inline_text(section.heading))
        for _, section in iomparse.paths.walk(document)
        if isinstance(section, Section)
    ]
    assert headings[-1] == (
        "10",
        "Report on matters discussed at the Twenty-sixth and Twenty-seventh Sessions of the Standing Committee on"
        " Programmes and Finance",
    )


def test_column_headings_with_a_columns_heading_alone_on_some_lines_are_the_tables_not_its_caption():
    """Headings over four lines, two of them holding one column's heading alone (``IOM scale`` / ``2014
    (%)``, between the others' lines): the table's first lines, and its caption the unit line above."""
    text = (
        "                 SCALE OF ASSESSMENT FOR 2015\n"
        "                (in per cent and Swiss francs)\n\n"
        "                          United Nations            Proposed IOM     Assessed\n"
        "                                           IOM scale\n"
        "Member State                   scale                 scale 2015    contribution\n"
        "                                           2014 (%)\n"
        "                          2013–2015 (%)                 (%)        2015 (CHF)\n"
        "Albania                          0.010      0.0350      0.0350         14,010\n"
        "Algeria                          0.137      0.1460      0.1459         58,390\n"
        "Angola                           0.010      0.0350      0.0350         14,010\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "(in per cent and Swiss francs)"
    assert table.cells[0] == ("", "United Nations", "Proposed IOM", "Assessed")
    assert table.cells[-1] == ("Angola", "0.010", "0.0350", "0.0350", "14,010")


def test_two_rows_printed_label_label_then_figures_column_after_column_are_read_by_their_totals():
    """pdfminer prints a pair of rows as both labels, then the first row's first figure, the second's, the
    first's second …: their totals hold only read that way, so that way they are read (and row after row,
    the rule, where the totals hold so, as in a layout where each row's figures follow its label)."""
    rows = [
        ("Asia and the Pacific", "24,610,000", "158,420,000", "183,030,000"),
        ("East and Horn of Africa", "21,940,000", "168,350,000", "190,290,000"),
        ("European Economic Area", "9,870,000", "61,280,000", "71,150,000"),
    ]
    text = (
        "Table 4. Operational Part of the Budget by region (in US dollars)\n\n"
        "Region\n\nStaff and\noffice costs\n\nProgramme\ncosts\n\nTotal\n\n"
        + "\n\n".join("\n\n".join(row) for row in rows)
        + "\n\nSouth America\n\nSouthern Africa\n\n"
        + "8,920,000\n\n6,740,000\n\n83,710,000\n\n38,190,000\n\n92,630,000\n\n44,930,000\n\n"
        + "West and Central Africa\n\n17,530,000\n\n132,860,000\n\n150,390,000\n\n"
        + "13.\n\nThe regional figures include staff and office costs.\n"
    )
    read = table_rows_of(iomparse.parse(text))
    assert ("South America", "8,920,000", "83,710,000", "92,630,000") in read
    assert ("Southern Africa", "6,740,000", "38,190,000", "44,930,000") in read
    row_after_row = text.replace(
        "6,740,000\n\n83,710,000\n\n38,190,000\n\n92,630,000", "83,710,000\n\n92,630,000\n\n6,740,000\n\n38,190,000"
    )
    assert ("Southern Africa", "6,740,000", "38,190,000", "44,930,000") in table_rows_of(iomparse.parse(row_after_row))
    counts = text.replace(
        "8,920,000\n\n6,740,000\n\n83,710,000\n\n38,190,000\n\n92,630,000\n\n44,930,000",
        "10\n\n5\n\n7\n\n15\n\n20\n\n21",
    )
    read = table_rows_of(iomparse.parse(counts))  # no totals either way (within a rounding): row after row
    assert ("South America", "10", "5", "7") in read and ("Southern Africa", "15", "20", "21") in read


def test_a_pair_of_rows_printed_column_after_column_among_rows_printed_row_after_row_is_read_by_its_totals():
    """Among rows whose labels were printed one after another, then their figures, pdfminer may print two
    rows' cells column after column and the others row after row: the pair whose totals do not hold as
    printed, and hold read across, is read across; the rows around it stay as printed (``Subtotal``, printed
    apart with them, takes the row left after ``Labour mobility``'s)."""
    rows = [
        ("Programme support", "2,110,000", "3,050,000", "5,160,000"),
        ("Return assistance", "7,400,000", "12,600,000", "20,000,000"),
    ]
    text = (
        "Table 2. Operational Part of the Budget by service (in US dollars)\n\n"
        "Service\n\nStaff and\noffice costs\n\nProgramme\ncosts\n\nTotal\n\n"
        + "\n\n".join("\n\n".join(row) for row in rows)
        + "\n\nLabour mobility\n\n4,300,000\n\n8,250,000\n\n12,550,000\n\n13,810,000\n\n23,900,000\n\n37,710,000\n\n"
        + "Subtotal\nResettlement\nHealth assessments\nCounter-trafficking\n\n"
        + "3,100,000\n\n5,020,000\n\n9,900,000\n\n14,480,000\n\n13,000,000\n\n19,500,000\n\n"
        + "1,750,000\n\n2,330,000\n\n4,080,000\n\n"
        + "Total\n\n30,680,000\n\n57,690,000\n\n88,370,000\n\n"
        + "9.\n\nThe services are described in Part III.\n"
    )
    read = table_rows_of(iomparse.parse(text))
    assert ("Labour mobility", "4,300,000", "8,250,000", "12,550,000") in read
    assert ("Subtotal", "13,810,000", "23,900,000", "37,710,000") in read
    assert ("Resettlement", "3,100,000", "9,900,000", "13,000,000") in read
    assert ("Health assessments", "5,020,000", "14,480,000", "19,500,000") in read
    assert ("Counter-trafficking", "1,750,000", "2,330,000", "4,080,000") in read


def test_long_labels_wrapped_at_their_margin_are_one_row_with_the_figures_under_them():
    """-layout prints a long label wrapped over two lines at the labels' margin, its figures on the second:
    a long label's qualifier in brackets (``(Administrative Part)``) and a label broken off on ``and`` over
    its end in lower case, however long its first line, are the ends of the labels above, not rows of their
    own, and the table goes on past them."""
    text = (
        "5.\nThe statement is set out below.\n\n"
        "                              (in thousands of US dollars)\n"
        "                                                              2012            2011\n"
        "Cash and cash equivalents                                     602,114         588,300\n"
        "Assessed contributions receivable from the Member States\n"
        "(Operational Part)                                              6,210           5,987\n"
        "Inventories                                                    14,505          12,880\n"
        "Transport and reception of migrants, including medical checks and\n"
        "escorts on departure                                          388,046         352,119\n"
        "Other operating costs                                          70,337          66,102\n"
        "Total                                                       1,081,212       1,025,388\n"
        "\n6.\nThe Committee took note of the statement.\n"
    )
    read = table_rows_of(iomparse.parse(text))
    assert ("Assessed contributions receivable from the Member States (Operational Part)", "6,210", "5,987") in read
    assert (
        "Transport and reception of migrants, including medical checks and escorts on departure",
        "388,046",
        "352,119",
    ) in read
    assert read[-1] == ("Total", "1,081,212", "1,025,388")


def test_a_label_wrapped_over_three_lines_at_its_margin_its_ends_in_lower_case_is_one_row():
    """-layout prints a label wrapped over three lines at the labels' margin, the second and third opening in
    lower case, its figures on the third: one row, and the table goes on past it."""
    text = (
        "7.\nThe budget by object of expenditure is set out below.\n\n"
        "                                    (in Swiss francs)\n"
        "                                               2016          2017\n"
        "Travel and representation                   612,000       590,000\n"
        "Contractual services, including external\n"
        "audit and information technology\n"
        "licences                                  1,362,000     1,441,000\n"
        "Premises maintenance and utilities        1,026,000     1,057,000\n"
        "Total                                     3,000,000     3,088,000\n"
        "\n8.\nThe Committee took note of the budget.\n"
    )
    read = table_rows_of(iomparse.parse(text))
    assert (
        "Contractual services, including external audit and information technology licences",
        "1,362,000",
        "1,441,000",
    ) in read
    assert read[-1] == ("Total", "3,000,000", "3,088,000")


def test_a_label_in_capitals_wrapped_at_its_margin_its_end_opening_on_and_is_one_row():
    """-layout prints a total's label in capitals over two lines at the labels' margin, the second opening
    with ``AND`` (a word no label opens with), its figures on the second: one row, the capitals' analogue of
    an end opening in lower case."""
    text = (
        "9.\nThe statement of financial position is set out below.\n\n"
        "                                     (in US dollars)\n"
        "                                                    2030            2029\n"
        "Total liabilities                              8,120,400       7,904,210\n"
        "Fund balances                                  3,090,369       2,870,118\n"
        "TOTAL LIABILITIES, RESERVES\n"
        "AND FUND BALANCES                             11,210,769      10,774,328\n"
        "\n10.\nThe Committee took note of the statement.\n"
    )
    read = table_rows_of(iomparse.parse(text))
    assert read[-1] == ("TOTAL LIABILITIES, RESERVES AND FUND BALANCES", "11,210,769", "10,774,328")


def test_an_amount_in_parentheses_is_no_caption():
    """``(in Swiss francs)`` is a caption in parentheses; ``(27,000)``, a negative amount a table left
    behind, is none."""
    assert CAPTION.fullmatch("(in Swiss francs)") and CAPTION.fullmatch("(number of positions)")
    assert not CAPTION.fullmatch("(27,000)") and not CAPTION.fullmatch("(8.7)")


def test_an_agendas_documents_cells_holding_several_symbols_wrapped_after_a_comma_stay_items():
    """Items whose documents cell lists several symbols (``MC/2409, MC/2410``), one going on under the next
    line's words after a comma (``MC/2411, MC/2412,`` / ``MC/2413``), the first items with no document:
    a list of items, each sub-item its symbols, and no table."""
    text = (
        "MC/2600\nOriginal: English\n6 October 2034\n\nCOUNCIL\n\nPROVISIONAL AGENDA\n\n\n"
        "1.    Opening of the session\n"
        "2.    Election of officers\n"
        "3.    Adoption of the agenda                                  MC/2600, MC/2601\n"
        "4.    Admission of new Members\n"
        "      (a)   Applications for membership                       MC/2602, MC/2603,\n"
        "                                                              MC/2604\n"
        "      (b)   Applications by observers                         MC/2605\n"
        "5.    General debate\n"
        "6.    Closure of the session\n"
    )
    document = iomparse.parse(text)
    assert not tables_of(document)
    listed = [block for block in document.body if isinstance(block, Paragraph)]
    assert [block.num for block in listed] == ["1", "2", "3", "4", "5", "6"]
    items = listed[3].children
    assert [item.label for item in items] == ["(a)", "(b)"]
    assert iomparse.model.inline_text(items[0].content).endswith("MC/2602, MC/2603, MC/2604")


def test_a_tables_note_is_no_licence_to_read_letters_in_the_prose_under_it_and_a_short_note_is_kept():
    """Under a table's note ``a``, a paragraph whose wrapped line opens ``a Member State …`` is prose, not the
    note ``a`` again; and a letter alone over a short note's text (``Provisional figures``) is the note."""
    table = (
        "Table 3: Posts by grade\n\nGrade      2020     2021\nD-2           4        5\nD-1          12       14\n\n"
    )
    prose = (
        table + "a   Two posts were reclassified in 2021.\n\n"
        "The Administration notes that the reclassification was requested by\n"
        "a Member State during the last session of the Committee and\nwas approved in the usual way.\n"
    )
    document = iomparse.parse(prose)
    assert [note.marker for note in document.footnotes] == ["a"]
    assert "requested by a Member State during" in iomparse.to_text(document)
    short = iomparse.parse(table + "a\nProvisional figures\n\n1. The Committee took note.\n")
    assert [(note.marker, iomparse.model.inline_text(note.content)) for note in short.footnotes] == [
        ("a", "Provisional figures")
    ]


def test_numbers_in_a_column_headed_on_its_own_stay_cells_of_their_own():
    """``Indicator   Subject   Tier`` over ``3.c   Health workforce …   I``: the numbers' column has its own
    heading, so a number is a cell, not the start of its row's label, whether it reads as a section's number
    (``8.8``) or not (``3.c``)."""
    text = (
        "9.  The indicators below bear on migration.\n\n"
        "Table 2. Indicators bearing on migration\n"
        "  Indicator     Subject                                     Tier\n"
        "  3.c           Health workforce in developing States       I\n"
        "  8.8           Labour rights of migrant workers            II\n"
        "  10.7          Well-managed migration policies             II\n\n"
        "10.  Data remain scarce.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.cells == (
        ("Indicator", "Subject", "Tier"),
        ("3.c", "Health workforce in developing States", "I"),
        ("8.8", "Labour rights of migrant workers", "II"),
        ("10.7", "Well-managed migration policies", "II"),
    )


def test_an_agendas_sub_items_repeated_in_italics_over_two_lines_beside_close_documents_are_headings():
    """A PDF's agenda: a long sub-item wraps, its documents column set two spaces from its title (``… of
    Social  C/130/8``); repeated over its annotation in italics, a line each (``*Application … by*`` /
    ``*an observer*``). The repeated sub-items are headings under their item's, their annotations text."""
    text = (
        "C/130/1\nOriginal: English\n2 October 2039\n\nCOUNCIL\n\n130th Session\n\nPROVISIONAL AGENDA\n\n"
        "**PART I – AGENDA ITEMS**\n\n"
        "1.    Opening of the session\n"
        "2.    Applications for representation by observers\n"
        "      (a)  Application by the Economic Community of Central      C/130/7\n"
        "           African States for representation by an observer      C/130/L/3\n"
        "      (b)  Application by the International Federation of Social  C/130/8\n"
        "           Workers for representation by an observer             C/130/L/4\n"
        "3.    Closure of the session\n\n"
        "**PART II – ANNOTATIONS**\n\n"
        "1.    **Opening of the session**\n\nThe outgoing Chairperson will open the session.\n\n"
        "2.    **Applications for representation by observers**\n\n"
        "The Council has received two applications for representation by an observer.\n\n"
        "      (a)  *Application by the Economic Community of Central African States for representation*\n"
        "           *by an observer*\n"
        "In a letter dated 14 June 2039 (C/130/7), the Community requested observer status.\n\n"
        "      (b)  *Application by the International Federation of Social Workers for representation by*\n"
        "           *an observer*\n"
        "The request of the Federation is reproduced in document C/130/8.\n\n"
        "3.    **Closure of the session**\n\nThe Chairperson will close the session.\n"
    )
    document = iomparse.parse(text)
    sections = {section.num: section for _, section in iomparse.paths.walk(document) if isinstance(section, Section)}
    assert [child.num for child in sections["2"].children if isinstance(child, Section)] == ["(a)", "(b)"]
    assert [inline_text(child.heading) for child in sections["2"].children if isinstance(child, Section)] == [
        "Application by the Economic Community of Central African States for representation by an observer",
        "Application by the International Federation of Social Workers for representation by an observer",
    ]


def test_a_typed_table_ruled_under_its_headings_and_over_its_total_is_one_table():
    """A typist rules a table with dashes across it, under the column headings and over the total: the
    headings, the rows and the total are one table under its caption."""
    text = (
        "13.   The estimates by service were as follows:\n\n"
        "                           (in US dollars)\n\n"
        "                                               1992            1993\n"
        "   Service                                 (revised)     (estimates)\n"
        "   ----------------------------------------------------------------\n"
        "   Resettlement Migration                 104,820,000      96,410,000\n"
        "   Migration for Development               25,940,000      27,385,000\n"
        "   ----------------------------------------------------------------\n"
        "   Total                                  130,760,000     123,795,000\n\n"
        "14.   He drew the Council's attention to the arrears.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "(in US dollars)"
    labels = [row[0] for row in table.cells if row and row[0].strip() and not row[0].startswith("---")]
    assert labels[-3:] == ["Resettlement Migration", "Migration for Development", "Total"]
    assert any("(revised)" in row for row in table.rows), "the headings are the table's"


def test_a_unit_set_right_under_a_note_and_a_headings_first_words_over_its_row_are_the_tables():
    """The table's unit printed at the right right under the sentence above the table, and a heading's first
    words (``2018 and``) alone over the row of headings: the caption and a line of the headings, no caption
    ``2018 and`` and no unit run into the sentence."""
    text = (
        "A dash indicates that the contribution for the year concerned has been paid in full; a blank cell\n"
        "indicates that the State was not a Member of the Organization in that year.\n"
        "                                                                                  (in Swiss francs)\n\n"
        "                                       2018 and\n"
        "Member State                         prior years    2019        2020          2021           Total\n\n"
        "Afghanistan                                   –        –           –        21,962         21,962\n"
        "Antigua and Barbuda                       6,473     2,616       2,537         2,636        14,262\n"
        "Total                                     6,473     2,616       2,537        24,598        36,224\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "(in Swiss francs)"
    assert "2018 and" in table.rows[0]
    assert table_rows_of(document)[-1][0] == "Total"


def test_a_rule_under_a_table_over_a_footnote_leaves_the_footnote_out_of_it():
    table = (
        "1.    The table below gives the figures.\n\n"
        "                               2009            2010\n"
        "Staff costs                4,586,000       4,600,000\n"
        "Travel                       120,000         118,000\n"
        "Total                      4,706,000       4,718,000\n"
    )
    for after in ("____________________\n¹   See resolution No. 1234 of 26 November 2012, paragraph 3.\n",):
        document = iomparse.parse(table + after)
        (found,) = tables_of(document)
        assert [row[0] for row in found.cells if row and row[0].strip()][-1] == "Total", after


def test_groups_labels_a_blank_line_over_rows_printed_a_blank_line_apart_are_rows_of_one_table():
    """A statement whose rows stand a blank line apart (cells padded): the part in capitals, then groups in
    sentence case (``Contributions``, ``Other revenue``), each a blank line over its rows. Each is a row of the
    one table under the statement's caption and headings, not the caption of a table of its own."""
    text = (
        "Statement II – Financial performance for the year ended 31 December 2030 (USD thousands)\n\n"
        "                                              Note          2030             2029\n\n"
        " REVENUE\n\n"
        " Contributions\n\n"
        "    Voluntary contributions                    12         1,840,200        1,702,115\n\n"
        "    Assessed contributions                     13            58,406           55,980\n\n"
        " Total contributions                                      1,898,606        1,758,095\n\n"
        " Other revenue\n\n"
        "    Investment income                          14            12,904            9,870\n\n"
        "    Sundry income                                             3,115            2,406\n\n"
        " TOTAL REVENUE                                            1,914,625        1,770,371\n\n"
        "12.  Revenue grew by 8 per cent in 2030.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Statement II – Financial performance for the year ended 31 December 2030 (USD thousands)"
    assert [row[0] for row in table.cells if row] == [
        "",
        "REVENUE",
        "Contributions",
        "Voluntary contributions",
        "Assessed contributions",
        "Total contributions",
        "Other revenue",
        "Investment income",
        "Sundry income",
        "TOTAL REVENUE",
    ]


WORDS_COVER = (
    "                                                                  MC/INF/291\n"
    "                                                               Original: English\n"
    "                                                                  12 May 2008\n\n"
    "NINETY-SIXTH SESSION\n\n"
    "                       FRAMEWORK FOR PARTNERSHIPS WITH CIVIL SOCIETY\n\n"
    "7.  The forms of partnership the Administration proposes are set out in Table 2.\n\n"
)
WORDS_TABLE = (
    "                 Table 2: Forms of partnership and who takes part\n"
    "            Form                          Purpose                              Participants\n"
    "   Consultation                Annual dialogue on policy and             Member States; civil\n"
    "                               operational priorities                    society organizations\n"
    "   Joint programming           Projects designed and carried             Country offices;\n"
    "                               out together                              local partners\n"
    "   Secondment of               Exchange of experts for up to             Partner agencies\n"
    "   personnel                   two years\n\n"
)


def test_a_table_of_words_under_its_numbered_caption_is_read_its_cells_unwrapped():
    """A table with no figure (`_spaced_rows` needs some): its columns' headings centred over the columns,
    three at least, cells wrapped onto the next line, a label's end in lower case, under its ``Table N:``
    caption; the paragraph after it is no part of it."""
    document = iomparse.parse(WORDS_COVER + WORDS_TABLE + "8.  Each form would be reviewed after two years.\n")
    (table,) = tables_of(document)
    assert table.caption == "Table 2: Forms of partnership and who takes part"
    assert table_rows_of(document) == [
        ("Form", "Purpose", "Participants"),
        (
            "Consultation",
            "Annual dialogue on policy and operational priorities",
            "Member States; civil society organizations",
        ),
        ("Joint programming", "Projects designed and carried out together", "Country offices; local partners"),
        ("Secondment of personnel", "Exchange of experts for up to two years", "Partner agencies"),
    ]
    assert [number for kind, number in numbered_of(document) if kind == "Paragraph"] == ["7", "8"]


def test_a_table_of_words_ends_at_its_note_and_needs_its_caption():
    """A note under the table (``*   …``) is no row; without its numbered caption, lines laid out so are left as
    text: headings centred over their columns, not set on them, are no evidence of a table alone (see
    test_headed_word_tables for headings that are)."""
    note = "   *   Under the Staff Regulations in force in 2008.\n\n"
    document = iomparse.parse(
        WORDS_COVER + WORDS_TABLE.rstrip("\n") + "\n" + note + "8.  Each form would be reviewed.\n"
    )
    assert [row[0] for row in table_rows_of(document)][-1] == "Secondment of personnel"
    uncaptioned = WORDS_TABLE.split("\n", 1)[1]
    assert tables_of(iomparse.parse(WORDS_COVER + uncaptioned + "8.  Each form would be reviewed.\n")) == []


def test_a_table_of_words_keeps_rows_labelled_in_lower_case_and_stops_at_a_heading_under_it():
    """Rows labelled ``a.``, ``b.`` are rows, not a label's ends; a cell opening with the article ``a`` is no
    note; a heading a blank line under the table is no row of it."""
    table = (
        "                 Table 2: Forms of partnership and who takes part\n"
        "            Form                          Purpose                              Participants\n"
        "   a. Consultation             Annual dialogue on policy                 Member States\n"
        "   b. Joint programming        Projects designed together                a shared budget\n"
        "   c. Secondment               Exchange of experts                       Partner agencies\n\n"
        "   Review\n\n"
    )
    document = iomparse.parse(WORDS_COVER + table + "8.  Each form would be reviewed after two years.\n")
    assert [row[0] for row in table_rows_of(document)] == [
        "Form",
        "a. Consultation",
        "b. Joint programming",
        "c. Secondment",
    ]
    assert table_rows_of(document)[2][2] == "a shared budget"


def test_a_labels_end_wrapped_beside_the_ends_of_other_cells_stays_in_its_row():
    """``Dissemination of   Profiles published online after   6   25`` / ``findings   government clearance``:
    the label's end at the label's margin, in lower case, beside the next cell's end where that cell starts."""
    text = WORDS_COVER + (
        "                 Table 3. Results by area of work\n\n"
        " Area of work          Indicator                                   Baseline      Result\n"
        " Country coverage      Countries with a completed assessment             15          34\n"
        " Dissemination of      Profiles published online after                    6          22\n"
        " findings              government clearance\n"
        " Policy follow-up      Share of countries asking for support            33%         59%\n\n"
        "8.  Each form would be reviewed after two years.\n"
    )
    assert [row[:2] for row in table_rows_of(iomparse.parse(text))] == [
        ("Area of work", "Indicator"),
        ("Country coverage", "Countries with a completed assessment"),
        ("Dissemination of findings", "Profiles published online after government clearance"),
        ("Policy follow-up", "Share of countries asking for support"),
    ]


def test_a_columns_heading_begun_alone_on_the_line_above_the_others_is_no_caption():
    """A column's heading three lines high over headings two lines high (``Balance`` / ``Balance   at 31`` /
    ``at 1 January   Paid in   December``): its first line stands alone, set in over its column, right above
    the others, its end over the end of the column's next line; it heads the column, and the unit above the
    headings stays the caption. A caption in parentheses, or one centred over no cell, set in alone over the
    rows stays a caption."""
    rows = (
        "                                                                 Balance\n"
        "                                   Balance                        at 31\n"
        "                                at 1 January      Paid in      December\n"
        "Member State                            2031         2031          2031\n"
        "Bhutan                                 1,200        1,200             -\n"
        "Chad                                   8,400        4,000         4,400\n"
        "Fiji                                     900            -           900\n"
    )
    document = iomparse.parse("                              (in Swiss francs)\n\n" + rows)
    (table,) = tables_of(document)
    assert table.caption == "(in Swiss francs)"
    assert [row[0] for row in table.cells if row and row[0]][-3:] == ["Bhutan", "Chad", "Fiji"]
    assert table.cells[0] == ("", "Balance")  # (the headings' lines stay rows of their own, as ever)
    positions = (
        "                              (number of positions)\n"
        "Grade                                   2031         2032        Change\n"
        "Director General                           1            1             -\n"
        "Directors                                 14           15             1\n"
    )
    (table,) = tables_of(iomparse.parse(positions))
    assert table.caption == "(number of positions)"
    centred = positions.replace("(number of positions)", "  STAFFING SUMMARY   ")  # over no cell of its own
    (table,) = tables_of(iomparse.parse(centred))
    assert table.caption == "STAFFING SUMMARY"


def test_a_matrix_of_marks_is_a_table_its_empty_cells_kept_apart():
    """A table whose cells are marks (``X``, ``✓``) where a row and a column meet, no figure in it: a table as a
    table of figures is (its headings' two lines two rows), an empty cell where no mark is."""
    text = (
        "                                                                          S/19/7\n"
        "                                                                Original: English\n"
        "                                                                   12 May 2016\n\n"
        "STANDING COMMITTEE ON PROGRAMMES AND FINANCE\nNineteenth Session\n\n"
        "                         PARTNERSHIPS IN THE FIELD\n\n"
        "3.  The table below shows where each kind of partner took part.\n\n"
        "                              Technical       Joint            Shared\n"
        "Partner                       advice          appeals          premises\n"
        "United Nations agencies          ✓               ✓                ✓\n"
        "Regional bodies                  ✓\n"
        "Civil society                    ✓                                ✓\n"
        "Private sector                                   ✓\n\n"
        "4.  The Committee took note of the table.\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("", "Technical", "Joint", "Shared"),
        ("Partner", "advice", "appeals", "premises"),
        ("United Nations agencies", "✓", "✓", "✓"),
        ("Regional bodies", "✓", "", ""),
        ("Civil society", "✓", "", "✓"),
        ("Private sector", "", "✓", ""),
    ]
    assert [number for _, number in numbered_of(document)] == ["3", "4"]


def test_a_single_capital_x_in_a_line_of_prose_makes_no_table():
    text = (
        "                                                                          S/19/7\n"
        "                                                                Original: English\n"
        "                                                                   12 May 2016\n\n"
        "STANDING COMMITTEE ON PROGRAMMES AND FINANCE\nNineteenth Session\n\n"
        "3.  The option marked  X  in the form was chosen by most offices, as the\n"
        "survey shows.\n\n"
        "4.  The Committee took note.\n"
    )
    assert tables_of(iomparse.parse(text)) == []


def test_a_row_without_a_notes_reference_keeps_its_figures_under_their_years():
    """A statement's notes column holds a reference on some rows only: a row without one has an empty cell
    there, its figures under the years (not under ``Notes`` and the first year)."""
    text = (
        "                                                                          MC/2300\n"
        "                                                                Original: English\n"
        "                                                                   12 May 2011\n\n"
        "COUNCIL\n\n"
        "                         FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2010\n\n"
        "3.  The statement below sums up the year.\n\n"
        "                                              Notes            2010            2009\n"
        "Cash and short-term deposits                      3     410,512,300     388,104,650\n"
        "Investments                                       4      52,000,000      49,500,000\n"
        "Staff and other receivables                               6,015,447       5,880,112\n"
        "Total assets                                            468,527,747     443,484,762\n\n"
        "4.  The Committee took note of the statement.\n"
    )
    document = iomparse.parse(text)
    rows = {cells[0]: cells[1:] for cells in table_rows_of(document) if cells and cells[0]}
    assert rows["Investments"] == ("4", "52,000,000", "49,500,000")
    assert rows["Staff and other receivables"] == ("", "6,015,447", "5,880,112")
    assert rows["Total assets"] == ("", "468,527,747", "443,484,762")


ABBREVIATIONS_COVER = (
    "                                                                          MC/2101\n"
    "                                                                Original: English\n"
    "                                                                   2 May 2003\n\n"
    "COUNCIL\n\n"
)


def test_a_list_of_abbreviations_in_two_columns_is_a_table_its_headings_its_first_row():
    """``Acronym      Full name`` over abbreviations and what they stand for, a blank line between rows: one
    table of two columns, the headings its first row, each abbreviation a row's label."""
    text = ABBREVIATIONS_COVER + (
        "                              ACRONYMS\n\n"
        "Abbreviation   Meaning\n\n"
        "ECOWAS         Economic Community of West African States\n\n"
        "MiGOF          Migration Governance Framework\n\n"
        "UNICEF         United Nations Children's Fund\n\n"
        "1.  The Council met in May.\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Abbreviation", "Meaning"),
        ("ECOWAS", "Economic Community of West African States"),
        ("MiGOF", "Migration Governance Framework"),
        ("UNICEF", "United Nations Children's Fund"),
    ]


def test_two_abbreviations_or_texts_starting_on_other_columns_make_no_table():
    text = ABBREVIATIONS_COVER + (
        "1.  The Council met in May.\n\n"
        "EU     European Union\n"
        "ILO    International Labour Organization\n\n"
        "Mr  Smith said the Organization would report.\n"
        "NGO  Non-governmental organization\n"
        "IOM     International Organization for Migration\n"
        "UN        United Nations\n"
    )
    assert tables_of(iomparse.parse(text)) == []


def test_a_bold_caption_over_headings_left_as_text_captions_the_matrix_under_them():
    """A PDF read directly: the caption in bold a line of its own, the columns' headings a text of their own,
    then a matrix whose labels wrap around their marks, a blank line after some rows: one table, its caption
    the bold line, each label whole with its marks."""
    text = (
        "                                                                          C/110/INF/2\n"
        "                                                                Original: English\n"
        "                                                                   3 November 2019\n\n"
        "COUNCIL\n\n"
        "4.  The table below shows the partners of each activity.\n\n"
        "**Table 2. Activities by partner**\n\n"
        "                                   Host         Donor          Civil\n"
        " Activity                                                      society\n"
        "                                  States        States\n\n"
        " Assessments of labour markets in\n"
        "                                     ✓            ✓\n"
        " countries of destination\n"
        " Pre-departure orientation           ✓                          ✓\n\n"
        " Skills testing and certification\n"
        "                                                  ✓             ✓\n"
        " pilots\n"
        " Regional policy dialogue            ✓            ✓             ✓\n\n"
        "5.  The Council took note.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 2. Activities by partner"
    assert [cells for cells in table.cells if cells and cells[0]] == [
        ("Assessments of labour markets in countries of destination", "✓", "✓", ""),
        ("Pre-departure orientation", "✓", "", "✓"),
        ("Skills testing and certification pilots", "", "✓", "✓"),
        ("Regional policy dialogue", "✓", "✓", "✓"),
    ]


def test_a_wide_matrix_does_not_make_a_full_line_of_text_look_short():
    """A matrix's rows, wider than the text, are no measure of a line of text: a paragraph whose first line
    ends a sentence at the text's margin goes on under it (``… criteria.`` / ``It concluded …``)."""
    rows = "".join(
        f"{label:<50}✓              ✓              ✓              ✓              ✓\n"
        for label in ("Accounting and treasury", "Human resources", "Procurement", "Security", "Travel", "Legal")
    )
    text = (
        "S/29/6\n\nOriginal: English\n\n6 October 2021\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "Twenty-ninth Session\n\n"
        "8.    The review found that the division of work is broadly sound.\n\n" + rows + "\n"
        "9.    The working group assessed every country office against a common set of criteria.\n"
        "It concluded that the network as a whole remains fit for purpose, but it identified the\n"
        "following areas for improvement, which the Administration will address in 2022.\n"
    )
    document = iomparse.parse(text)
    last = [block for block in document.body if isinstance(block, Paragraph)][-1]
    assert last.num == "9" and "It concluded that the network" in inline_text(last.content)


def test_a_table_ends_the_cover_an_organs_name_under_it_is_text_not_an_annexs_header():
    """A cover, then a table before the body's first heading (a list of abbreviations on the page after the
    cover), then an organ's name alone in sentence case among lines left over: the table is the body's, so the
    name is text, no header of an annex that would take the whole body."""
    text = (
        "S/29/6\n\nOriginal: English\n\n6 October 2021\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "Twenty-ninth Session\n\nREVIEW OF THE FIELD PRESENCE\n\n\f"
        "Acronym    Full name\n"
        "DTM        Displacement Tracking Matrix\n"
        "MAC        Manila Administrative Centre\n"
        "MGI        Migration Governance Indicators\n\n"
        "SCPF\n\nStanding Committee on Programmes and Finance\n\n"
        "I.    INTRODUCTION\n\n"
        "1.    The Committee asked for the review at its Twenty-seventh Session.\n\n"
        "2.    The review was carried out in 2021.\n"
    )
    document = iomparse.parse(text)
    assert document.annexes == ()
    assert [number for kind, number in numbered_of(document) if kind == "Paragraph"] == ["1", "2"]
    assert document.meta.organ == "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"


def test_a_corrected_row_alone_under_its_columns_headings_is_a_table_of_one_row():
    """A corrigendum reprints one row of a table under its columns' headings (``-layout``): a table of that
    row, its headings over its figures; a row of another table a blank line or a wrapped label above more
    rows is no such table."""
    text = (
        "C/210/6/Corr.1\nOriginal: English\n8 November 2119\n\nCOUNCIL\n210th Session\n\n"
        "PROGRAMME AND BUDGET FOR 2120\n\nCORRIGENDUM\n\n"
        "Page 21, Table 6, row “Latin America and the Caribbean”\n"
        "The figures in this row should read:\n\n"
        "                                       Number of   Staff and office      Programme\n"
        "               Region                                                                     Total (USD)\n"
        "                                        projects     costs (USD)         costs (USD)\n"
        " Latin America and the Caribbean             264        38,412,600           96,204,800     134,617,400\n\n"
        "The regional subtotals and the grand total shown in Table 6 remain unchanged.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [row for row in table.cells if row][-1] == (
        "Latin America and the Caribbean",
        "264",
        "38,412,600",
        "96,204,800",
        "134,617,400",
    )
    goes_on = (
        "C/210/7\nOriginal: English\n8 November 2119\n\nCOUNCIL\n210th Session\n\nPROGRAMME AND BUDGET FOR 2120\n\n"
        "                       Table 3: Operational Part by service area\n"
        "                                      (in US dollars)\n"
        "                                             Staff and      Programme\n"
        " Service area                                                                 Total\n"
        "                                            office costs       costs\n"
        " Movement, emergency and post-crisis          168,400,000     343,900,000    512,300,000\n\n"
        "   migration management\n\n"
        " Migration health                              37,210,000      61,240,000     98,450,000\n"
        " Migration and development                     15,630,000      26,240,000     41,870,000\n"
        " Total                                        221,240,000     431,380,000    652,620,000\n"
    )
    (table,) = tables_of(iomparse.parse(goes_on))
    assert [row[0] for row in table.cells if row][-3:] == ["Migration health", "Migration and development", "Total"]


def test_a_captions_unit_printed_right_under_it_is_the_captions_and_no_row():
    """``Table 3. …`` / ``(in US dollars)`` on the next line, no blank between: the unit ends the caption, and
    the table's first row is its columns' headings; a unit a blank line under the caption is not joined to it."""
    rows = (
        "       Region                                   2030 budget       2031 estimates\n"
        "       Africa                                    12,400,000           13,100,000\n"
        "       Asia and the Pacific                      20,950,000           21,480,000\n"
        "       Europe                                     9,310,000            9,020,000\n\n"
        "5.  The increase reflects new projects.\n"
    )
    cover = (
        "                                                                          C/141/6\n"
        "                                                                Original: English\n"
        "                                                                   1 October 2031\n\n"
        "COUNCIL\n\n4.  The table below shows the Operational Part by region.\n\n"
    )
    caption = "                      Table 3. Operational Part by region\n"
    unit = "                                 (in US dollars)\n"
    document = iomparse.parse(cover + caption + unit + "\n" + rows)
    (table,) = tables_of(document)
    assert table.caption == "Table 3. Operational Part by region (in US dollars)"
    assert table_rows_of(document)[0] == ("Region", "2030 budget", "2031 estimates")
    apart = iomparse.parse(cover + caption + "\n" + unit + "\n" + rows)
    assert tables_of(apart)[0].caption == "(in US dollars)"  # (the line right above the table: its caption)
