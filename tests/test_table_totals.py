"""A table's totals checked against the rows they add up: a reading that puts figures on other rows says so."""

from __future__ import annotations

from conftest import diagnostic_codes

import iomparse
from iomparse.model import Table
from iomparse.table_totals import totals_below_their_rows

STATEMENT = [
    ("", "Note", "2009", "2008"),
    ("INCOME",),
    ("Assessed contributions", "6", "34,987", "34,369"),
    ("Voluntary contributions", "13", "947,318", "963,442"),
    ("Interest income", "4,206", "11,873"),  # no note: a cell fewer on the left
    ("Total income", "986,511", "1,009,684"),
    ("EXPENDITURE",),
    ("Movement and emergencies", "512,604", "541,230"),
    ("Migration health", "62,118", "57,904"),
    ("Total expenditure", "574,722", "599,134"),
]


def _table(rows) -> Table:
    return Table(rows=[" | ".join(row) for row in rows], cells=rows)


def test_totals_of_a_statement_read_right_agree():
    assert totals_below_their_rows(_table(STATEMENT)) == []


def test_a_statement_whose_figures_moved_a_row_down_has_totals_below_their_rows():
    """Every row given the next row's figures (pdfminer's columns matched a row off): the expenditure total
    holds a figure smaller than the movements' it should add up."""
    shifted = [
        ("", "Note", "2009", "2008"),
        ("INCOME",),
        ("Assessed contributions", "6", "947,318", "963,442"),
        ("Voluntary contributions", "13", "4,206", "11,873"),
        ("Interest income", "986,511", "1,009,684"),
        ("Total income", "512,604", "541,230"),
        ("EXPENDITURE",),
        ("Movement and emergencies", "62,118", "57,904"),
        ("Migration health", "574,722", "599,134"),
        ("Total expenditure", "", ""),
    ]
    assert totals_below_their_rows(_table(shifted)) == ["Total income"]


def test_totals_that_subtract_first_rates_and_changes_tell_nothing():
    """``Assessed`` less ``Received`` is ``Outstanding``, then ``Arrears`` added: the total adds up the two
    rows right above it; a column of rates (``15.8`` over a total of ``11.8``), of changes (negative
    figures) or of percentages without their sign (``55`` over ``45``) is no sum; the years heading the
    columns are no rows."""
    outstanding = [
        ("Assessed contributions for the year", "38,976,000"),
        ("Contributions received for the year", "30,402,530"),
        ("Outstanding for the year", "8,573,470"),
        ("Arrears from previous years", "5,310,442"),
        ("Total outstanding", "13,883,912"),
    ]
    rates = [("Returns", "63,316", "2.6"), ("Victims assisted", "9,876", "15.8"), ("Total", "73,192", "11.8")]
    changes = [("Staff", "1,200", "(300)"), ("Office", "800", "500"), ("Total", "2,000", "200")]
    shares = [("Points of entry", "63,300,000", "55"), ("Logistics", "36,200,000", "54"), ("Total", "99,500,000", "45")]
    headed = [
        ("", "2006", "2007"),
        ("Total officials", "108", "108"),
        ("Employees", "155", "155"),
        ("Total", "263", "263"),
    ]
    less = [("Assessed contributions", "38,976,000"), ("Received", "30,402,530"), ("Total outstanding", "8,573,470")]
    balance = [("Opening balance", "50"), ("Income", "1,000"), ("Expenditure", "900"), ("Total fund balance", "150")]
    for rows in (outstanding, rates, changes, shares, headed, less, balance):
        assert totals_below_their_rows(_table(rows)) == []


def test_a_document_says_which_table_has_totals_below_their_rows():
    text = (
        "MC/2290\n\nOriginal: English\n\n4 May 2010\n\nCOUNCIL\n\nNINETY-NINTH SESSION\n\nFINANCIAL REPORT\n\n"
        "1. Expenditure is shown below.\n\n"
        "| Area | 2009 |\n|---|---|\n| Movement | 512,604 |\n| Health | 62,118 |\n| Total | 62,087 |\n"
    )
    assert diagnostic_codes(iomparse.parse(text))["table-totals-disagree"] == "warning"
    right = text.replace("| Total | 62,087 |", "| Total | 574,722 |")
    assert "table-totals-disagree" not in diagnostic_codes(iomparse.parse(right))
