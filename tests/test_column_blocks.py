"""Tables printed column by column whose figures do not all fit the rows (`iomparse.column_blocks`).

Each case is a table as pdftotext or pdfminer print it without ``-layout``: the row labels one a line, then
the columns as blocks. What can be told is read; what cannot stays in the text, and the document says so.
"""

from __future__ import annotations

from pathlib import Path

from conftest import diagnostic_codes, table_rows_of, tables_of

import iomparse

CORPUS = Path(__file__).parent / "corpus"


def test_columns_whose_dashes_were_dropped_stay_out_of_the_table_and_the_document_says_so():
    """Two columns print a figure per row; the third lost its dashes (three figures for five rows): the
    table holds the two, the three figures follow it as text, and a warning says why."""
    text = (
        "6.\nThe posts are shown by grade below.\n\n"
        "Table 3: Posts by grade (number of posts)\n\n"
        "Grade\nD-2\nD-1\nP-5\nP-4\nP-3\n\n"
        "2020\n4\n12\n6\n38\n12\n\n"
        "2021\n14\n40\n71\n\n"
        "2022\n5\n14\n41\n73\n95\n\n"
        "2023\n5\n15\n42\n75\n99\n\n"
        "7.\nThe number of posts at grade P-3 grew most.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 3: Posts by grade (number of posts)"
    assert table.cells[0] == ("Grade", "2020", "2022", "2023")
    assert [row for row in table.cells[1:] if row] == [
        ("D-2", "4", "5", "5"),
        ("D-1", "12", "14", "15"),
        ("P-5", "6", "41", "42"),
        ("P-4", "38", "73", "75"),
        ("P-3", "12", "95", "99"),
    ]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    canonical = iomparse.to_text(document)
    assert "2021 14 40 71" in canonical, "the figures that fit no row are kept, in their order"


def test_a_group_label_without_figures_leaves_the_rows_without_figures_rather_than_wrong_ones():
    """``Income`` and ``Costs`` have no figures: the columns come in blocks (one per group), in an order the
    text does not tell. The rows are read, the figures kept after the table, and no row gets another's."""
    text = (
        "Statement 2: Summary of the Fund\n"
        "(in Swiss francs)\n\n"
        "Income\nContributions\nInterest\nTotal income\nCosts\nGrants\nStaff\nTotal costs\n\n"
        "120,000\n3,500\n123,500\n\n"
        "110,000\n2,900\n112,900\n\n"
        "80,000\n30,000\n110,000\n\n"
        "70,000\n28,000\n98,000\n\n"
        "8.\nThe balance of the Fund is carried forward.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells if row] == [
        "Income",
        "Contributions",
        "Interest",
        "Total income",
        "Costs",
        "Grants",
        "Staff",
        "Total costs",
    ]
    assert all(len(row) == 1 for row in table.cells if row), "no figure is given a row it may not belong to"
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert "120,000 3,500 123,500" in iomparse.to_text(document)


def test_year_labels_under_the_headings_of_every_column():
    """The label column holds years (they read as figures), under the headings of the label column and of
    each column, printed in the labels' block."""
    text = (
        "5.\nMeetings have grown in number since 2001.\n\n"
        "Table 2: Meetings held, 2001-2004\n"
        "Session\nMeetings\nDocuments\n2001\n2002\n2003\n2004 (provisional)\n\n"
        "6\n8\n9\n11\n\n"
        "41\n52\n60\n75\n\n"
        "6.\nThe Secretariat expects the trend to continue.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 2: Meetings held, 2001-2004"
    assert [row for row in table.cells if row] == [
        ("Session", "Meetings", "Documents"),
        ("2001", "6", "41"),
        ("2002", "8", "52"),
        ("2003", "9", "60"),
        ("2004 (provisional)", "11", "75"),
    ]
    assert diagnostic_codes(document)["table-read-by-columns"] == "info"
    assert "table-figures-unplaced" not in diagnostic_codes(document)


def test_column_headings_printed_between_caption_and_labels_head_the_columns():
    """pdfminer prints each heading as a box of its own, above the labels: ``Year`` / ``Projects`` /
    ``Countries``."""
    text = (
        "Table 1: Projects by year\n"
        "Year\n\nProjects\n\nCountries\n\n"
        "1997\n1998\n1999\n\n"
        "14\n22\n31\n\n"
        "11\n17\n23\n\n"
        "4.\nMost projects remain small.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert [row for row in table.cells if row] == [
        ("Year", "Projects", "Countries"),
        ("1997", "14", "11"),
        ("1998", "22", "17"),
        ("1999", "31", "23"),
    ]


def test_figures_of_some_rows_only_are_not_given_to_the_last_rows():
    """Fourteen labels, then blocks of six figures (a group's label above each group has none): the reader
    of columns as high as the labels must not pair the figures with the last six labels."""
    labels = ["Assets", "Cash", "Investments", "Receivables", "Other", "Equipment", "TOTAL ASSETS"]
    labels += ["Liabilities", "Payables", "Deferred", "Benefits", "Provisions", "TOTAL LIABILITIES", "NET ASSETS"]
    blocks = [
        ["968", "412", "903", "46", "58", "2,389"],
        ["851", "365", "781", "41", "55", "2,095"],
        ["97", "1,512", "214", "22", "1,847", "541"],
        ["88", "1,296", "226", "19", "1,631", "463"],
    ]
    text = "Statement I – Financial position\n(in thousands of US dollars)\n\n" + "\n".join(labels) + "\n\n"
    text += "\n\n".join("\n".join(block) for block in blocks) + "\n\n9.\nThe notes follow.\n"
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells if row] == labels
    assert not any(len(row) > 1 for row in table.cells), "no label is paired with figures of another row"
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"


def test_a_table_read_in_two_ways_over_a_page_break_splits_each_row_its_own_way():
    """A table laid out with spaces on one page goes on, over the break, as a Markdown table: each row is
    split on what it holds (bars or spaces), not on what the first row holds."""
    cells = iomparse.build.table_cells(
        (
            "Revenue                    2018        2017",
            "Contributions         2,013,560   1,594,208",
            "| Other revenue | 24,605 | 20,144 |",
        )
    )
    assert cells == (
        ("Revenue", "2018", "2017"),
        ("Contributions", "2,013,560", "1,594,208"),
        ("Other revenue", "24,605", "20,144"),
    )


def test_a_table_printed_box_by_box_is_read_as_its_columns():
    """pdfminer prints each cell as a box of its own, a blank line after it: the labels, then each column's
    heading (a year) and its figures, box after box."""
    boxes = ["Source", "Regular budget", "Project income", "Total"]
    boxes += ["2016", "41.2", "88.0", "129.2", "2017", "43.9", "91.4", "135.3"]
    text = "Funding of the core structure (in millions of US dollars)\n\n" + "\n\n".join(boxes)
    text += "\n\n8.\nDelegations noted the growth of project income.\n"
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row for row in table.cells if row] == [
        ("Source", "2016", "2017"),
        ("Regular budget", "41.2", "43.9"),
        ("Project income", "88.0", "91.4"),
        ("Total", "129.2", "135.3"),
    ]


def test_a_label_box_over_fewer_figures_heads_their_column():
    """A label box followed by fewer figure boxes than there are labels above is the heading of their
    column (``Prior to 1990``), not one more row; a dash stands for nothing."""
    boxes = ["Member State", "Chile", "Peru", "Total", "Prior to 1990", "1,200", "-", "1,200"]
    boxes += ["1990", "300", "450", "750"]
    text = "Arrears in contributions (in Swiss francs)\n\n" + "\n\n".join(boxes) + "\n\n3.\nThe arrears fell.\n"
    (table,) = tables_of(iomparse.parse(text))
    assert [row for row in table.cells if row] == [
        ("Member State", "Prior to 1990", "1990"),
        ("Chile", "1,200", "300"),
        ("Peru", "-", "450"),
        ("Total", "1,200", "750"),
    ]


def test_the_heading_of_the_label_column_is_kept_when_the_columns_have_none():
    """``Country`` heads the labels, printed box by box; the columns print no heading: the heading row keeps
    it, the columns' headings empty, so that no word of the table is lost."""
    text = (
        "Table 4: Pledges received\n\n"
        "Country\n\nAustria\n\nBelgium\n\nCanada\n\n"
        "1,000\n2,500\n4,000\n\n"
        "1,100\n2,600\n4,400\n\n"
        "9.\nThe pledges were paid in full.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row for row in table.cells if row] == [
        ("Country", "", ""),
        ("Austria", "1,000", "1,100"),
        ("Belgium", "2,500", "2,600"),
        ("Canada", "4,000", "4,400"),
    ]


def test_columns_printed_with_their_headings_are_read_by_columns_not_as_rows_of_figures():
    """Each column's block opens with its heading (``Budget for 2021`` / ``(S/27/4)``, ``Transfers``), then a
    figure per label: read by columns. Read cell by cell, ``(S/27/4)`` and ``Transfers`` would be taken for
    the labels of two rows of seven figures."""
    text = (
        "Table 5: Administrative Part by office (in Swiss francs)\n\n"
        "Office\nHeadquarters\nManila\nPanama\nNairobi\nBangkok\nDakar\nTotal\n\n"
        "Approved\nBudget for 2021\n(S/27/4)\n"
        "9,120,000\n3,400,000\n1,050,000\n610,000\n720,000\n540,000\n15,440,000\n\n"
        "Transfers\n(20,000)\n15,000\n5,000\n–\n–\n–\n–\n\n"
        "Revised\nestimates\n9,100,000\n3,415,000\n1,055,000\n610,000\n720,000\n540,000\n15,440,000\n\n"
        "12.\nThe revision is explained below.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    rows = [row for row in table.cells if row and set(row[1:]) != {"---"}]
    labels = ["Headquarters", "Manila", "Panama", "Nairobi", "Bangkok", "Dakar", "Total"]
    assert [row[0] for row in rows][-7:] == labels
    assert rows[-1][1:] == ("15,440,000", "–", "15,440,000")


def test_a_row_label_wrapped_onto_a_line_in_lower_case_is_one_label_in_a_table_read_cell_by_cell():
    """pdftotext without -layout prints each cell on a line of its own, row after row; a label too long for
    its cell goes on, in lower case, on the next line, and its figures follow it."""
    text = (
        "Table 4: Expenditure by programme (in thousands of US dollars)\n\n"
        "Return assistance\n\n812\n\n790\n\n"
        "Technical cooperation on migration and\nborder management\n\n1,204\n\n1,150\n\n"
        "Labour mobility\n\n377\n\n401\n\n"
        "Total\n\n2,393\n\n2,341\n\n"
        "9.\nThe increase is explained below.\n"
    )
    document = iomparse.parse(text)
    assert [row[0] for row in table_rows_of(document)] == [
        "Return assistance",
        "Technical cooperation on migration and border management",
        "Labour mobility",
        "Total",
    ]
    assert diagnostic_codes(document)["row-label-wrapped"] == "info"


def test_a_row_label_wrapped_in_a_column_of_labels_printed_box_by_box_is_one_label():
    """pdfminer prints each line of a table as a box, a blank line after it: the labels' column, then each
    column of figures under its heading. The wrapped label's second line is a box of its own."""
    text = (
        "Table 2: Staff by duty station\n\n"
        "Headquarters\n\nAdministrative centres and\n\nregional offices\n\nCountry offices\n\n"
        "2019\n\n210\n\n455\n\n1,830\n\n"
        "2020\n\n214\n\n470\n\n1,912\n\n"
        "4.\nMost of the growth was in country offices.\n"
    )
    document = iomparse.parse(text)
    assert [row[0] for row in table_rows_of(document)][-3:] == [
        "Headquarters",
        "Administrative centres and regional offices",
        "Country offices",
    ]


def test_a_column_holding_more_figures_than_there_are_labels_is_matched_to_no_row():
    """Its last figures are a total whose label pdfminer printed after all the columns: matching the column
    to the labels by count would pair each figure with the row above its own."""
    text = (
        "Table 1: Requirements and funding by pillar (in US dollars)\n\n"
        "Pillar\n\nShelter\n\nHealth\n\nProtection\n\nEducation\n\n"
        "Required\n\n400\n\n300\n\n200\n\n100\n\n"
        "Received\n\n150\n\n120\n\n60\n\n20\n\n1,000\n\n350\n\n"
        "Funded\n\n38\n\n40\n\n30\n\n20\n\n35\n\n"
        "Total\n\n"
        "5.\nFunding remained uneven across pillars.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert all(len(row) <= 2 for row in table.cells if row), "no column of the table is paired with the labels"
    assert "Funded 38 40 30 20 35" in iomparse.to_text(document), "the figures are kept after the table"
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"


def test_a_caption_with_no_table_read_under_it_is_a_warning():
    text = (
        "3.\nThe figures are set out below.\n\n"
        "Table 5. Arrivals by region\n"
        "Africa 1,200 Americas 800 Asia 2,400 Europe 600\n\n"
        "4.\nArrivals grew in every region.\n"
    )
    document = iomparse.parse(text)
    assert diagnostic_codes(document)["table-unread"] == "warning"
    assert not diagnostic_codes(iomparse.parse("3.\nSee Table 5. Arrivals grew.\n")).get("table-unread")
    in_capitals = (
        "3.\nThe figures are below.\n\nTABLE 6 – ARRIVALS BY YEAR\n2019 1,200 2020 800 2021 2,400\n\n4.\nEnd.\n"
    )
    assert diagnostic_codes(iomparse.parse(in_capitals))["table-unread"] == "warning"


def test_columns_split_where_a_label_wraps_are_put_back_together_with_the_total_printed_after_them():
    """pdftotext prints each column down to the row whose label wraps, then each column on from it; the
    total row comes last, a cell a line. The labels count one line more than the rows for each split."""
    text = (
        "4.\nThe rates are set out below.\n\f"
        "S/40/2\nPage 3\nMember State\nMadagascar\nMalawi\nFederated States of Micronesia and\nIslands\n"
        "Monaco\nMongolia\n\n"
        "0.0041\n0.0021\n0.0010\n\n0.0043\n0.0022\n0.0010\n\n"
        "0.0114\n0.0052\n\n0.0118\n0.0054\n\n"
        "TOTAL\n100.0000\n100.0000\n\n"
        "5.\nThe scale is adopted.\n"
    )
    document = iomparse.parse(text)
    assert [row[:3] for row in table_rows_of(document) if row[0] != "---"][-6:] == [
        ("Madagascar", "0.0041", "0.0043"),
        ("Malawi", "0.0021", "0.0022"),
        ("Federated States of Micronesia and Islands", "0.0010", "0.0010"),
        ("Monaco", "0.0114", "0.0118"),
        ("Mongolia", "0.0052", "0.0054"),
        ("TOTAL", "100.0000", "100.0000"),
    ]
    assert "S/40/2" not in [row[0] for row in table_rows_of(document)], "the running header is no row"


def test_a_single_column_of_figures_under_a_total_printed_apart_is_no_total_printed_last():
    """pdfminer: the labels, the total's label in a block of its own, then the one column's figures, its
    total last, and a note: the column is no row of totals printed after the columns (there are none before
    it). Reading it must not fail, and no text is lost."""
    labels = ["Benin", "Bolivia (Plurinational State of)", "Burundi", "Chad", "Comoros", "Gambia", "Mali", "Niger"]
    figures = ["1,000", "2,000", "3,000", "4,000", "5,000", "6,000", "7,000", "8,000", "36,000"]
    text = (
        "MC/2900\nPage 6\n\nSchedule 1 – Contributions outstanding as at 31 December 2030\n\nMember State\n\n"
        "Prior to 2030\nCHF\n\n" + "\n".join(labels) + "\n\nTotal\n\n" + "\n".join(figures) + "\n\n"
        "* Member States subject to Article 4 of the Constitution.\n"
    )
    rendered = iomparse.to_text(iomparse.parse(text))
    assert all(word in rendered for word in [*labels, *figures])


def test_columns_split_at_a_groups_label_leave_that_row_without_figures():
    """A group's label has no figures: pdftotext's columns break there too. A short label above the split
    is a row of its own, not the start of a wrapped one."""
    text = (
        "Table 6: Revenue and expenses (in thousands of US dollars)\n\n"
        "Contributions\nTOTAL REVENUE\nExpenses\nStaff costs\nTravel\nTOTAL EXPENSES\n\n"
        "2021\n\n1,500\n1,620\n\n2020\n\n1,410\n1,515\n\n"
        "900\n120\n1,020\n\n850\n95\n945\n\n"
        "8.\nRevenue grew faster than expenses.\n"
    )
    document = iomparse.parse(text)
    rows = [row for row in table_rows_of(document) if row[0] != "---"]
    assert rows[-6:] == [
        ("Contributions", "1,500", "1,410"),
        ("TOTAL REVENUE", "1,620", "1,515"),
        ("Expenses", "", ""),
        ("Staff costs", "900", "850"),
        ("Travel", "120", "95"),
        ("TOTAL EXPENSES", "1,020", "945"),
    ]
    assert rows[0] == ("", "2021", "2020")


def test_headings_printed_between_labels_and_figures_with_a_unit_each_head_their_columns():
    text = (
        "Table 3: Rates (percentages)\n\n"
        "Member State\nNepal\nNetherlands\nNew Zealand\nNicaragua\n\n"
        "UN scale\n2022\n\nIOM scale\n2023\n\n%\n\n%\n\n"
        "0.0100\n1.3770\n0.3090\n0.0050\n\n"
        "0.0104\n1.4210\n0.3201\n0.0052\n\n"
        "6.\nThe rates follow the United Nations scale.\n"
    )
    document = iomparse.parse(text)
    rows = [row for row in table_rows_of(document) if row[0] != "---"]
    assert rows[0] == ("Member State", "UN scale 2022 %", "IOM scale 2023 %")
    assert rows[1] == ("Nepal", "0.0100", "0.0104")


def test_a_table_going_on_over_a_page_under_its_repeated_headings_is_one_table():
    """Rows laid out again from a page's columns; on the next page, under the running header, the headings
    repeated and run together as text, then the rest of the rows: one table, the repeated headings kept in
    it."""
    text = (
        "S/40/2\nOriginal: English\n2 May 2023\n\n"
        "6.\nThe rates are set out below.\n\n"
        "Table 1: Rates (per cent)\n\n"
        "| Member State | 2023 | 2024 |\n| --- | --- | --- |\n"
        "| Samoa | 0.0010 | 0.0010 |\n| San Marino | 0.0020 | 0.0020 |\n\n"
        "\fS/40/2\nPage 4\n\n"
        "Member State UN rate 2023 IOM rate 2024\n\n%\n\n%\n\n"
        "| Serbia | 0.0320 | 0.0330 |\n| Seychelles | 0.0020 | 0.0020 |\n\n"
        "7.\nThe Committee took note of the rates.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    labels = [row[0] for row in table.cells if row]
    assert labels[-2:] == ["Serbia", "Seychelles"] and "Samoa" in labels
    assert "Member State UN rate 2023 IOM rate 2024" in table.rows, "the repeated headings are in the table"


def test_a_tables_groups_of_rows_each_printed_as_labels_then_columns_are_one_table():
    """Assets, then liabilities: pdftotext prints each group's labels, then its two columns, one group after
    the other."""
    text = (
        "Table 4: Financial position (in thousands of US dollars)\n\n"
        "Cash\nInvestments\nTotal assets\n\n610\n160\n770\n\n540\n140\n680\n\n"
        "Payables\nBorrowings\nTotal liabilities\n\n90\n10\n100\n\n80\n12\n92\n\n"
        "5.\nNet assets rose.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells if row][-6:] == [
        "Cash",
        "Investments",
        "Total assets",
        "Payables",
        "Borrowings",
        "Total liabilities",
    ]


def test_columns_pdfminer_printed_in_pieces_where_the_labels_part_are_read_by_the_pieces_heights():
    """pdfminer prints the labels in two blocks (income, then costs), the two headings, then each column in
    two pieces as high as the label blocks, one column after the other."""
    text = (
        "Table 2. Summary of the Fund (in thousands of US dollars)\n\n"
        "Grants received\nInterest earned\nRefunds\nOther income\nTotal income\n\n"
        "Salaries\nRent\nTravel\nTotal costs\n\n"
        "Year ended\n30 June 2017\n\nYear ended\n30 June 2016\n\n"
        "4,100\n85\n12\n3\n4,200\n\n3,020\n410\n66\n3,496\n\n"
        "3,870\n60\n9\n1\n3,940\n\n2,950\n400\n71\n3,421\n\n"
        "9.\nThe Fund closed the year with a surplus.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 2. Summary of the Fund (in thousands of US dollars)"
    assert [row for row in table.cells if row] == [
        ("", "Year ended 30 June 2017", "Year ended 30 June 2016"),
        ("Grants received", "4,100", "3,870"),
        ("Interest earned", "85", "60"),
        ("Refunds", "12", "9"),
        ("Other income", "3", "1"),
        ("Total income", "4,200", "3,940"),
        ("Salaries", "3,020", "2,950"),
        ("Rent", "410", "400"),
        ("Travel", "66", "71"),
        ("Total costs", "3,496", "3,421"),
    ]
    assert diagnostic_codes(document)["table-read-in-pieces"] == "info"


def test_pieces_split_at_a_wrapped_label_under_a_caption_printed_after_the_labels():
    """The labels' heading and the first labels (the last wrapped onto a line of its own, a block apart), the
    other labels, then the caption, the headings with their units and each column's two pieces: the caption
    heads the table and the wrapped label is one row."""
    text = (
        "8.\nThe proposed rates are shown below.\n\n"
        "Member State\nKenya\nKiribati\nKuwait\nLao People's Democratic Republic and the\n\nCaribbean Partners\n\n"
        "Latvia\nLebanon\nLesotho\nLiberia\nLibya\n\n"
        "Rates proposed for 2025 (percentages)\n\n"
        "UN rate\n%\n\nIOM rate\n%\n\n"
        "0.0240\n0.0010\n0.2340\n0.0070\n\n0.0500\n0.0360\n0.0010\n0.0010\n0.0180\n\n"
        "0.0251\n0.0011\n0.2420\n0.0072\n\n0.0517\n0.0372\n0.0011\n0.0011\n0.0188\n\n"
        "9.\nThe rates total 100 per cent.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Rates proposed for 2025 (percentages)"
    rows = [row for row in table.cells if row]
    assert rows[0] == ("Member State", "UN rate %", "IOM rate %")
    assert rows[4] == ("Lao People's Democratic Republic and the Caribbean Partners", "0.0070", "0.0072")
    assert rows[5] == ("Latvia", "0.0500", "0.0517")
    assert rows[-1] == ("Libya", "0.0180", "0.0188")
    assert len(rows) == 10


def test_blocks_of_column_headings_over_pieces_of_figures_make_no_rows():
    """Headings printed a block each (``Budget for 2025`` / ``(S/41/5)``) over two figures a column are not
    row labels, however well their heights match."""
    text = (
        "The totals are as follows:\n\n"
        "Programme and\nBudget for 2025\n(S/41/5)\n\nRevised\nestimates\n\nIncrease/\n(decrease)\n\n"
        "51,400\n1,500\n\n52,100\n1,560\n\n700\n60\n\n"
        "The increase is explained below.\n"
    )
    document = iomparse.parse(text)
    assert "table-read-in-pieces" not in diagnostic_codes(document)
    assert not [row for table in tables_of(document) for row in table.cells if row and row[0] == "Budget for 2025"]


def test_a_table_opening_the_next_page_under_the_same_headings_goes_on_though_no_furniture_came_between():
    """pdfminer prints a page's running header at the page's end: the table ending one page and the table
    opening the next, under the same headings, are one; under other headings, another."""

    def page(states: str, heading: str = "UN rate") -> str:
        figures = "0.0010\n0.0100\n0.0030\n0.0020\n\n0.0011\n0.0104\n0.0031\n0.0022\n\n"
        return f"State\n{states}\n\n{heading}\n2024\n%\n\nIOM rate\n2025\n%\n\n{figures}"

    def table_labels(text: str) -> list[list[str]]:
        return [[row[0] for row in table.cells if row and row[0]] for table in tables_of(iomparse.parse(text))]

    end = "S/41/3\nPage 2\n\n6.\nThe Committee endorsed the rates.\n"
    first = "Table 5: Proposed rates (percentages)\n\n" + page("Malta\nMexico\nMonaco\nMongolia")
    assert table_labels(first + "\f" + page("Nauru\nNepal\nNiger\nNorway") + end) == [
        ["State", "Malta", "Mexico", "Monaco", "Mongolia", "State", "Nauru", "Nepal", "Niger", "Norway"]
    ]
    assert len(table_labels(first + "\f" + page("Nauru\nNepal\nNiger\nNorway", "Budget") + end)) == 2


def test_a_sub_row_printed_apart_from_the_labels_above_it_belongs_to_the_same_piece_of_figures():
    """pdfminer prints an indented ``of which …`` label as a block of its own, the years heading the
    columns a block each, then each column whole: two label blocks stand beside one piece."""
    text = (
        "Table 1: Summary, 2014 and 2015\n\n"
        "Administrative Part (CHF)\nOperational Part (USD)\n\nof which unearmarked (USD)\n\n"
        "2014\n\n2015\n\nChange\n\n"
        "40,100,000\n610,000,000\n48,000,000\n\n41,000,000\n640,500,000\n51,250,000\n\n"
        "900,000\n30,500,000\n3,250,000\n\n"
        "11.\nThe Operational Part grows most.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 1: Summary, 2014 and 2015"
    assert [row for row in table.cells if row] == [
        ("", "2014", "2015", "Change"),
        ("Administrative Part (CHF)", "40,100,000", "41,000,000", "900,000"),
        ("Operational Part (USD)", "610,000,000", "640,500,000", "30,500,000"),
        ("of which unearmarked (USD)", "48,000,000", "51,250,000", "3,250,000"),
    ]


def test_years_atop_the_columns_head_them_and_the_total_row_printed_a_cell_a_block_ends_the_table():
    """pdftotext: the labels under their heading, each column under its year, then the total row apart, a
    cell a block; the next paragraph's number right under the last cell."""
    text = (
        "Table 2: Returns assisted, by region, 2016 and 2017\n"
        "Region\nEast Africa\nWest Africa\nSouth Asia\nCentral Europe\n\n"
        "2016\n1,200\n3,450\n980\n410\n\n"
        "2017\n1,320\n3,100\n1,005\n455\n\n"
        "Change (%)\n10.0\n-10.1\n2.6\n11.0\n\n"
        "Total\n\n6,040\n\n5,880\n\n-2.6\n"
        "7.\nReturns fell slightly in 2017.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    rows = [row for row in table.cells if row and row[0] != "---"]
    assert rows[0] == ("Region", "2016", "2017", "Change (%)")
    assert rows[1] == ("East Africa", "1,200", "1,320", "10.0")
    assert rows[-1] == ("Total", "6,040", "5,880", "-2.6")
    assert "table-figures-unplaced" not in diagnostic_codes(document)
    assert [block.num for block in document.body if isinstance(block, iomparse.model.Paragraph)] == ["7"]


def test_a_total_row_set_apart_by_its_rule_is_the_tables_last_row():
    """pdfminer: the labels, then ``Total`` apart (a rule above its row), the headings, the columns; the
    totals come a block each, after each column or after the last one."""

    def table(figures: str) -> list[tuple[str, ...]]:
        text = (
            "Table 7: Posts by office (number of posts)\n\n"
            "Geneva\nManila\nPanama\nBangkok\n\nTotal\n\nOfficials\n\nEmployees\n\n" + figures + "\n\n"
            "12.\nMost posts are at Headquarters.\n"
        )
        (found,) = tables_of(iomparse.parse(text))
        return [row for row in found.cells if row and row[0] != "---"]

    after_each = "98\n21\n6\n4\n\n129\n\n61\n62\n9\n5\n\n137"
    after_last = "98\n21\n6\n4\n\n61\n62\n9\n5\n\n129\n\n137"
    for figures in (after_each, after_last):
        rows = table(figures)
        assert rows[0][1:] == ("Officials", "Employees")
        assert rows[1] == ("Geneva", "98", "61")
        assert rows[-1] == ("Total", "129", "137")


def test_a_table_printed_a_box_a_cell_with_its_figures_out_of_order_keeps_its_rows_and_says_so():
    """pdfminer: the caption, the labels' heading and the labels down to Total, the headings a box each, then
    the figures in an order that is neither row after row nor column after column: the rows are read, the
    headings and figures kept after the table, and a warning says their rows cannot be told."""
    text = (
        "The figures are shown below.\n\n"
        "Table 4. Migrants assisted by region, 2021 and 2022\n\n"
        "Region\n\nEast Africa\n\nWest Africa\n\nSouth Asia\n\nTotal\n\n"
        "Migrants\nassisted, 2021\n\nMigrants\nassisted, 2022\n\n"
        "1,200\n\n3,450\n\n1,320\n\n3,100\n\n980\n\n5,630\n\n1,005\n\n5,425\n\n"
        "The decrease was small.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 4. Migrants assisted by region, 2021 and 2022"
    assert [row[0] for row in table.cells if row and row[0] != "---"] == [
        "Region",
        "East Africa",
        "West Africa",
        "South Asia",
        "Total",
    ]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert "5,630" in iomparse.to_text(document), "the figures are kept"


def test_pieces_parted_where_a_group_label_has_no_figures_are_read_at_the_parts():
    """A statement's labels in blocks, each group's label atop its rows (``Receipts`` / ``Outlays``, with no
    figures), the ``Notes`` column apart, then each column's pieces: the pieces part where the groups' labels
    stand, so each group's figures go to its rows, not one row up; the notes' references, whose rows the
    text does not tell, follow the table."""
    text = (
        "Statement A\nStatement of receipts and outlays of the Trust Fund\n\n(in US dollars)\n\n"
        "Receipts\nPledges paid\nBank interest\nTotal receipts\n\n"
        "Outlays\nConsultants\nPrinting\nMeetings\nTotal outlays\n\n"
        "Balance carried forward\n\n"
        "Notes\n\n5\n6\n\n7\n\n"
        "2021\n\n2020\n\n"
        "81,000\n1,250\n82,250\n\n40,300\n9,900\n12,050\n62,250\n\n20,000\n\n"
        "77,500\n1,100\n78,600\n\n38,100\n8,700\n11,800\n58,600\n\n20,000\n\n"
        "14.\nThe balance is carried forward to the next year.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row for row in table.cells if row] == [
        ("", "2021", "2020"),
        ("Receipts", "", ""),
        ("Pledges paid", "81,000", "77,500"),
        ("Bank interest", "1,250", "1,100"),
        ("Total receipts", "82,250", "78,600"),
        ("Outlays", "", ""),
        ("Consultants", "40,300", "38,100"),
        ("Printing", "9,900", "8,700"),
        ("Meetings", "12,050", "11,800"),
        ("Total outlays", "62,250", "58,600"),
        ("Balance carried forward", "20,000", "20,000"),
    ]
    canonical = iomparse.to_text(document)
    assert "Notes" in canonical and "5 6" in canonical, "the notes column is kept after the table"


def test_a_statements_title_above_its_caption_is_no_row_of_the_table():
    """``STATEMENT 3`` and its title, then the caption and the columns' headings, then a group of labels and
    its figures: the title's lines are no row labels, however well their count fits the figures."""
    text = (
        "18.\nThe cash position is given in Statement 3.\n\n"
        "STATEMENT 3\nSTATEMENT OF CASH HELD BY THE FUND\nAS AT 30 JUNE 2020\n\n"
        "(in US dollars)\n\n2020\n\n2019\n\nHoldings\nCash in bank\nShort-term deposits\n\n"
        "510,400\n90,250\n\n480,120\n70,900\n\n"
        "19.\nThe deposits mature within three months.\n"
    )
    document = iomparse.parse(text)
    labels = [row[0] for table in tables_of(document) for row in table.cells if row]
    assert not any(label.startswith(("STATEMENT", "AS AT")) for label in labels)
    assert "STATEMENT OF CASH HELD BY THE FUND" in iomparse.to_text(document)


def test_labels_and_a_notes_columns_references_before_amounts_make_no_table_of_words():
    """pdfminer prints a statement's last labels in blocks (two of a line first, as a heading row would be),
    its notes column's references in blocks of small numbers, then the amounts: the labels and references
    are no table of words whose second column holds the references."""
    text = (
        "Subtotal\n\nTotal costs\n\n"
        "Surplus for the year\nCurrency differences\nBad debts written off\n\n"
        "Net surplus\n\nBalance at 1 January\nReturned to donors\n\nBalance at 31 December\n\n"
        "2\n3\n6\n\n2\n\n4\n2\n\n3\n\n"
        "1,459,059\n(406,552)\n(12,300)\n85,400\n\n1,125,607\n\n"
        "20.\nThe balance is carried forward.\n"
    )
    document = iomparse.parse(text)
    assert "table-read-by-shapes" not in diagnostic_codes(document)


def test_pieces_of_two_columns_taking_turns_leave_every_row_without_figures_and_say_so():
    """pdfminer printed a statement's labels in blocks, then the pieces of its two columns taking turns (the
    first column's receipts, the second's, then the first's payments): no reading tells which piece is
    whose. The labels are the table's rows, each figure follows the table in its order, a warning says so,
    and no group of labels is given the figures of another (the payments' rows are as high as the
    receipts' piece)."""
    text = (
        "STATEMENT 1\nSTATEMENT OF RECEIPTS AND PAYMENTS\nFOR THE YEAR ENDED 31 DECEMBER 2003\n\n"
        "(in US dollars)\n\n2003\n\n2002\n\n"
        "RECEIPTS\n\nMember contributions\nDonor grants\nBank interest\nSundry receipts\n\nTotal receipts\n\n"
        "PAYMENTS\n\nHeadquarters\nField operations\n\n"
        "Transport of migrants\nMedical screening\nLanguage training\nReception services\n\n"
        "Subtotal\n\nTotal payments\n\nSurplus for the year\nCurrency differences\n\nNet surplus\n\n"
        "Balance at 1 January\nRefunds\n\nBalance at 31 December\n\n"
        "1,200,000\n3,400,000\n80,000\n20,000\n\n4,700,000\n\n"
        "1,100,000\n3,100,000\n70,000\n30,000\n\n4,300,000\n\n900,000\n\n850,000\n\n"
        "2,000,000\n900,000\n500,000\n300,000\n\n3,700,000\n\n4,600,000\n\n100,000\n(20,000)\n\n80,000\n\n"
        "600,000\n(30,000)\n\n650,000\n\n"
        "1,800,000\n800,000\n450,000\n250,000\n\n3,300,000\n\n4,150,000\n\n150,000\n10,000\n\n160,000\n\n"
        "450,000\n(10,000)\n\n600,000\n\n"
        "21.\nThe Fund's balance grew in both years.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "(in US dollars)"
    labels = [row[0] for row in table.cells if row]
    assert labels[0] == "RECEIPTS" and labels[-1] == "Balance at 31 December" and len(labels) == 21
    assert all(len(row) == 1 for row in table.cells if row), "no row is given figures that may be another's"
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    after = iomparse.to_text(document).split("| Balance at 31 December |", 1)[1].split()
    assert after[:6] == ["2003", "2002", "1,200,000", "3,400,000", "80,000", "20,000"]


def test_a_statement_printed_figures_first_is_read_by_its_groups_heights():
    """pdftotext printed the statement's figures first, a block per column for each group of rows (the
    groups part where a group's label has no figures), then a row printed apart with its label, then the
    grouped rows' labels in one block, the groups' labels among them, and the notes' references: each row
    gets its figures, the groups' labels none, the rows in the order their figures were printed."""
    text = (
        "22.\nThe Trust Fund's accounts are summarized below.\n\n"
        "STATEMENT D\nSTATEMENT OF THE TRUST FUND\n(in US dollars)\nNote\n\n2022\n\n2021\n\n"
        "410,000\n62,500\n472,500\n\n398,000\n58,100\n456,100\n\n"
        "120,300\n88,700\n209,000\n\n131,900\n80,400\n212,300\n\n"
        "Balance carried forward\n\n263,500\n\n243,800\n\n"
        "Resources\nPledges received\nBank interest\nTotal resources\nUses\nGrants paid\nStaff costs\nTotal uses\n\n"
        "3\n4\n\n"
        "23.\nThe balance is carried forward to the next year.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row for row in table.cells if len(row) == 3 and row[0] != "---"] == [
        ("", "2022", "2021"),
        ("Resources", "", ""),
        ("Pledges received", "410,000", "398,000"),
        ("Bank interest", "62,500", "58,100"),
        ("Total resources", "472,500", "456,100"),
        ("Uses", "", ""),
        ("Grants paid", "120,300", "131,900"),
        ("Staff costs", "88,700", "80,400"),
        ("Total uses", "209,000", "212,300"),
        ("Balance carried forward", "263,500", "243,800"),
    ]
    assert "table-read-figures-first" in diagnostic_codes(document)
    assert "3 4" in iomparse.to_text(document), "the notes' references are kept after the table"


def test_figures_first_end_at_the_next_statements_label_and_title():
    """The labels printed after a statement's figures end at the next table's caption, its label and title
    on one line (``Schedule 1 – Member States …``) over two lines, pdftotext printing the next table's labels
    right under it: the statement gets its rows, the schedule its own."""
    text = (
        "MC/2381\nPage 5\n\n"
        "Statement II – Statement of financial performance for the year ended 31 December 2012\n"
        "(in thousands of US dollars)\n\n2012\n\n2011\n\n"
        "41,920\n2,115\n44,035\n\n44,087\n2,896\n46,983\n\n"
        "402,813\n5,624\n408,437\n\n381,604\n5,215\n386,819\n\n"
        "REVENUE\nAssessed contributions\nInterest income\nTotal revenue\n"
        "EXPENSES\nStaff salaries and benefits\nDepreciation\nTotal expenses\n\n"
        "Schedule 1 – Member States with assessed contributions outstanding to the\n"
        "Administrative Part of the Budget as at 31 December 2012\n\n"
        "Member State\nBenin\nBurundi\nComoros\nTotal\n\n"
        "Prior to 2012\n\n41,208\n19,772\n16,044\n77,024\n\n"
        "2012\n\n3,417\n1,708\n1,708\n6,833\n\n"
        "The Council took note of the schedule.\n"
    )
    document = iomparse.parse(text)
    statement, schedule = tables_of(document)
    assert [row for row in statement.cells if len(row) == 3][1:4] == [
        ("REVENUE", "", ""),
        ("Assessed contributions", "41,920", "44,087"),
        ("Interest income", "2,115", "2,896"),
    ]
    assert [row[0] for row in statement.cells if row][-1] == "Total expenses"
    assert [row[0] for row in schedule.cells if row][-4:] == ["Benin", "Burundi", "Comoros", "Total"]


def test_figures_first_under_no_caption_make_no_table():
    """Blocks of figures then blocks of words, with no caption above the figures: nothing tells they are a
    table's columns and labels, and they stay as they are."""
    text = (
        "24.\nThe counts were as follows.\n\n"
        "41\n12\n53\n\n38\n10\n48\n\n17\n9\n26\n\n15\n8\n23\n\n"
        "Arrivals\nBy air\nBy sea\nTotal\nDepartures\nBy air\nBy sea\nTotal\n\n"
        "25.\nArrivals exceeded departures.\n"
    )
    document = iomparse.parse(text)
    assert "table-read-figures-first" not in diagnostic_codes(document)


def test_labels_printed_in_one_block_with_the_statements_title_and_notes_heading_are_the_rows():
    """pdftotext printed the statement's label, title, caption, the notes column's heading and the row labels
    as one block, then the columns: the labels under ``Note`` are the rows, each with its figures; neither
    the title's lines nor ``Note`` is one."""
    text = (
        "25.\nThe assets held at the end of the year are shown below.\n\n"
        "STATEMENT E\nASSETS OF THE RESERVE FUND\nas at 31 December 2024\n(in US dollars)\nNote\n"
        "Cash at bank\nShort-term deposits\nReceivables\nTotal assets\n\n"
        "2024\n180,200\n95,000\n12,400\n287,600\n\n"
        "2023\n171,900\n90,000\n9,850\n271,750\n\n"
        "26.\nThe deposits mature within the year.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    rows = [row for row in table.cells if len(row) == 3 and row[0] != "---"]
    assert rows == [
        ("", "2024", "2023"),
        ("Cash at bank", "180,200", "171,900"),
        ("Short-term deposits", "95,000", "90,000"),
        ("Receivables", "12,400", "9,850"),
        ("Total assets", "287,600", "271,750"),
    ]


def test_a_long_label_wrapped_over_two_lines_a_paragraph_number_and_headings_printed_first():
    """pdftotext without ``-layout``: the labels (one wrapped onto a second line, longer than a line once
    joined), the number of the paragraph beside the table's foot printed after them, every column's heading,
    then the columns, the last heading run into the first column's block. The table is read with its
    headings, and the number goes back to its paragraph, not to the table's figures."""
    text = (
        "9.\nThe costs of the meetings are set out below.\n\n"
        "Table 4 – Costs of the governing bodies (in Swiss francs)\n\n"
        "Meetings\nCouncil sessions\nStanding Committee sessions\n"
        "Conference services, translation and interpretation of\nofficial documents\nTotal meetings\n\n"
        "10.\n\n"
        "2019\nActual\n\n2020\nBudget\n"
        "410,000\n220,000\n95,000\n725,000\n\n"
        "430,000\n230,000\n99,000\n759,000\n\n"
        "The costs of translation rise with the number of documents issued before each session.\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Meetings", "2019 Actual", "2020 Budget"),
        ("Council sessions", "410,000", "430,000"),
        ("Standing Committee sessions", "220,000", "230,000"),
        ("Conference services, translation and interpretation of official documents", "95,000", "99,000"),
        ("Total meetings", "725,000", "759,000"),
    ]
    paragraph = document.body[-1]
    assert isinstance(paragraph, iomparse.Paragraph)
    assert paragraph.num == "10"
    assert iomparse.model.inline_text(paragraph.content).startswith("The costs of translation rise")


def test_headings_printed_in_one_block_are_told_apart_by_their_capitals():
    """The headings of four columns printed as blocks that do not part them (``Staff`` / ``Grants``, then
    ``Other`` / ``costs``, ``Total`` / ``2021``): a heading opens with a capital; a line in lower case or a
    year ends the heading above it."""
    text = (
        "Table 2. Expenditure by office (in Swiss francs)\n"
        "Office\nBangkok Regional Office\nDakar Regional Office\nVienna Regional Office\n\n"
        "Staff\n\nGrants\n\nOther\ncosts\n\nTotal\n2021\n\n"
        "8\n6\n9\n\n"
        "1,100,000\n950,000\n1,240,000\n\n"
        "210,000\n180,000\n260,000\n\n"
        "1,310,000\n1,130,000\n1,500,000\n\n"
        "12.\nThe Vienna office also serves the Central Asian countries.\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document)[0] == ("Office", "Staff", "Grants", "Other costs", "Total 2021")
    assert table_rows_of(document)[3] == ("Vienna Regional Office", "9", "1,240,000", "260,000", "1,500,000")


def test_the_numbers_of_the_notes_at_a_page_foot_printed_among_a_table_go_back_to_their_texts():
    """The page's foot notes, their numbers printed apart among the table's blocks (``3`` under the labels,
    ``4`` alone), their texts after the figures: each number opens its own note's text, in order."""
    text = (
        "5.\nThe pledges received in the year are listed in the table below. 3\n\n"
        "Table 1: Pledges to the Fund (in US dollars)\n\n"
        "Donor\nCanada\nDenmark\nNorway 4\nSweden\n3\n\n4\n\n"
        "2022\n\n2023\n\n"
        "100,000\n80,000\n60,000\n120,000\n\n"
        "110,000\n90,000\n75,000\n130,000\n\n"
        "Pledges in other currencies are converted at the rate of the day of payment.\n"
        "The pledge of Norway covers two years, of which the second is shown for\n"
        "information.\n\f"
        "6.\nThe Fund closed the year with a balance.\n"
    )
    document = iomparse.parse(text)
    notes = {note.marker: iomparse.model.inline_text(note.content) for note in document.footnotes}
    assert notes["3"].startswith("Pledges in other currencies")
    assert notes["4"].startswith("The pledge of Norway covers two years")
    assert table_rows_of(document)[0] == ("Donor", "2022", "2023")


def test_pdfminer_pieces_around_a_wrapped_name_and_a_total_printed_last():
    """pdfminer prints the end of a long name as a box of its own (``… and Northern`` / ``Ireland``), so the
    labels part there while each column parts a row earlier; the total row's figures come last, one per
    column. The rows are read in full, each with its own figures, the total last."""
    labels = (
        "Member States\n\nTogo\nTunisia\nTurkey\nTurkmenistan\nUganda\nUnited Kingdom of Great Britain and Northern\n\n"
    )
    labels += "Ireland\n\nUnited Republic of Tanzania\nUruguay\nYemen\n\nTOTAL\n\n"
    headings = "Scale\nfor 2021\n%\n\nScale\nfor 2022\n%\n\n"
    columns = [["0.010", "0.050", "1.370", "0.026", "0.010"], ["4.567", "0.010", "0.087", "0.010"]]
    columns += [["0.010", "0.051", "1.290", "0.027", "0.010"], ["4.375", "0.010", "0.092", "0.011"]]
    figures = "\n\n".join("\n".join(piece) for piece in columns) + "\n\n100.000\n100.000\n"
    text = "SCALE OF ASSESSMENT FOR 2022 (continued)\n\n" + labels + headings + figures
    text += "\n9.\nThe scale is adopted.\n"
    document = iomparse.parse(text)
    rows = table_rows_of(document)
    assert rows[0] == ("Member States", "Scale for 2021 %", "Scale for 2022 %")
    assert rows[6] == ("United Kingdom of Great Britain and Northern Ireland", "4.567", "4.375")
    assert rows[1] == ("Togo", "0.010", "0.010")
    assert rows[-2] == ("Yemen", "0.010", "0.011")
    assert rows[-1] == ("TOTAL", "100.000", "100.000")


def test_note_numbers_printed_one_after_the_other_and_a_short_continued_caption():
    """The page's two note numbers printed apart after the labels make no column of figures (``3`` / ``4``:
    fewer than the rows, one after the other): they go back to the notes' texts at the page foot. On the
    next page ``Table 3 (cont’d)`` is the caption repeated, no row label, and the table goes on."""
    text = (
        "C/9/2\nOriginal: English\n3 March 2010\n\nBUDGET REPORT\n\f"
        "C/9/2\nPage 2\n\n1.\nThe budget by region follows. 3\n\n"
        "Table 3: Budget by region and service area\n\n"
        "Region\nAfrica\nAsia\nEurope 4\n\n3\n\n4\n\n"
        "Migration\nhealth\n\nOther service\nareas\n\n"
        "1,200,000\n2,400,000\n3,600,000\n\n500,000\n700,000\n900,000\n\n"
        "Staff costs rise with the step increments of the year.\n"
        "The figures for Europe include the offices in the European Economic Area.\n"
        "\fC/9/2\nPage 3\n\nTable 3 (cont’d)\nRegion\nAmericas\nOceania\nTotal\n\n"
        "Migration\nhealth\n\nOther service\nareas\n\n"
        "1,430,000\n230,000\n8,860,000\n\n1,505,000\n210,000\n3,815,000\n\n"
        "2.\nThe budget for the Americas grows most.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    rows = [row for row in table.cells if row and row[0] not in ("Region", "Table 3 (cont’d)")]
    assert [row[0] for row in rows] == ["Africa", "Asia", "Europe⁴", "Americas", "Oceania", "Total"]
    assert rows[0] == ("Africa", "1,200,000", "500,000")
    assert rows[-1] == ("Total", "8,860,000", "3,815,000")
    notes = {note.marker: iomparse.model.inline_text(note.content) for note in document.footnotes}
    assert notes["3"].startswith("Staff costs rise")
    assert notes["4"].startswith("The figures for Europe")


def test_rows_numbered_as_service_areas_above_the_labels_are_no_column_headings():
    """Short lines between a caption and a table's labels can be its columns' headings, but not lines that
    open with a row's number (``II.2 Health Assistance``, ``III. Development``): those are rows of the
    table printed in blocks above, and stay rows' text."""
    text = (
        "Table 5: Budget by service area (in US dollars) (cont’d)\n\n"
        "II.2 Health Assistance\nII.3 Health in Crises\n\nIII. Development\n\n"
        "VI. Policy and Research\nVII. Compensation\nVIII. Programme Support\n\n"
        "Staff and\noffice costs\n\nProgramme\ncosts\n\nTotal\ncosts\n\n"
        "2,840,000\n1,960,000\n\n6,150,000\n7,420,000\n\n"
        "2,210,000\n410,000\n3,050,000\n\n5,380,000\n890,000\n14,670,000\n\n7,590,000\n1,300,000\n17,720,000\n\n"
        "8,990,000\n9,380,000\n\n"
        "18.\nMovement remains the largest service area.\n"
    )
    document = iomparse.parse(text)
    cells = {cell for table in tables_of(document) for row in table.cells for cell in row}
    assert not cells & {"II.2 Health Assistance", "II.3 Health in Crises", "III. Development"}
    canonical = iomparse.to_text(document)
    assert all(label in canonical for label in ("II.2 Health Assistance", "II.3 Health in Crises", "III. Development"))


def test_a_section_number_printed_beside_a_statement_goes_back_to_its_heading():
    """A statement's labels, then the number of the section after it (``IV.``, printed in the margin at the
    height of the labels) and the columns: the table's rows are read, and ``IV.`` goes back to its heading
    after the table, not to the figures."""
    text = (
        "1.\nThe statements follow.\n\n"
        "STATEMENT I\nFINANCIAL POSITION\nas at 31 December 2007\n(in US dollars)\n"
        "Cash and deposits\nReceivables\nTotal assets\nPayables\nTotal liabilities\n\n"
        "IV.\n\n2007\n\n2006\n\n"
        "41,200\n3,100\n44,300\n9,800\n9,800\n\n"
        "38,900\n2,700\n41,600\n8,200\n8,200\n\n"
        "NOTES TO THE STATEMENTS\n\n"
        "Note 1: Accounting policies\n\nThe statements are prepared on the historical cost basis.\n"
    )
    document = iomparse.parse(text)
    rows = table_rows_of(document)
    assert rows[0][1:] == ("2007", "2006")
    assert rows[1:4] == [
        ("Cash and deposits", "41,200", "38,900"),
        ("Receivables", "3,100", "2,700"),
        ("Total assets", "44,300", "41,600"),
    ]
    assert "IV. NOTES TO THE STATEMENTS" in iomparse.to_text(document)
    assert "IV. 2007" not in iomparse.to_text(document)


def test_a_section_number_beside_a_statement_in_groups_goes_back_to_its_heading():
    """The same, the statement's rows in groups (``ASSETS``, ``LIABILITIES``: no figures of their own), its
    columns printed a group at a time: ``IV.`` still goes back to its heading, and the figures to their rows."""
    text = (
        "1.\nThe statements follow.\n\n"
        "STATEMENT I\nFINANCIAL POSITION\nas at 31 December 2007\n(in US dollars)\n"
        "ASSETS\nCash and deposits\nReceivables\nTotal assets\nLIABILITIES\nPayables\nTotal liabilities\n\n"
        "IV.\n\n2007\n\n2006\n\n"
        "41,200\n3,100\n44,300\n\n38,900\n2,700\n41,600\n\n9,800\n9,800\n\n8,200\n8,200\n\n"
        "NOTES TO THE STATEMENTS\n\n"
        "Note 1: Accounting policies\n\nThe statements are prepared on the historical cost basis.\n"
    )
    document = iomparse.parse(text)
    assert ("Payables", "9,800", "8,200") in table_rows_of(document)
    assert "IV. NOTES TO THE STATEMENTS" in iomparse.to_text(document)


def test_names_wrapped_after_a_word_no_label_ends_on_or_inside_brackets_stay_one_row():
    """pdftotext without ``-layout`` prints a wrapped name's two lines as two labels: ``Democratic Republic of
    the`` / ``Congo`` (cut on ``the``, its end in capitals) and ``Micronesia (Federated States`` / ``of)`` (the
    brackets closed on the second line) are one row each, and the columns fit the rows."""
    text = (
        "Table 2: Contributions outstanding (in Swiss francs)\n\n"
        "Member State\n\n2016\n\n2017\n\n"
        "Burundi\nChad\nDemocratic Republic of the\nCongo\nDjibouti\nMicronesia (Federated States\nof)\nNiger\n\n"
        "2,431\n–\n4,106\n–\n1,118\n–\n\n"
        "2,512\n2,487\n16,044\n2,512\n2,540\n12,560\n\n"
        "5.\nThe arrears fell during the year.\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert ("Democratic Republic of the Congo", "4,106", "16,044") in rows
    assert ("Micronesia (Federated States of)", "1,118", "2,540") in rows
    assert rows[-1] == ("Niger", "–", "12,560")


def test_a_column_heading_over_three_lines_and_its_unit_under_them():
    """A column's heading over three lines with its unit on a fourth (``Proposed`` / ``scale for`` / ``2005``
    / ``%``) is still a heading printed apart among the table's blocks: the table, whose columns pdftotext
    broke where a name wrapped, is read."""
    text = (
        "Table 1: Scale of assessment (per cent)\n\n"
        "Member States\nAlbania\nAngola\nArgentina\nDemocratic Republic of the\nCongo\nDenmark\n\n"
        "Scale for\n2004\n%\n\nProposed\nscale for\n2005\n%\n\n"
        "0.010\n0.011\n1.238\n\n0.010\n0.012\n1.020\n\n0.010\n0.714\n\n0.010\n0.699\n\n"
        "3.\nThe scale is proposed for approval.\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert rows[0] == ("Member States", "Scale for 2004 %", "Proposed scale for 2005 %")
    assert rows[3] == ("Argentina", "1.238", "1.020")
    assert rows[5] == ("Denmark", "0.714", "0.699")


def test_a_title_in_capitals_over_pieces_whose_labels_run_on_past_a_joined_name():
    """pdfminer: the table's title in capitals over its labels' heading, the labels in two blocks parted
    under a name's first line (``Democratic Republic of the`` / blank / ``Congo``), each column in two pieces
    parted a row earlier. The title is no row; the name made one line, the first block runs on over the
    first piece's end, and every row gets its own figures."""
    labels = "Albania\nAngola\nArgentina\nArmenia\nAustralia\nDemocratic Republic of the\n\n"
    labels += "Congo\nDenmark\nEcuador\nEgypt\nEstonia\n\n"
    columns = [["0.010", "0.011", "1.238", "0.010", "1.754"], ["0.010", "0.814", "0.039", "0.147", "0.019"]]
    columns += [["0.010", "0.012", "1.020", "0.011", "1.699"], ["0.010", "0.766", "0.037", "0.128", "0.020"]]
    text = (
        "PROPOSED SCALE OF ASSESSMENT FOR THE YEAR 2005\n\nMember States\n\n"
        + labels
        + "Scale for\n2004\n%\n\nProposed\nscale for\n2005\n%\n\n"
        + "\n\n".join("\n".join(piece) for piece in columns)
        + "\n\n7.\nThe scale is proposed for approval.\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert rows[0][1:] == ("Scale for 2004 %", "Proposed scale for 2005 %")
    assert ("Australia", "1.754", "1.699") in rows
    assert ("Democratic Republic of the Congo", "0.010", "0.010") in rows
    assert ("Denmark", "0.814", "0.766") in rows
    assert rows[-1] == ("Estonia", "0.019", "0.020")


def test_a_statement_printed_a_box_a_cell_with_notes_and_every_figure_after_its_labels_keeps_its_rows():
    """pdfminer: a statement's unit, the notes column's heading and two dated headings, each label a box, then
    the notes' numbers and every column's figures box after box, in the order of the PDF's text boxes: more
    figures than labels follow them, so the labels are the table's rows (no figure joined to the last
    label), under their caption however far the headings set it above them, and a warning says the figures'
    rows cannot be told."""
    boxes = ["(in thousands of euros)", "Notes", "30 June\n2019", "30 June\n2018"]
    boxes += ["ASSETS", "Cash at bank", "Receivables", "Total assets", "LIABILITIES", "Payables", "Total liabilities"]
    boxes += ["2", "3", "4", "5,100", "2,040", "7,140", "4,870", "1,980", "6,850", "880", "880", "910", "910"]
    text = "STATEMENT OF ASSETS AND LIABILITIES\n\n" + "\n\n".join(boxes) + "\n\nThe notes are part of it.\n"
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "(in thousands of euros)"
    assert [row[0] for row in table.cells if row and row[0] != "---"] == [
        "ASSETS",
        "Cash at bank",
        "Receivables",
        "Total assets",
        "LIABILITIES",
        "Payables",
        "Total liabilities",
    ]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert "6,850" in iomparse.to_text(document), "the figures are kept"


def test_five_headings_of_two_lines_between_a_statements_caption_and_its_labels_leave_it_the_caption():
    """pdfminer prints each column's heading as a box of two lines (``Administrative`` / ``Part``), five of them
    between the caption and the labels: the caption, fifteen lines above the labels, is still the table's."""
    heads = ["Administrative\nPart", "Notes", "Operational\nPart", "Total\n2019", "Total\n2018"]
    labels = ["INCOME", "Assessed contributions", "Voluntary contributions", "Total income", "EXPENDITURE"]
    labels += ["Staff salaries", "Travel", "Total expenditure"]
    figures = ["4", "5", "6"] + [f"{n},{n}00" for n in range(11, 35)]
    boxes = ["(in Swiss francs)", *heads, *labels, *figures]
    text = "STATEMENT OF INCOME AND EXPENDITURE\n\n" + "\n\n".join(boxes) + "\n\nThe notes are part of it.\n"
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "(in Swiss francs)"
    assert [row[0] for row in table.cells if row and row[0] != "---"] == labels
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"


def test_every_columns_figures_in_one_run_of_boxes_a_figure_a_row_in_each_make_the_labels_rows():
    """pdfminer: a scale's column headings a box each, its States in two blocks (a name wrapped in brackets
    parts them), then every column's figures one after the other, a box each: no caption stands over the
    labels, but three figures a label make a table of these rows, its figures unplaced, and it says so."""
    heads = ["2020 scale\n(%)", "2021 scale\n(%)", "Assessed contribution\n2021 (CHF)"]
    first = ["Algeria", "Bolivia (Plurinational\nState of)", "Chad", "Denmark"]
    second = ["Ecuador", "Fiji", "Ghana", "Honduras"]
    figures = [f"0.{n:04d}" for n in range(1, 17)] + [f"{n},500" for n in range(10, 18)]
    text = "PROPOSED SCALE OF ASSESSMENT FOR 2021\n\nAdministrative Part of the Budget for 2021: CHF 52,100,000\n\n"
    text += "\n\n".join(heads) + "\n\n" + "\n\n".join(first) + "\n\n" + "\n".join(second) + "\n\n"
    text += "\n\n".join(figures) + "\n\nThe scale is adopted each year.\n"
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells if row and row[0] != "---"] == [
        "Algeria",
        "Bolivia (Plurinational State of)",
        "Chad",
        "Denmark",
        *second,
    ]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert "17,500" in iomparse.to_text(document), "the figures are kept"


def test_pdfminer_columns_numbered_under_headings_with_the_running_header_among_them():
    """pdfminer prints an annex's table box by box: its title in capitals opening the labels' box, each
    column's heading over lines carried over in lower case with the column's number under it (``(1)``), a
    running header and the unit between two columns. The numbers are the headings', not negative figures;
    the title is no row; the running header goes atop the page (it opens the annex) and the unit over the
    table."""
    labels = ["Bogota", "Dakar", "Manila", "Nairobi", "Panama", "Pretoria", "Vienna"]
    first = ["12", "9", "31", "17", "8", "11", "15"]
    second = ["14", "9", "29", "19", "10", "11", "16"]
    third = ["2", "–", "(2)", "2", "2", "–", "1"]

    def boxes(*lines: str) -> str:
        return "".join(f"{line}\n\n" for line in lines)

    text = (
        "SCPF/40\nPage 3\n\n3. The staffing of each regional office is set out in the annex.\n\f"
        + boxes("POSTS IN THE REGIONAL OFFICES BY LOCATION", "Regional office", *labels)
        + boxes("Posts\nfunded in\n2023\n(1)", *first)
        + boxes("Posts\nproposed\nfor 2024\n(2)", *second)
        + boxes("SCPF/40\nAnnex\nPage 1", "(number of posts)", "Change\n(3)", *third)
    )
    document = iomparse.parse(text)
    assert [annex.label for annex in document.annexes] == ["Annex"]
    (table,) = tables_of(document)
    assert table.caption == "(number of posts)"
    assert table.cells[0] == (
        "Regional office",
        "Posts funded in 2023 (1)",
        "Posts proposed for 2024 (2)",
        "Change (3)",
    )
    assert table_rows_of(document)[1:] == list(zip(labels, first, second, third, strict=True))


def test_figures_first_after_each_groups_note_references_under_a_heading_in_the_captions_block():
    """pdftotext printed a statement figures first: the first column's heading in one block with the caption
    (``End of`` / ``2021`` right under ``(in US dollars)``), the notes column's references before each
    group's figures, then the labels under ``Notes``, a group within a group (``ASSETS`` / ``Current
    assets``). Each row gets its figures, the headings their columns, both groups' labels none."""
    text = (
        "30.\nThe Fund's position at the year's end is shown below.\n\n"
        "STATEMENT A\nSTATEMENT OF NET ASSETS AS AT 31 DECEMBER 2021\n(in US dollars)\nEnd of\n2021\n\n"
        "End of\n2020\n\n2\n3\n\n510,000\n42,000\n552,000\n\n498,000\n39,500\n537,500\n\n4\n\n"
        "20,100\n7,300\n27,400\n\n18,800\n6,900\n25,700\n\nNotes\n\n"
        "ASSETS\nCurrent assets\nBank deposits\nReceivables\nTotal current assets\n"
        "LIABILITIES\nPayables\nProvisions\nTotal liabilities\n\n"
        "31.\nThe Fund holds no long-term assets.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row for row in table.cells if len(row) == 3 and row[0] != "---"] == [
        ("", "End of 2021", "End of 2020"),
        ("ASSETS", "", ""),
        ("Current assets", "", ""),
        ("Bank deposits", "510,000", "498,000"),
        ("Receivables", "42,000", "39,500"),
        ("Total current assets", "552,000", "537,500"),
        ("LIABILITIES", "", ""),
        ("Payables", "20,100", "18,800"),
        ("Provisions", "7,300", "6,900"),
        ("Total liabilities", "27,400", "25,700"),
    ]
    assert table.caption == "(in US dollars)"
    after = iomparse.to_text(document).split("| Total liabilities | 27,400 | 25,700 |", 1)[1]
    assert after.split()[:4] == ["2", "3", "4", "Notes"], "the notes' references are kept after the table"


def test_labels_then_each_groups_figures_a_block_per_column_are_read_by_the_groups_heights():
    """pdftotext printed a statement's labels first, then the notes' references, the columns' headings, and
    its figures a group of rows at a time, a block per column in each (income's two columns, then
    expenses'): the groups, as high as the labels between the groups' labels, tell each row its figures."""
    text = (
        "32.\nIncome and expenses for the year were as follows.\n\n"
        "STATEMENT B\nSTATEMENT OF INCOME AND EXPENSES FOR 2021\n(in US dollars)\n\nNotes\n\n"
        "INCOME\nGrants received\nInterest\nTotal income\nEXPENSES\nSalaries\nTravel\nRent\nSupplies\n"
        "Total expenses\nNET RESULT\n\n5\n6\n\n7\n\nYear\n2021\n\nYear\n2020\n\n"
        "300,000\n4,000\n304,000\n\n280,000\n3,500\n283,500\n\n"
        "150,000\n40,000\n30,000\n12,000\n232,000\n\n140,000\n38,000\n29,000\n11,000\n218,000\n\n"
        "72,000\n\n65,500\n\n"
        "33.\nThe result was carried forward.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row for row in table.cells if len(row) == 3 and row[0] != "---"] == [
        ("", "Year 2021", "Year 2020"),
        ("INCOME", "", ""),
        ("Grants received", "300,000", "280,000"),
        ("Interest", "4,000", "3,500"),
        ("Total income", "304,000", "283,500"),
        ("EXPENSES", "", ""),
        ("Salaries", "150,000", "140,000"),
        ("Travel", "40,000", "38,000"),
        ("Rent", "30,000", "29,000"),
        ("Supplies", "12,000", "11,000"),
        ("Total expenses", "232,000", "218,000"),
        ("NET RESULT", "72,000", "65,500"),
    ]


def test_a_table_going_on_past_the_figures_it_left_on_its_page_is_one_table():
    """A country table whose first column could not be put back in rows on either page (its dashes lost):
    each page's rows are laid out under the same headings, the first page's unplaced figures between. The
    next page's rows go on with the table (its headings repeated in it, as a table going on keeps them); the
    figures left stay after it as text."""

    def page(rows: list[tuple[str, str, str]], first: list[str]) -> str:
        laid = "".join(f"| {label} | {a} | {b} |\n" for label, a, b in rows)
        return f"| Member State | 2015 | Total |\n| --- | --- | --- |\n{laid}\nPrior to 2015 " + " ".join(first)

    text = (
        "S/20/5\nOriginal: English\n2 May 2016\n\n"
        "6.\nThe arrears of each Member State are set out in Table 2.\n\n"
        "Table 2: Arrears by Member State (in Swiss francs)\n\n"
        + page(
            [("Benin", "4,190", "8,380"), ("Chad", "4,190", "9,120"), ("Gambia", "4,190", "6,010")],
            ["4,190", "930", "1,820", "-", "2,050"],
        )
        + "\n\n\fS/20/5\nPage 5\n\n"
        + page(
            [("Niger", "4,190", "7,230"), ("Togo", "1,500", "5,690"), ("Total", "22,450", "36,430")],
            ["3,040", "4,190", "2,880", "7,120"],
        )
        + "\n\n7.\nThe Committee is invited to take note of the arrears.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    labels = [row[0] for row in table.cells if row and row[0] not in ("Member State", "---")]
    assert labels == ["Benin", "Chad", "Gambia", "Niger", "Togo", "Total"]
    canonical = iomparse.to_text(document)
    assert "Prior to 2015 4,190 930" in canonical and "Prior to 2015 3,040 4,190" in canonical


def test_figures_first_with_a_group_printed_beside_its_labels_and_notes_heading_the_labels_block():
    """pdftotext printed a statement figures first: its groups' figures a block per column, a total alone a
    block per column, then a part printed with its labels (``NET FUNDS`` / ``Working capital`` /
    ``Reserves``: the part's label in capitals, with no figures, then its two rows); after the figures the
    labels, ``Notes`` atop them in their block, parted by the notes' references. Each row gets its figures,
    the parts' and groups' labels none (``ASSETS`` / ``Current assets``)."""
    text = (
        "40.\nThe Fund's financial position at the year's end follows.\n\n"
        "Statement A\nSTATEMENT OF FINANCIAL POSITION\n(in thousands of US dollars)\n31 December\n2022\n\n"
        "31 December\n2021\n\n"
        "310,400\n95,000\n12,700\n\n287,100\n80,000\n9,950\n\n418,100\n\n377,050\n\n"
        "64,200\n3,500\n\n58,900\n4,150\n\n67,700\n\n63,050\n\n"
        "TOTAL LIABILITIES\n\n67,700\n\n63,050\n\n"
        "NET FUNDS\nWorking capital\nReserves\n\n300,400\n50,000\n\n264,000\n50,000\n\n"
        "350,400\n\n314,000\n\n"
        "Notes\nASSETS\nCurrent assets\nCash and deposits\nInvestments\nReceivables\n\n3\n4\n\n"
        "TOTAL ASSETS\nLIABILITIES\nPayables\nProvisions\n\n5\n\n"
        "Total current liabilities and provisions\n\nTOTAL NET FUNDS\n\n"
        "41.\nThe Fund has no long-term liabilities.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row for row in table.cells if len(row) == 3 and row[0] != "---"] == [
        ("", "31 December 2022", "31 December 2021"),
        ("ASSETS", "", ""),
        ("Current assets", "", ""),
        ("Cash and deposits", "310,400", "287,100"),
        ("Investments", "95,000", "80,000"),
        ("Receivables", "12,700", "9,950"),
        ("TOTAL ASSETS", "418,100", "377,050"),
        ("LIABILITIES", "", ""),
        ("Payables", "64,200", "58,900"),
        ("Provisions", "3,500", "4,150"),
        ("Total current liabilities and provisions", "67,700", "63,050"),
        ("TOTAL LIABILITIES", "67,700", "63,050"),
        ("NET FUNDS", "", ""),
        ("Working capital", "300,400", "264,000"),
        ("Reserves", "50,000", "50,000"),
        ("TOTAL NET FUNDS", "350,400", "314,000"),
    ]


def test_a_caption_opening_its_block_over_the_first_columns_heading_is_found():
    """The caption opens its block, the first column's heading of two lines under it (``(in US dollars)`` /
    ``End of`` / ``2021``), then the figures first: the table is read under its caption."""
    text = (
        "30.\nThe Fund's position at the year's end is shown below.\n\n"
        "(in US dollars)\nEnd of\n2021\n\n"
        "End of\n2020\n\n2\n3\n\n510,000\n42,000\n552,000\n\n498,000\n39,500\n537,500\n\n4\n\n"
        "20,100\n7,300\n27,400\n\n18,800\n6,900\n25,700\n\nNotes\n\n"
        "ASSETS\nCurrent assets\nBank deposits\nReceivables\nTotal current assets\n"
        "LIABILITIES\nPayables\nProvisions\nTotal liabilities\n\n"
        "31.\nThe Fund holds no long-term assets.\n"
    )
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "(in US dollars)"
    rows = {row[0]: row[1:] for row in table.cells if len(row) == 3}
    assert rows["Receivables"] == ("42,000", "39,500")


def _statement_in_two_runs(after: str) -> str:
    """A statement pdftotext printed in two runs: the first group's labels, the years, every group's figures
    (a dash lost, so that no column holds a figure per label), then the other groups' labels, parted by
    the notes' references (``7``), then ``after``."""
    return (
        "MC/2314\nPage 4\n\nSTATEMENT I\nSTATEMENT OF ASSETS AND LIABILITIES\n(in US dollars)\n"
        "ASSETS\nCash and cash equivalents\nShort-term investments\nOther receivables\nTotal assets\n\n"
        "2010\n\n2009\n\n"
        "512,846,210\n148,200,000\n661,046,210\n\n468,305,112\n121,750,000\n14,726,093\n604,781,205\n\n"
        "61,582,304\n498,610,455\n560,192,759\n\n55,917,620\n446,281,903\n502,199,523\n\n"
        "LIABILITIES\nAccounts payable\nDeferred income\n\n7\n\nTotal liabilities\n\n" + after
    )


def test_a_statements_labels_printed_after_every_groups_figures_are_its_next_rows():
    """The labels printed after the figures are the statement's next rows (without figures: which figures
    are theirs the text does not tell), up to the page's furniture; the reading is said to be incomplete."""
    document = iomparse.parse(_statement_in_two_runs("MC/2314\nPage 5\n\n8.\nThe Committee took note.\n"))
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells if row] == [
        *("ASSETS", "Cash and cash equivalents", "Short-term investments", "Other receivables", "Total assets"),
        *("LIABILITIES", "Accounts payable", "Deferred income", "Total liabilities"),
    ]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert "61,582,304" in iomparse.to_text(document), "the figures are kept after the table"


def test_one_short_line_after_a_statements_figures_at_the_pages_foot_is_no_row_of_it():
    """The same, one short line after the figures at the page's foot (a heading over the next page's text):
    nothing tells it is a row of the table, and it stays as it is."""
    text = _statement_in_two_runs("MC/2314\nPage 5\n\n8.\nThe Committee took note.\n")
    text = text.replace("LIABILITIES\nAccounts payable\nDeferred income\n\n7\n\nTotal liabilities", "Other matters")
    (table,) = tables_of(iomparse.parse(text))
    assert "Other matters" not in [row[0] for row in table.cells if row]


def test_short_lines_after_a_statements_figures_over_text_are_no_rows_of_it():
    """The same, the short lines after the figures running on to text (a heading over a paragraph): nothing
    tells they are the table's, and they stay as they are."""
    document = iomparse.parse(_statement_in_two_runs("The liabilities rose in the year, as the notes explain.\n"))
    (table,) = tables_of(document)
    assert "LIABILITIES" not in [row[0] for row in table.cells if row]


def test_a_tables_only_column_printed_after_its_labels_under_a_caption_is_read():
    """pdfminer prints a table of one column of figures box by box: the labels (their heading atop), then the
    column's heading and a figure a label. Under its caption, that is the table; with no caption above, the
    names and figures stay as they are."""
    boxes = ["Donor", "Japan", "Norway", "Sweden", "Denmark", "Other donors", "Total", "USD thousands"]
    boxes += ["54,733", "26,519", "31,096", "14,890", "383,440", "510,678"]
    body = "\n\n".join(boxes)
    text = f"C/109/4\nPage 5\n\nSchedule – Voluntary contributions by donor, 2017\n\n{body}\n\n"
    (table,) = tables_of(iomparse.parse(text))
    assert table.caption == "Schedule – Voluntary contributions by donor, 2017"
    assert [row for row in table.cells if row][-2:] == [("Other donors", "383,440"), ("Total", "510,678")]
    uncaptioned = text.replace("Schedule – Voluntary contributions by donor, 2017", "12. The donors were:")
    assert not tables_of(iomparse.parse(uncaptioned))


def test_a_statements_title_between_two_tables_printed_by_columns_parts_them():
    """A short statement's label and title between two tables printed column by column, as many columns
    each: a heading over the second table, not a group's label joining the two."""
    text = (
        "Cash\nInvestments\nTotal assets\n\n402,615\n96,400\n499,015\n\n371,208\n88,950\n460,158\n\n"
        "Statement II – Cash flows\n\n"
        "Operating activities\nInvesting activities\nNet cash flow\n\n24,800\n8,145\n32,945\n\n21,600\n9,732\n31,332\n"
    )
    tables = tables_of(iomparse.parse(text))
    assert len(tables) == 2
    assert all("Statement II – Cash flows" not in row for table in tables for row in table.cells)


def test_a_column_one_figure_short_of_its_labels_under_no_heading_is_no_table():
    """Under a caption, one column of figures one short of the labels and with no heading of its own (a dash
    the extractor dropped): which figure is whose cannot be told, so no table is read (every figure would
    shift a row)."""
    labels = "\n".join(["Japan", "Norway", "Sweden", "Denmark", "Finland", "Other donors", "Total"])
    figures = "\n".join(["54,733", "26,519", "14,890", "11,000", "383,440", "490,582"])
    text = (
        f"C/109/4\nPage 5\n\nSchedule – Voluntary contributions by donor, 2017\n\n{labels}\n\n{figures}\n\n"
        "12.\nThe donors were thanked.\n"
    )
    assert not any(
        tuple(row[:2]) == ("Norway", "54,733") for table in tables_of(iomparse.parse(text)) for row in table.cells
    )


def test_figures_left_by_a_table_are_not_taken_again_by_the_next():
    """A table whose columns take the figures left by the table above it (a negative amount, ``(1,240)``,
    read as a caption) is not read: no figure is printed twice."""
    text = (
        "Cash\nReceivables\nInventories\nTotal assets\n\n9,678,223\n1,582,158\n11,260,381\n\n(1,240)\n7,723,258\n\n"
        "Accounts payable\nDeferred income\nProvisions\nTotal liabilities\n\n"
        "1,970,381\n3,639,455\n5,609,836\n11,219,672\n"
    )
    canonical = iomparse.to_text(iomparse.parse(text))
    assert canonical.count("7,723,258") == 1


def test_a_tables_notes_under_the_figures_and_headings_it_left_unplaced_are_its_notes():
    """pdftotext and pdfminer print a table's notes after the figures and column headings that could not
    be put in rows (they stay as text): the notes, one with its letter alone over its text, are still the
    table's notes, not text run on with the figures."""
    text = (
        "6.\nThe posts are shown by grade below.\n\n"
        "Table 3: Posts by grade (number of posts)\n\n"
        "Grade\nD-2\nD-1\nP-5\nP-4\nP-3\n\n"
        "2020\n4\n12\n6\n38\n12\n\n"
        "2021\n14\n40\n71\n\n"
        "2022\n5\n14\n41\n73\n95\n\n"
        "Proposed\n2023\n\n"
        "a\n\nTwo posts at grade D-1 were reclassified in 2021.\n\n"
        "b Includes posts funded from Operational Support Income.\n"
    )
    document = iomparse.parse(text)
    notes = [(note.marker, iomparse.model.inline_text(note.content)) for note in document.footnotes]
    assert notes == [
        ("a", "Two posts at grade D-1 were reclassified in 2021."),
        ("b", "Includes posts funded from Operational Support Income."),
    ]
    assert "2021 14 40 71 Proposed 2023" in iomparse.to_text(document), "the figures left stay as text"


def test_a_statements_labels_printed_a_box_a_group_are_all_its_rows():
    """pdfminer prints a statement's labels a box a group (``ASSETS`` / ``Current assets``, then the current
    assets to their total, then ``Non-current assets`` …), then its columns, the group labels without
    figures: every label is a row, in order, and the figures, whose rows the text does not tell, follow."""
    text = (
        "19.\nThe financial statements are set out below.\n\n"
        "Statement I – Statement of financial position as at 31 December 2019\n\n"
        "(in thousands of US dollars)\n\nNotes\n\n2019\n\n2018\n\n"
        "ASSETS\nCurrent assets\n\n"
        "Cash and cash equivalents\nInvestments\nContributions receivable\nTotal current assets\n\n"
        "Non-current assets\n\n"
        "Property, plant and equipment\nIntangible assets\nTotal non-current assets\n\n"
        "TOTAL ASSETS\n\n"
        "3\n4\n5\n6\n\n"
        "1,012,448\n612,300\n388,214\n2,012,962\n96,530\n6,381\n102,911\n2,115,873\n\n"
        "874,316\n545,000\n402,771\n1,822,087\n88,104\n5,977\n94,081\n1,916,168\n\n"
        "20.\nThe statements were audited by the External Auditor.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    labels = [row[0] for row in table.cells if row and row[0].strip()]
    assert labels[:2] == ["ASSETS", "Current assets"]
    assert labels[-4:] == [
        "Property, plant and equipment",
        "Intangible assets",
        "Total non-current assets",
        "TOTAL ASSETS",
    ]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"


def test_two_columns_headings_printed_in_one_block_and_a_notes_letter_under_the_labels_leave_the_table_read():
    """pdftotext printed two columns' headings in one block, side by side (``IOM scale`` / ``Assessed`` /
    ``2025 contribution 2025`` / ``(%)`` / ``(CHF)``), and the notes' letters alone under the last label: the
    columns after them are still the table's, and the letters are no rows."""
    states = ["Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal"]
    text = (
        "ANNEX\nPROPOSED SCALE OF ASSESSMENT FOR 2025\n(Administrative Part of the Budget for 2025: CHF 68,411,000)\n\n"
        "Member State\n" + "\n".join(states) + "\nTotal\na\n\nb\nc\n\n"
        "United Nations\nscale 2022-2024\n(%)\n\nIOM scale\n2024\n(%)\n\n"
        "IOM scale\nAssessed\n2025 contribution 2025\n(%)\n(CHF)\n\n"
        "0.010\n0.026\n0.163\n0.212\n0.837\n0.353\n1.601\n\n"
        "0.01054\n0.02740\n0.17175\n0.22338\n0.88195\n0.37197\n1.68699\n\n"
        "0.01052\n0.02735\n0.17149\n0.22304\n0.88061\n0.37140\n1.68441\n\n"
        "7,197\n18,710\n117,318\n152,584\n602,434\n254,079\n1,152,322\n\n"
        "Admitted by the Council at its 114th Session.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    labels = [row[0] for row in table.cells if row and row[0].strip()]
    assert labels[labels.index("Papua New Guinea") :] == [*states, "Total"]


def test_a_statements_labels_printed_after_the_first_runs_figures_with_figures_of_their_own_are_its_rows():
    """pdftotext printed Statement II in two runs (the revenue's labels and figures, then ``TOTAL REVENUE``,
    ``EXPENSES`` … and their own figures): the second run's labels are the table's next rows, its figures
    kept after it with the first run's."""
    document = iomparse.parse((CORPUS / "financial-report-2021.plain.txt").read_text(encoding="utf-8"))
    performance = next(table for table in tables_of(document) if any("REVENUE" in row for row in table.rows))
    labels = [row[0] for row in performance.cells if row and row[0].strip()]
    assert labels.index("Voluntary contributions") < labels.index("TOTAL REVENUE") < labels.index("Staff costs")


def test_columns_a_box_a_figure_in_one_run_under_a_title_in_capitals_are_read_in_order():
    """pdfminer prints every cell a box: the title in capitals, each column's heading (three lines), the
    labels (their heading first), then the three columns' figures one after the other. The title is no
    column's heading, so the three headings head the three columns, each alike in its figures' form."""
    heads = "Scale\n2030\n(%)\n\nScale\n2031\n(%)\n\nAmount\n2031\n(CHF)"
    labels = ["Member State", "Albania", "Bhutan", "Chad", "Dominica", "Eritrea"]
    figures = ["0.008", "0.002", "0.005", "0.001", "0.003", "0.0085", "0.0021", "0.0052", "0.0011", "0.0032"]
    figures += ["3,410", "842", "2,087", "430", "1,251"]
    text = (
        "1.\nThe scale proposed for 2031 is set out below.\n\nDISTRIBUTION OF THE ASSESSMENTS FOR 2031\n\n"
        + heads
        + "\n\n"
        + "\n\n".join(labels + figures)
        + "\n\n2.\nThe amounts are rounded to the nearest franc.\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Member State", "Scale 2030 (%)", "Scale 2031 (%)", "Amount 2031 (CHF)"),
        ("Albania", "0.008", "0.0085", "3,410"),
        ("Bhutan", "0.002", "0.0021", "842"),
        ("Chad", "0.005", "0.0052", "2,087"),
        ("Dominica", "0.001", "0.0011", "430"),
        ("Eritrea", "0.003", "0.0032", "1,251"),
    ]
    assert diagnostic_codes(document)["table-read-by-columns"] == "info"


def test_labels_printed_after_figures_a_box_each_in_pieces_are_the_rows_and_the_figures_are_kept_apart():
    """A table's next page, a box a cell: the columns' headings, then the figures in pieces taking turns
    (three rows of the first two columns, then the other rows of both, then the third column), then the
    label column. The labels are the table's rows, under their heading; the figures, in an order the text
    does not tell, follow the table, and a warning says so."""
    heads = "Scale\n2030\n(%)\n\nScale\n2031\n(%)\n\nAmount\n2031\n(CHF)"
    figures = ["0.008", "0.002", "0.005", "0.0085", "0.0021", "0.0052", "0.001", "0.003", "0.004", "0.006"]
    figures += ["0.0011", "0.0032", "0.0043", "0.0064", "3,410", "842", "2,087", "430", "1,251", "1,702", "2,511"]
    labels = ["Member State", "Fiji", "Gabon", "Haiti", "Iceland", "Jordan", "Kenya", "Latvia"]
    text = "\fMC/2999\nAnnex\nPage 2\n\n" + heads + "\n\n" + "\n\n".join(figures + labels) + "\n"
    document = iomparse.parse(text)
    assert table_rows_of(document) == [("Member State",), *((label,) for label in labels[1:])]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert " ".join(figures) in " ".join(iomparse.to_text(document).split()), "the figures are kept, in order"


def test_headings_of_two_lines_after_labels_a_box_each_head_the_columns_and_the_title_above_is_no_label():
    """pdfminer prints a box a cell: the annex's title in capitals and its label again, the labels (their
    heading first), the columns' headings (two lines each, which read like labels) and the caption, then
    the figures, whose order the text does not tell (amounts all alike). The headings end the labels, the
    title and the annex's label start none: the six donors are the rows, the figures kept after them."""
    labels = ["Donor", "Australia", "Brazil", "Colombia", "Denmark", "Ecuador", "France"]
    heads = "Pledged for\n2031\n\nPaid by\n30 June 2031\n\nStill due at\n30 June 2031\n\n(in US dollars)"
    figures = ["40,000", "12,500", "30,000", "8,000", "15,000", "22,000", "40,000", "10,000", "30,000", "8,000"]
    figures += ["5,000", "20,000", "–", "2,500", "–", "–", "10,000", "2,000"]
    text = (
        "\fS/49/3\nAnnex\nPage 1\n\nPLEDGES TO THE FUND FOR DEVELOPING MEMBER STATES IN 2031\n\nAnnex\n\n"
        + "\n\n".join(labels)
        + "\n\n"
        + heads
        + "\n\n"
        + "\n\n".join(figures)
        + "\n"
    )
    document = iomparse.parse(text)
    assert table_rows_of(document) == [("Donor",), *((label,) for label in labels[1:])]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert " ".join(figures) in " ".join(iomparse.to_text(document).split()), "the figures are kept, in order"


def test_a_documents_symbol_in_a_box_after_the_labels_heads_a_column_rather_than_being_one_more_label():
    """``MC/2999`` over the first column (the budget document its figures come from), printed a box after
    the last label: it heads a column, so the labels end before it and the rows are read."""
    labels = ["Programme", "Resettlement", "Return assistance", "Health assessments", "Labour mobility", "Research"]
    heads = ["MC/2999", "Revised\nestimates", "Increase"]
    figures = ["12,000,000", "14,500,000", "2,500,000", "8,200,000", "9,900,000", "1,700,000", "5,100,000"]
    figures += ["5,600,000", "500,000", "3,300,000", "4,100,000", "800,000", "1,000,000", "1,200,000", "200,000"]
    text = (
        "7.\nThe Operational Part of the Budget has grown.\n\n"
        "Table 2 – Operational Part of the Budget by programme (in US dollars)\n\n"
        + "\n\n".join(labels + heads + figures)
        + "\n\n8.\nThe increase is largest in resettlement.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Table 2 – Operational Part of the Budget by programme (in US dollars)"
    assert [row[0] for row in table.cells if row] == labels
    assert "MC/2999 Revised estimates Increase" in " ".join(iomparse.to_text(document).split())


def test_a_label_column_printed_last_with_states_names_wrapped_is_the_rows_of_the_columns_before_it():
    """A scale's next page, a box a cell: two columns' headings, their figures, the third column's heading
    atop its figures, then the label column, its heading first, two States' names wrapped in their boxes
    (over three lines, a note's letter under them, and closing a bracket). The names are made one and are the
    rows; the figures, whose order the text does not tell, follow the table."""
    heads = "Proposed scale\n2032\n(%)\n\nAssessed\ncontribution 2032\n(CHF)"
    figures = ["0.0312", "1.1520", "4.6100", "22.0000", "0.0014", "0.0011"]
    figures += ["13,480", "497,880", "1,992,430", "9,508,230", "605", "475"]
    third = "Scale\n2031\n(%)\n0.0301\n1.0890\n4.4630\n22.0000\n0.0016\n0.0010"
    labels = ["Member State", "Tunisia", "Turkey", "United Kingdom of Great\nBritain and Northern\nIreland\na"]
    labels += ["United States of America", "Venezuela (Bolivarian\nRepublic of)", "Viet Nam"]
    text = "\fS/49/5\nAnnex\nPage 2\n\n" + heads + "\n\n" + "\n\n".join(figures) + "\n\n" + third + "\n\n"
    text += "\n\n".join(labels) + "\n"
    document = iomparse.parse(text)
    assert table_rows_of(document) == [
        ("Member State",),
        ("Tunisia",),
        ("Turkey",),
        ("United Kingdom of Great Britain and Northern Ireland a",),  # (its note's letter kept on it)
        ("United States of America",),
        ("Venezuela (Bolivarian Republic of)",),
        ("Viet Nam",),
    ]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"


_SCALE_HEADS = "United Nations\nscale\n(%)\n\nIOM scale\n2030\n(%)\n\nIOM scale\n2031\n(%)\n\nAssessment\n2031\n(CHF)"
_SCALE_LABELS = ["Member State", "Albania", "Bhutan", "Chad", "Dominica", "Eritrea", "Fiji"]
_UN_SCALE = ["0.008", "0.002", "0.005", "0.001", "0.003", "0.004"]
_SCALE_2030 = ["0.0085", "0.0021", "0.0053", "0.0011", "0.0032", "0.0043"]
_SCALE_2031 = ["0.0086", "0.0022", "0.0054", "0.0012", "0.0033", "0.0044"]
_ASSESSED = ["3,410", "842", "2,087", "430", "1,251", "1,702"]


def _scale_boxed(middle: list[str]) -> iomparse.Document:
    """A scale printed a box a cell, its two IOM scale columns' figures in the order ``middle``."""
    boxes = _SCALE_LABELS + _UN_SCALE + middle + _ASSESSED
    return iomparse.parse(
        "1.\nThe scale is set out below.\n\nDISTRIBUTION OF THE ASSESSMENTS FOR 2031\n\n"
        + _SCALE_HEADS
        + "\n\n"
        + "\n\n".join(boxes)
        + "\n\n2.\nThe amounts are rounded.\n"
    )


def test_two_columns_alike_printed_a_box_a_figure_in_turns_are_left_unplaced_and_the_others_placed():
    """pdfminer printed the two IOM scale columns (four decimals each) in pieces taking turns: three rows of
    one, three of the other, then the rest. Their order cannot tell them apart, and their figures do not agree
    row by row: they are kept after the table, said so; the columns unlike their neighbours are placed."""
    document = _scale_boxed(_SCALE_2030[:3] + _SCALE_2031[:3] + _SCALE_2030[3:] + _SCALE_2031[3:])
    assert table_rows_of(document)[0] == ("Member State", "United Nations scale (%)", "Assessment 2031 (CHF)")
    assert table_rows_of(document)[1:] == [
        (label, un, assessed) for label, un, assessed in zip(_SCALE_LABELS[1:], _UN_SCALE, _ASSESSED, strict=True)
    ]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    canonical = " ".join(iomparse.to_text(document).split())
    assert canonical.count("IOM scale 2030 (%)") == 1, "the unplaced columns' headings are kept once"
    assert "IOM scale 2030 (%) IOM scale 2031 (%) 0.0085 0.0021 0.0053 0.0086" in canonical


def test_two_columns_alike_printed_a_box_a_figure_whose_figures_agree_row_by_row_are_placed():
    """The same columns printed one after the other: each row's two scales agree (a year's rate beside the
    next year's), so the columns are read in their order."""
    document = _scale_boxed(_SCALE_2030 + _SCALE_2031)
    assert table_rows_of(document)[1:] == list(
        zip(_SCALE_LABELS[1:], _UN_SCALE, _SCALE_2030, _SCALE_2031, _ASSESSED, strict=True)
    )
    assert "table-figures-unplaced" not in diagnostic_codes(document)


def test_the_running_header_printed_after_the_labels_that_open_a_page_goes_atop_and_the_table_is_read():
    """pdfminer opens the annex's second page with the label column's box, then the page's running header
    (``S/49/5`` / ``Annex`` / ``Page 2``), then the columns' headings and figures a box each, column after
    column. The header goes atop the page; the table is read in its columns."""
    heads = "United Nations\nscale\n(%)\n\nProposed IOM\nscale 2031\n(%)\n\nAssessment\n2031\n(CHF)"
    labels = "Member States\nGabon\nGambia\nGeorgia\nGermany\nGhana\nGreece"
    figures = ["0.010", "0.001", "0.008", "7.142", "0.014", "0.691", "0.0107", "0.0011", "0.0085", "7.6327"]
    figures += ["0.0150", "0.7385", "4,298", "442", "3,414", "3,065,596", "6,025", "296,620"]
    text = "S/49/5\nPage 2\n\n1.\nThe scale follows.\n\f" + labels + "\n\nS/49/5\nAnnex\nPage 2\n\n" + heads
    document = iomparse.parse(text + "\n\n" + "\n\n".join(figures) + "\n")
    assert table_rows_of(document)[0] == (
        "Member States",
        "United Nations scale (%)",
        "Proposed IOM scale 2031 (%)",
        "Assessment 2031 (CHF)",
    )
    assert table_rows_of(document)[4] == ("Germany", "7.142", "7.6327", "3,065,596")
    assert [annex.label for annex in document.annexes] == ["Annex"]


def test_a_statement_whose_group_labels_stand_alone_keeps_every_group_as_rows():
    """pdfminer prints a statement's labels a box a group (``RESOURCES`` alone, its rows, its total, the next
    group …), then the columns' headings apart (``Note`` / ``2024`` / ``2023``), then the figures in boxes
    whose order the text does not tell: every label is a row, the group labels too, and the figures follow."""
    text = (
        "STATEMENT A – RESOURCES AND OBLIGATIONS\n\n"
        "(in thousands of Swiss francs)\n\n"
        "RESOURCES\n\n"
        "Cash at bank\nShort-term placements\nContributions receivable\n\n"
        "Total resources\n\n"
        "OBLIGATIONS\n\n"
        "Payables\nAdvances received\nStaff entitlements\n\n"
        "Total obligations\n\n"
        "NET RESOURCES\n\n"
        "Note\n\n2024\n\n2023\n\n"
        "4\n5\n\n"
        "1,200\n3,400\n560\n\n"
        "1,100\n3,100\n610\n\n"
        "5,160\n\n4,810\n\n"
        "7\n\n"
        "300\n450\n120\n\n"
        "280\n400\n130\n\n"
        "870\n\n810\n\n"
        "4,290\n\n4,000\n\n"
        "The notes are an integral part of this statement.\n"
    )
    document = iomparse.parse(text)
    assert [row[0] for row in table_rows_of(document)] == [
        "RESOURCES",
        "Cash at bank",
        "Short-term placements",
        "Contributions receivable",
        "Total resources",
        "OBLIGATIONS",
        "Payables",
        "Advances received",
        "Staff entitlements",
        "Total obligations",
        "NET RESOURCES",
    ]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert "1,200 3,400 560" in iomparse.to_text(document), "the figures are kept, in their order"


def test_labels_printed_after_the_figures_are_rows_though_a_note_under_the_table_follows_them():
    """pdftotext printed the page's columns in two runs: the first labels, every figure, then the last
    labels, their notes' references (``14`` / ``14``) and the sentence under the statement. The last labels
    are rows too, without figures (which row each belongs to cannot be told); the sentence stays text."""
    text = (
        "Statement 2 – Financial position at 31 December 2024\n(in thousands of US dollars)\nNotes\n"
        "ASSETS\nCurrent assets\nCash\nReceivables\nStock\nTotal current assets\n"
        "Non-current assets\nEquipment\nSoftware\nTotal non-current assets\n\n"
        "2024\n\n2023\n\n3\n4\n\n410\n220\n15\n645\n\n380\n205\n12\n597\n\n6\n\n"
        "90\n40\n130\n\n85\n35\n120\n\n775\n\n717\n\n"
        "TOTAL ASSETS\nLIABILITIES\nPayables\nProvisions\nTotal liabilities\nNET ASSETS\n\n"
        "14\n14\n\n"
        "The accompanying notes form part of this statement.\n"
    )
    document = iomparse.parse(text)
    labels = [row[0] for row in table_rows_of(document)]
    assert labels[:3] == ["ASSETS", "Current assets", "Cash"]
    assert labels[-6:] == ["TOTAL ASSETS", "LIABILITIES", "Payables", "Provisions", "Total liabilities", "NET ASSETS"]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert "The accompanying notes form part of this statement." in iomparse.to_text(document)


def test_a_notes_column_piece_holding_two_references_does_not_end_a_statements_columns():
    """pdfminer prints a statement's notes column in pieces like its figures; a cell citing two notes
    (``10, 11``) is no figure, yet no text either: the figures after it are the statement's too, and its labels
    its rows (the figures, whose rows the pieces do not tell here, follow the table, said so)."""
    revenue = ["Contributions", "Fees", "Interest", "Rents", "Other income", "TOTAL REVENUE"]
    expenses = ["Staff costs", "Services", "Assistance", "Travel", "Supplies", "Depreciation", "Other costs"]
    text = (
        "Statement 2 – Statement of financial performance for the year ended 31 December 2024\n\n"
        "(in thousands of US dollars)\n\n"
        "REVENUE\n\n" + "\n".join(revenue) + "\n\nEXPENSES\n\n" + "\n".join(expenses) + "\nTOTAL EXPENSES\n\n"
        "Notes\n\n2024\n\n2023\n\n4\n5\n6\n7\n8\n\n9\n12\n13\n14\n15\n10, 11\n16\n\n"
        "900\n30\n20\n10\n40\n1,000\n\n500\n120\n40\n60\n70\n30\n80\n900\n\n"
        "850\n25\n15\n12\n38\n940\n\n480\n110\n35\n55\n65\n28\n77\n850\n\n"
        "Exchange losses, net\n\n17\n\n(14)\n\n3\n\nSURPLUS FOR THE YEAR\n\n86\n\n93\n\n"
        "The accompanying notes form part of this statement.\n"
    )
    document = iomparse.parse(text)
    (table, *_) = tables_of(document)
    labels = [row[0] for row in table.cells if row and row[0]]
    assert labels[:16] == ["REVENUE", *revenue, "EXPENSES", *expenses, "TOTAL EXPENSES"]
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"
    assert "10, 11" in iomparse.to_text(document), "the notes' references are kept after the table"


def test_a_label_column_printed_last_under_its_heading_printed_first_is_the_rows():
    """pdftotext's last page of a scale: the labels' heading first (``Country``), the columns' headings and
    figures, each column's total apart, then the labels with the total's, and a note's mark (``*``) under them
    before the note itself. The labels go back under their heading, before the columns; the mark and the
    note stay after the table."""
    names = ["Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Vanuatu", "Viet Nam", "Zambia *"]
    first = ["0.0051", "0.0810", "0.0790", "0.0320", "0.0010", "0.0770", "0.0080"]
    second = ["0.0049", "0.0780", "0.0760", "0.0300", "0.0010", "0.0740", "0.0077"]
    text = "\fS/40/2\nPage 4\n\nCountry\n\nAssessed\n2031 (%)\n\nAssessed\n2032 (%)\n\n"
    text += "\n".join(first) + "\n\n" + "\n".join(second) + "\n\n100.0000\n\n100.0000\n\n"
    text += "\n".join(names) + "\nTotal\n*\n\n* Admitted to membership on 12 May 2031.\n"
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells if row and row[0]] == ["Country", *names, "Total"]
    assert "* Admitted to membership on 12 May 2031." in iomparse.to_text(document)


def test_a_year_over_the_columns_headings_is_no_heading_of_labels_printed_last():
    """``2030`` / ``2031`` / ``Change`` / figures / labels: the first heading alone is a year, a column's
    heading, not that of the labels printed after the figures; which columns the figures fill cannot be told,
    and no table is made that would put the 2030 figures under ``2031``."""
    text = "\fS/40/2\nPage 4\n\n2030\n\n2031\n\nChange\n\n1,000\n2,000\n3,000\n4,000\n5,000\n6,000\n\n"
    text += "900\n1,800\n2,700\n3,600\n4,500\n5,400\n\nAlbania\nAngola\nBenin\nChad\nFiji\nGhana\n"
    document = iomparse.parse(text)
    assert tables_of(document) == []
    assert "Albania Angola Benin" in iomparse.to_text(document)


def _boxed(*boxes: str) -> str:
    """Lines as pdfminer prints a table's boxes: a blank line after each."""
    return "".join(f"{box}\n\n" for box in boxes)


def _arrears_by_year(headings: tuple[str, ...], figures: tuple[str, ...]) -> str:
    """A status report's table of arrears by year of assessment as pdfminer boxes it: its caption, the label
    column's heading, the columns' ``headings``, the rows' labels, then ``figures`` (column after column,
    the total row last), and the next paragraph."""
    return "3.\nThe table below gives the arrears by year of assessment.\n\n" + _boxed(
        "Outstanding contributions by year of assessment (in Swiss francs)",
        "Year of assessment",
        *headings,
        *("2037 and earlier", "2038", "2039", "2040", "Total"),
        *figures,
        "4.",
        "Contributions assessed for 2040 account for most of the amount outstanding.",
    )


_ARREARS_HEADINGS = ("Outstanding at\n1 January 2041", "Received\n1 January to\n30 April 2041")
_ARREARS_FIGURES = ("120,000", "80,500", "99,500", "400,000", "0", "10,500", "20,000", "269,500")


def test_a_total_row_boxed_after_the_columns_is_placed_by_its_sums():
    """pdfminer, rows labelled by year (``Year of assessment`` heads them), the columns' headings over lines
    holding dates, then each column's figures for the rows above the total, column after column, and the
    total row last, a figure a column. Each total adds up its column (the percentages to their rounding):
    the figures are placed by those sums, the headings over their columns, and the reading says so."""
    text = _arrears_by_year(
        (*_ARREARS_HEADINGS, "Per cent of total\noutstanding at\n30 April 2041"),
        (*_ARREARS_FIGURES, "17.2", "10.2", "11.5", "61.1", "700,000", "300,000", "100.0"),
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Outstanding contributions by year of assessment (in Swiss francs)"
    assert table.cells[0] == (
        "Year of assessment",
        "Outstanding at 1 January 2041",
        "Received 1 January to 30 April 2041",
        "Per cent of total outstanding at 30 April 2041",
    )
    assert [row for row in table.cells[1:] if row] == [
        ("2037 and earlier", "120,000", "0", "17.2"),
        ("2038", "80,500", "10,500", "10.2"),
        ("2039", "99,500", "20,000", "11.5"),
        ("2040", "400,000", "269,500", "61.1"),
        ("Total", "700,000", "300,000", "100.0"),
    ]
    assert "table-totals-summed" in diagnostic_codes(document)


def test_figures_whose_sums_do_not_make_the_total_row_stay_unplaced():
    """The same boxes, one total not the sum of its column: nothing tells the figures' rows, so they stay
    as text after the rows, and a warning says so."""
    document = iomparse.parse(_arrears_by_year(_ARREARS_HEADINGS, (*_ARREARS_FIGURES, "700,000", "310,000")))
    codes = diagnostic_codes(document)
    assert "table-totals-summed" not in codes and "table-figures-unplaced" in codes
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells if row] == ["2037 and earlier", "2038", "2039", "2040", "Total"]


def test_columns_headings_boxed_after_the_row_labels_are_told_from_them_by_the_sums():
    """pdfminer boxes a table's stub heading, its row labels and then its columns' headings, a line each, as
    one run of labels (``By air`` / ``By land or sea`` / ``Total`` after the ``Total`` row), then its figures
    column after column and the total row last. Only the sums tell the rows from the headings: each column's
    figures add up to the total under it."""
    text = "7.\nThe table below shows the returns by region of origin.\n\n" + _boxed(
        "Migrants assisted to return home, by region of origin (1 March – 31 October 2061)",
        "Region of origin",
        "West Africa",
        "East Africa",
        "South Asia",
        "Other regions",
        "Total",
        "By air",
        "By land or sea",
        "Total",
        "38,412",
        "9,860",
        "35,602",
        "1,633",
        "24,905",
        "3,214",
        "1,488",
        "457",
        "63,317",
        "13,074",
        "37,090",
        "2,090",
        "85,507",
        "30,064",
        "115,571",
        "8.",
        "Within these totals the largest national groups came from West Africa.",
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.caption == "Migrants assisted to return home, by region of origin (1 March – 31 October 2061)"
    assert table.cells[0] == ("Region of origin", "By air", "By land or sea", "Total")
    assert [row for row in table.cells[1:] if row] == [
        ("West Africa", "38,412", "24,905", "63,317"),
        ("East Africa", "9,860", "3,214", "13,074"),
        ("South Asia", "35,602", "1,488", "37,090"),
        ("Other regions", "1,633", "457", "2,090"),
        ("Total", "85,507", "30,064", "115,571"),
    ]
    assert "table-boxes-summed" in diagnostic_codes(document)  # (pdfminer's boxes: see `boxed_columns_summed`)


def _boxed(*cells: str) -> str:
    """Cells as pdfminer prints a boxed table: a box each, a blank line between."""
    return "\n\n".join(cells) + "\n\n"


_POSTS_CAPTION = "13.\nThe positions are shown by grade in Table 2.\n\nTable 2 – Positions funded from the budget\n\n"
_POSTS_HEADINGS = _boxed("Headquarters", "Missions", "2002", "2003", "2002", "2003")
_POSTS_LABELS = _boxed("Grade", "D-2", "P-5", "P-4", "P-3", "G", "Total")
_POSTS_COLUMNS = (
    ("2", "17", "24", "21", "98", "162"),
    ("2", "17", "25", "21", "99", "164"),
    ("–", "9", "6", "2", "31", "48"),
    ("–", "9", "6", "3", "32", "50"),
)


def test_a_table_boxed_a_figure_column_after_column_its_labels_last_is_cut_by_its_totals():
    """pdfminer prints a boxed table a box a cell: its headings, each column's figures down the rows, then
    its label column (``Grade`` / ``D-2`` / … / ``Total``). Which figure is which row's a box cannot show;
    the total row can: cut in columns as high as the rows, each column's last figure is the sum of the others.
    The table is then read in rows (a weak reading, said so)."""
    figures = _boxed(*(figure for column in _POSTS_COLUMNS for figure in column))
    text = f"{_POSTS_CAPTION}{_POSTS_HEADINGS}{figures}{_POSTS_LABELS}14.\nThe number of positions rises.\n"
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells[-6:]] == ["D-2", "P-5", "P-4", "P-3", "G", "Total"]
    assert table.cells[-1] == ("Total", "162", "164", "48", "50")
    assert table.cells[-5] == ("P-5", "17", "17", "9", "9")
    assert diagnostic_codes(document)["table-boxes-summed"] == "info"


def test_a_table_boxed_a_figure_whose_columns_do_not_sum_to_its_total_is_not_cut():
    """The same table printed a box a figure with its rows taking turns (row after row: ``2`` / ``2`` / ``–`` /
    ``–`` / ``17`` / …): cut down the columns, no column sums to the total, and nothing is laid out so."""
    rows = [figure for row in zip(*_POSTS_COLUMNS, strict=True) for figure in row]
    text = f"{_POSTS_CAPTION}{_POSTS_HEADINGS}{_boxed(*rows)}{_POSTS_LABELS}14.\nThe number of positions rises.\n"
    document = iomparse.parse(text)
    assert "table-boxes-summed" not in diagnostic_codes(document)
    assert not any(row[1:] == ("17", "17", "9", "9") for table in tables_of(document) for row in table.cells)


def test_a_table_boxed_a_figure_its_labels_first_its_total_row_printed_last_across_is_cut_by_its_sums():
    """pdfminer's other order for a boxed table: the headings, the labels (``Africa`` / … / ``Total``), each
    column's figures down the rows but the total's, then the total row across (a box of its own, in bold), and
    a last column printed apart under its heading (``Total`` / ``58,435`` / …). The total row adds up each
    column so cut; the last column, as many figures as the rows, goes on the table."""
    regions = ("Africa", "Americas", "Asia and Oceania", "Europe", "Middle East")
    columns = (
        ("8,412", "61,230", "17,645", "12,908", "1,215"),
        ("46,905", "4,876", "58,302", "21,664", "9,830"),
        ("3,118", "2,905", "6,740", "9,377", "1,486"),
    )
    totals = ("101,410", "141,577", "23,626")
    last = ("58,435", "69,011", "82,687", "43,949", "12,531", "266,613")
    text = (
        "9.\nTable 1 sets out the movements by region.\n\nTable 1: Movements by region, 2005\n\n"
        + _boxed("Region", "Resettlement", "Return", "Other", *regions, "Total")
        + _boxed(*(figure for column in columns for figure in column), *totals)
        + _boxed("Total", *last)
        + "10.\nReturn movements accounted for half of the total.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert [row[0] for row in table.cells[-6:]] == [*regions, "Total"]
    assert table.cells[-1] == ("Total", "101,410", "141,577", "23,626", "266,613")
    assert table.cells[-4] == ("Asia and Oceania", "17,645", "58,302", "6,740", "82,687")
    assert diagnostic_codes(document)["table-boxes-summed"] == "info"


def test_a_table_boxed_a_figure_whose_rows_are_years_is_cut_by_its_total_column():
    """pdfminer boxes a table whose rows are years: the label column's heading and the years (``Year`` /
    ``2009`` / … / ``2013``), the columns' headings, each column's figures down the years, then the total
    column under its heading. The total column adds up each row only where the figures are cut in columns
    as high as the years: so they are, and the table is read in rows."""
    administrative = ("41.2", "42.5", "46.8", "48.3", "49.6")
    operational = ("965.8", "1,342.1", "1,301.7", "1,205.3", "1,277.3")
    totals = ("1,007.0", "1,384.6", "1,348.5", "1,253.6", "1,326.9")
    text = (
        "9.\nCombined expenditure is shown in Table 2.\n\n"
        "Table 2: Combined expenditure, 2009 to 2013 (in millions of US dollars)\n\n"
        + _boxed("Year", "2009", "2010", "2011", "2012", "2013", "Administrative", "Operational")
        + _boxed(*administrative, *operational, "Total", *totals)
        + "10.\nExpenditure rose in every year but 2012.\n"
    )
    document = iomparse.parse(text)
    (table,) = tables_of(document)
    assert table.cells[0] == ("Year", "Administrative", "Operational", "Total")
    years = ("2009", "2010", "2011", "2012", "2013")
    assert table.cells[1:] == tuple(zip(years, administrative, operational, totals, strict=True))
    assert diagnostic_codes(document)["table-boxes-summed"] == "info"
    wrong = text.replace("1,384.6", "1,384.9")  # (a total column that adds up no row: the cut is unproved)
    assert "table-boxes-summed" not in diagnostic_codes(iomparse.parse(wrong))
