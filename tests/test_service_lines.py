"""A budget's table by service area printed column by column (`iomparse.service_lines`): its numbered row
labels, taken apart by the extractors in ways of their own, are read back as the table's rows, each with its
title, and where the figures' rows cannot be told the table says so. Each text is written here in a wording
of its own, in the forms pdfminer and plain pdftotext print such a table."""

from __future__ import annotations

import iomparse
from iomparse.model import Document, Table, iter_blocks

_HEAD = """MC/2990
Original: English
12 October 2031

COUNCIL
Hundred and Twenty-Second Session

PROGRAMME AND BUDGET FOR 2032

"""

_ROWS = [
    "I. Protection and Assistance of Displaced Persons",
    "I.1 Shelter and Settlement Support",
    "I.2 Return Transport Services",
    "Subtotal I",
    "II. Mobility and Health",
    "II.1 Health Screening before Departure",
    "II.2 Community Health Outreach in Border Areas",
    "Subtotal II",
    "TOTAL",
]


def _tables(document: Document) -> list[Table]:
    return [block for block in iter_blocks(document.body) if isinstance(block, Table)]


def _codes(document: Document) -> list[str]:
    return [diagnostic.code for diagnostic in document.diagnostics]


# pdfminer: a box a row, a blank line between; a title wrapped onto a box of its own; each group's figures
# printed between the groups' labels, the subtotal's after the next group's label
_BOXES = (
    _HEAD
    + """9.
The following table sets out the Operational Part by service area.

Table 3 – Operational Part by service area (in US dollars)

Staff and
office costs

Programme
costs

I. Protection and Assistance of Displaced

Persons

I.1 Shelter and Settlement Support

I.2 Return Transport Services

4,120,500

12,880,000

1,006,300

2,345,800

Subtotal I

II. Mobility and Health

5,126,800

15,225,800

II.1 Health Screening before Departure

2,410,000

II.2 Community Health Outreach in Border

Areas

3,905,100

880,400

1,230,700

Subtotal II

3,290,400

5,135,800

TOTAL

8,417,200

20,361,600

10.
The Administration will report on the use of these resources at mid-year.
"""
)


def test_pdfminers_boxes_of_numbered_rows_are_one_column_of_labels_each_with_its_wrapped_words():
    document = iomparse.parse(_BOXES)
    (table,) = _tables(document)
    assert table.caption == "Table 3 – Operational Part by service area (in US dollars)"
    assert [cells[0] for cells in table.cells if cells] == _ROWS
    assert "table-figures-unplaced" in _codes(document)  # the groups' figures between the labels: untold
    after = iomparse.to_text(document).split("| TOTAL |")[1]
    assert "4,120,500 12,880,000 1,006,300" in after  # the figures kept after the table as printed, none lost


# pdfminer: the service lines' numbers printed as a column after their titles, some numbers on their
# titles, the columns' headings (a year over a word) among them
_NUMBERS_APART = (
    _HEAD
    + """Table 3 – Operational Part by service area (in US dollars)

Service area

I.  Protection and Assistance of Displaced Persons

Shelter and Settlement Support
Return Transport Services

I.1
I.2
Subtotal I

2031
Budget

2032
Estimates

II.  Mobility and Health

II.1 Health Screening before Departure
II.2
Subtotal II

Community Health Outreach in Border Areas

TOTAL

4,120,500
1,006,300
5,126,800
2,410,000
880,400
3,290,400
8,417,200

12,880,000
2,345,800
15,225,800
3,905,100
1,230,700
5,135,800
20,361,600

10.
The Administration will report on the use of these resources at mid-year.
"""
)


def test_a_column_of_numbers_printed_apart_from_its_titles_takes_them_in_order_area_by_area():
    document = iomparse.parse(_NUMBERS_APART)
    (table,) = _tables(document)
    assert [cells[0] for cells in table.cells if cells][-len(_ROWS) :] == _ROWS
    assert "service-line-labels-gathered" in _codes(document)


# plain pdftotext: each number alone on its line, its title's lines right under it
_PLAIN = (
    _HEAD
    + """Table 3 – Operational Part by service area (in US dollars)
Service area
I.
Protection and Assistance of Displaced
Persons
I.1
Shelter and Settlement Support
I.2
Return Transport Services
Subtotal I
II.
Mobility and Health
II.1
Health Screening before Departure
II.2
Community Health Outreach in Border
Areas
Subtotal II
TOTAL

Staff and
office costs
4,120,500
1,006,300
5,126,800
2,410,000
880,400
3,290,400
8,417,200

Programme
costs
12,880,000
2,345,800
15,225,800
3,905,100
1,230,700
5,135,800
20,361,600

10.
The Administration will report on the use of these resources at mid-year.
"""
)


def test_plain_numbers_alone_each_over_its_titles_lines_are_one_label_each():
    document = iomparse.parse(_PLAIN)
    (table,) = _tables(document)
    assert [cells[0] for cells in table.cells if cells][-len(_ROWS) :] == _ROWS


# plain pdftotext printing the table row after row, a cell a line: the figures' rows are told, left as read
_ROW_AFTER_ROW = (
    _HEAD
    + """Table 3 – Operational Part by service area (in US dollars)
Staff and
office costs

Programme
costs

I. Protection and Assistance of Displaced Persons
I.1 Shelter and Settlement Support

4,120,500

12,880,000

I.2 Return Transport Services

1,006,300

2,345,800

I.3 Reception Centres

700,000

900,000

10.
The Administration will report on the use of these resources at mid-year.
"""
)


def test_a_table_printed_row_after_row_keeps_each_rows_figures():
    document = iomparse.parse(_ROW_AFTER_ROW)
    (table,) = _tables(document)
    rows = {cells[0]: cells[1:] for cells in table.cells if cells}
    assert rows["I.2 Return Transport Services"] == ("1,006,300", "2,345,800")
    assert "table-figures-unplaced" not in _codes(document)


# pdfminer: the unit as the caption under a title in capitals; a title's words wrapped in lower case; the
# columns' headings printed after the labels, the last a total's word (``Total``) heading its column
_HEADINGS_AFTER = (
    _HEAD
    + """OPERATIONAL PART BY SERVICE AREA

(in thousands of US dollars)

I.1 Shelter and Settlement Support

I.2 Return Transport Services

II.1 Health Screening before Departure

II.2 Community Health Outreach in Border Regions

and Islands

Staff and
office costs

Programme
costs

Total

4,120

1,006

2,410

3,905

12,880

2,345

880

1,230

17,000

3,351

3,290

5,135

10.
The Administration will report on the use of these resources at mid-year.
"""
)


def test_a_titles_lower_case_words_go_on_it_and_a_total_heading_a_column_is_no_row():
    document = iomparse.parse(_HEADINGS_AFTER)
    (table,) = _tables(document)
    labels = [cells[0] for cells in table.cells if cells]
    assert "II.2 Community Health Outreach in Border Regions and Islands" in labels
    assert labels[:2] == ["I.1 Shelter and Settlement Support", "I.2 Return Transport Services"]
    assert "Total" not in labels
