"""Value parsers: symbols, sessions, ordinals, roman numerals, dates and date ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from iomparse.symbols import parse_symbol
from iomparse.values import (
    int_to_roman,
    ordinal_to_int,
    parse_date,
    parse_date_range,
    parse_session,
    roman_to_int,
)


@pytest.mark.parametrize(
    ("text", "series", "number", "session", "suffixes"),
    [
        ("MC/INF/274", "MC/INF", "274", None, ()),
        ("MC/EX/572/Rev.1", "MC/EX", "572", None, ("Rev.1",)),
        ("MC/1842", "MC", "1842", None, ()),
        ("C/106/54/Rev.1", "C", "54", 106, ("Rev.1",)),
        ("C/109/L/12", "C/L", "12", 109, ()),
        ("C/117/L/12/Rev.1/Corr.2", "C/L", "12", 117, ("Rev.1", "Corr.2")),
        ("C/115/RES/1412", "C/RES", "1412", 115, ()),
        ("C/107/INF/3", "C/INF", "3", 107, ()),
        ("C/Sp/7/L/1", "C/Sp/L", "1", None, ()),
        ("S/18/9", "S", "9", 18, ()),
        ("SCPF/92/Rev.1", "SCPF", "92", None, ("Rev.1",)),
        ("MICEM/9/2002", "MICEM", "9", None, ()),
        ("MC/L/1225", "MC/L", "1225", None, ()),  # a Council series code not catalogued: read by its shape
        ("MC/C/SR/397", "MC/C/SR", "397", None, ()),
    ],
)
def test_symbols(text, series, number, session, suffixes):
    symbol = parse_symbol(text)
    assert str(symbol) == text
    assert (symbol.series, symbol.number, symbol.session, symbol.suffixes) == (series, number, session, suffixes)


@pytest.mark.parametrize(
    "text", ["HIV/AIDS", "MC/INF", "MC/INF/274/Rev", "mc/inf/274", "A/RES/70/1", "MC//274", "MC/ABCDE/1"]
)
def test_not_symbols(text):
    assert parse_symbol(text) is None


@pytest.mark.parametrize(
    ("text", "number", "special"),
    [
        ("EIGHTY-EIGHTH SESSION", 88, False),
        ("SEVENTY-FIRST SESSION", 71, False),
        ("NINETY SECOND SESSION", 92, False),
        ("EIGHTY-FIFTH (SPECIAL) SESSION", 85, True),
        ("101ST SESSION", 101, False),
        ("106th Session", 106, False),
        ("Seventh Special Session", 7, True),
        ("Hundred and fifth Session", 105, False),
        ("ONE HUNDREDTH SESSION", 100, False),
        ("One Hundred and First Session", 101, False),
        ("Eighteenth Session", 18, False),
    ],
)
def test_sessions(text, number, special):
    session = parse_session(text)
    assert (session.number, session.special, session.raw) == (number, special, text)


@pytest.mark.parametrize("text", ["The session", "SESSION", "Twentyfirst Session", "Eighty-tenth Session"])
def test_not_sessions(text):
    assert parse_session(text) is None


def test_ordinals_and_roman_numerals():
    assert ordinal_to_int("hundred and ninety-ninth") == 199
    assert ordinal_to_int("Ninetieth") == 90
    assert [roman_to_int(r) for r in ("LXXI", "XCIV", "IV", "C")] == [71, 94, 4, 100]
    assert roman_to_int("IIII") is None and roman_to_int("") is None


def test_dates():
    assert parse_date("4 November 2004") == dt.date(2004, 11, 4)
    assert parse_date("Geneva, 28 September 2011") == dt.date(2011, 9, 28)
    assert parse_date("31 February 2004") is None
    assert parse_date("November 2004") is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2-4 December 2002", "2002-12-02", "2002-12-04"),
        ("26 to 29 November 2013", "2013-11-26", "2013-11-29"),
        ("28 November to 1 December 2006", "2006-11-28", "2006-12-01"),
        ("Tuesday, 24 November, to Friday, 27 November 2015", "2015-11-24", "2015-11-27"),
        ("14 and 15 May 2018", "2018-05-14", "2018-05-15"),  # a two days' meeting
        ("Monday, 3 and Tuesday, 4 October 2011", "2011-10-03", "2011-10-04"),
        ("4–5 November 2008", "2008-11-04", "2008-11-05"),
        ("24th – 27th November 2015", "2015-11-24", "2015-11-27"),
        ("4 November 2004", "2004-11-04", "2004-11-04"),
        ("30 December to 2 January 2016", "2015-12-30", "2016-01-02"),
    ],
)
def test_date_ranges(text, start, end):
    found = parse_date_range(text)
    assert (found.start.isoformat(), found.end.isoformat(), found.raw) == (start, end, text)


@pytest.mark.parametrize("text", ["31-33 May 2000", "sometime in 2004", "4 to November 2004"])
def test_not_date_ranges(text):
    assert parse_date_range(text) is None


def test_roman_numerals_both_ways():
    assert [int_to_roman(n) for n in (1, 4, 9, 14, 40, 71, 94, 399)] == [
        "I",
        "IV",
        "IX",
        "XIV",
        "XL",
        "LXXI",
        "XCIV",
        "CCCXCIX",
    ]
    assert all(roman_to_int(int_to_roman(n)) == n for n in range(1, 400))


def test_the_symbol_cache_stays_bounded_over_many_documents():
    # a long batch cites ever new symbols: the cache of parsed symbols must not grow with it
    for number in range(6000):
        assert parse_symbol(f"MC/{number}") is not None
    assert parse_symbol.cache_info().currsize <= 4096
