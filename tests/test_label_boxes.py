"""A table's row labels pdfminer printed a box a label, a blank line between each (`iomparse.label_boxes`): where
the table readers cannot read the column so, it is read again with the labels made one column; where that
lays out no more of them, the page stays as first read. Each text is written here in a wording of its own."""

from __future__ import annotations

import iomparse
from iomparse.label_boxes import label_boxes_joined
from iomparse.model import Document, Table, iter_blocks
from iomparse.source import Line

_HEAD = """SCPF/91/6
Original: English
2 May 2033

STANDING COMMITTEE ON PROGRAMMES AND FINANCE
Ninety-first Session

STATUS REPORT ON OUTSTANDING CONTRIBUTIONS

1.
The table below lists the Member States with contributions outstanding at 31 March 2033.

"""

_STATES = [
    "Albania",
    "Belize",
    "Bolivia (Plurinational State of)",
    "Chad",
    "Dominica",
    "Eswatini",
    "Fiji",
    "Total",
]


def _tables(document: Document) -> list[Table]:
    return [block for block in iter_blocks(document.body) if isinstance(block, Table)]


def _boxed(labels: list[str]) -> str:
    boxes = [label.replace(" (Plurinational", " (Plurinational\n") if "(" in label else label for label in labels]
    return "\n\n".join(box.replace("\n ", "\n") for box in boxes)


# pdfminer's boxes: the labels' heading a box under the caption, the labels a box each, each column a block of
# its heading and figures; as many figures as labels under the heading
_TABLE = (
    _HEAD
    + "Table 1 – Contributions outstanding at 31 March 2033 (in Swiss francs)\n\n"
    + "Member State\n\n"
    + _boxed(_STATES)
    + "\n\nOutstanding at\n1 January 2033\n\n"
    + "\n".join(["12,400", "3,100", "48,950", "7,780", "2,210", "5,005", "1,870", "81,315"])
    + "\n\nReceived\n\n"
    + "\n".join(["4,000", "-", "10,000", "-", "2,210", "-", "-", "16,210"])
    + "\n\n2.\nThe Committee is invited to take note of this report.\n"
)


def test_the_labels_heading_in_a_box_under_the_caption_is_no_row():
    """The boxes of labels under the caption are one more than the figures of each column: the first is the
    labels' heading (``Member State``), the rows the boxes right above the figures; read otherwise, every
    figure would go to the row above its own."""
    document = iomparse.parse(_TABLE)
    (table,) = _tables(document)
    rows = {cells[0]: cells[1:] for cells in table.cells if cells}
    assert rows["Albania"] == ("12,400", "4,000")
    assert rows["Total"] == ("81,315", "16,210")
    assert table.cells[0][0] == "Member State"


def _page(text: str) -> list[Line]:
    return [Line(number, line, 1) for number, line in enumerate(text.split("\n"), start=1)]


def test_label_boxes_five_or_more_in_a_row_are_made_one_column():
    figures = "\n".join(["12,400", "3,100", "48,950", "7,780", "2,210", "5,005"])
    labels = "Albania\n\nBelize\n\nSaint Vincent and the\nGrenadines\n\nChad\n\nDominica\n\nTotal"
    joined = label_boxes_joined(_page(f"Member State\n\n{labels}\n\n{figures}\n"))
    assert [line.text for line in joined][:8] == [
        "Member State",
        "Albania",
        "Belize",
        "Saint Vincent and the",
        "Grenadines",
        "Chad",
        "Dominica",
        "Total",
    ]
    few = f"Albania\n\nBelize\n\nChad\n\nDominica\n\n{figures}\n"  # four boxes: no column of them
    assert label_boxes_joined(_page(few)) == _page(few)
    sentences = "The Committee met.\n\nIt adopted its agenda.\n\nIt heard a report.\n\nIt closed.\n\nThanks.\n"
    assert label_boxes_joined(_page(sentences + figures)) == _page(sentences + figures)
    assert label_boxes_joined(_page(f"{labels}\n")) == _page(f"{labels}\n")  # no table's figures on the page
    announced = f"12. The Member States that paid their arrears in full were:\n\n{labels}\n\n{figures}\n"
    assert label_boxes_joined(_page(announced)) == _page(announced)  # a list a sentence announces: no table


_LIST = (
    _HEAD
    + "The following offices reported in the period:\n\n"
    + _boxed(["Bangkok", "Brussels", "Dakar", "Nairobi", "Pretoria", "Vienna"])
    + "\n\n"
    + "\n\n".join(["40", "31", "12", "18", "23", "11"])
    + "\n\n2.\nThe Committee is invited to take note of this report.\n"
)


def test_a_column_of_boxes_that_no_table_reads_stays_as_read():
    """Names a box each and numbers a box each with no table's caption or headings: no reading lays them out,
    so nothing is joined, and the decision is not reported."""
    document = iomparse.parse(_LIST)
    assert not _tables(document)
    assert "table-label-boxes-joined" not in {diagnostic.code for diagnostic in document.diagnostics}
