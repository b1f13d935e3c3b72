"""Lists of abbreviations printed a cell a line (`iomparse.abbreviations`), laid out in rows again, and the
tables they make. Each list is worded apart from the corpus, in the orders plain pdftotext and pdfminer give."""

from __future__ import annotations

import re

from conftest import diagnostic_codes, table_rows_of

import iomparse
from iomparse.abbreviations import abbreviations_apart
from iomparse.source import Line

COVER = "MC/2101\n\nOriginal: English\n\n2 May 2003\n\nCOUNCIL\n\n"
SHORTS = ["ECOWAS", "ICRC", "MiGOF", "UNICEF"]
TEXTS = [
    "Economic Community of West African States",
    "International Committee of the Red Cross",
    "Migration Governance Framework",
    "United Nations Children's Fund",
]
ROWS = list(zip(SHORTS, TEXTS, strict=True))


def _page(*texts: str) -> list[Line]:
    return [Line(number, text, 3) for number, text in enumerate(texts, start=70)]


def _cells(page: list[Line]) -> list[list[str]]:
    return [re.split(r"\s{2,}", line.text.strip()) for line in page if line.text.strip()]


def test_each_abbreviation_then_its_text_a_blank_line_between_makes_rows():
    cells = [cell for row in ROWS for cell in (row[0], "", row[1], "")]
    page = abbreviations_apart(_page("ABBREVIATIONS", "", *cells))
    assert _cells(page)[1:] == [[short, text] for short, text in ROWS]
    assert [line.number for line in page if line.text.strip()] == [70, 72, 76, 80, 84]  # (each on its first cell)


def test_a_column_of_abbreviations_then_their_texts_and_the_reverse_make_the_same_rows():
    after = abbreviations_apart(_page("ACRONYMS", "", *SHORTS, "", *TEXTS))
    before = abbreviations_apart(_page("ACRONYMS", "", *TEXTS, "", *SHORTS))
    expected = ["ACRONYMS"] + [f"{short} {text}" for short, text in ROWS]
    assert [" ".join(line.text.split()) for line in after if line.text.strip()] == expected
    assert [" ".join(line.text.split()) for line in before if line.text.strip()] == expected


def test_abbreviations_printed_a_few_then_their_texts_row_by_row_make_rows():
    """pdfminer prints a row's boxes, or two rows', together: ``ECOWAS`` / ``ICRC`` / their two texts / ``MiGOF``
    / its text / … (one abbreviation with figures, ``COVID-19``, among them); the expansion of ``SCPF``, an
    organ's name, is a row's text, no header line."""
    shorts = ["COVID-19", *SHORTS, "SCPF"]
    texts = ["Coronavirus disease 2019", *TEXTS, "Standing Committee on Programmes and Finance"]
    order = [shorts[0], texts[0], shorts[1], shorts[2], texts[1], texts[2], shorts[3], texts[3], shorts[4], shorts[5]]
    page = abbreviations_apart(_page(*order, texts[4], texts[5]))
    assert _cells(page) == [[short, text] for short, text in zip(shorts, texts, strict=True)]
    document = iomparse.parse(COVER + "\fMC/2101\nPage i\n\nACRONYMS\n\n" + "\n\n".join(order + texts[4:]) + "\n")
    assert [cells[0] for cells in table_rows_of(document)] == shorts
    assert document.annexes == ()


def test_texts_printed_before_their_abbreviations_the_last_after_them_make_rows():
    """pdfminer: the texts' box first but for the last text, printed after the abbreviations' box."""
    page = abbreviations_apart(_page("GLOSSARY", "", *TEXTS[:3], "", *SHORTS, "", TEXTS[3]))
    assert _cells(page) == [["GLOSSARY"], *([short, text] for short, text in ROWS)]


def test_headings_in_mixed_case_printed_apart_above_the_list_are_its_first_row():
    cells = [cell for row in ROWS for cell in row]
    page = abbreviations_apart(_page("Acronym", "", "Full name", "", *cells))
    assert " ".join(page[0].text.split()) == "Acronym Full name"


def test_group_labels_over_rows_or_a_title_are_no_abbreviations():
    """``ASSETS`` over a row's label, ``ANNEX`` over its title: capitals that the text after them does not
    abbreviate; a list's title in capitals is no abbreviation's text either."""
    statement = _page(
        "ASSETS", "Cash and short-term deposits", "LIABILITIES", "Accounts payable", "RESERVES", "Operating reserve"
    )
    assert abbreviations_apart(statement) == statement
    cells = [cell for row in ROWS for cell in row]
    page = abbreviations_apart(_page("ANNEX", "LIST OF ACRONYMS", *cells))
    assert [line.text for line in page[:2]] == ["ANNEX", "LIST OF ACRONYMS"]


def test_a_plain_text_list_of_abbreviations_is_a_table_and_the_reading_is_said():
    cells = "\n\n".join(cell for row in ROWS for cell in row)
    text = COVER + "\fMC/2101\nPage i\n\nABBREVIATIONS\n\n" + cells + "\n\n\fMC/2101\nPage 1\n\n1.\nThe Council met.\n"
    document = iomparse.parse(text)
    assert table_rows_of(document) == [(short, text) for short, text in ROWS]
    assert diagnostic_codes(document)["abbreviations-apart"] == "info"


def test_a_matrix_whose_marks_are_printed_one_a_line_is_said_and_its_text_kept():
    """Plain pdftotext prints a matrix's labels, then its headings, then its marks one a line without its empty
    cells: no reading can place them, so they stay text, with a warning; fewer marks alone are no matrix."""
    labels = "\n".join(["Activity", "Mapping", "Early warning", "Camp management", "Return"])
    opening = COVER + "1.\nThe matrix below shows the areas.\n\n" + labels + "\n\nSudden\nSlow\n\n"
    document = iomparse.parse(opening + "X\n" * 6 + "\n2.\nEnd.\n")
    assert diagnostic_codes(document)["matrix-marks-unplaced"] == "warning"
    assert iomparse.to_text(document).count("X") == 6
    fewer = opening + "X\n" * 3 + "\n2.\nEnd.\n"
    assert "matrix-marks-unplaced" not in diagnostic_codes(iomparse.parse(fewer))
