"""Inline scanning: the fast date finder and symbol pattern find what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from iomparse import inline
from iomparse.symbols import SYMBOL_CANDIDATE

# Running text around dates: words that come near dates, the parts of the date pattern in and out of
# order, and spaces of any length between them (a run of spaces is where a date can reach furthest back).
_SPACE = st.sampled_from([" ", " ", " ", "", ", ", "  ", "\n", " " * 40, "\t "])
_WORD = st.sampled_from(["and", "the", "session", "of", "(", ")", ".", "/", "-", "MC/2352", "12345", "x1", "Wednesday"])
_DAY = st.sampled_from(["1", "28", "28th", "2nd", "2-4", "1–3", "31st"])
_MONTH = st.sampled_from(["November", "December", "May", "March"])
_YEAR = st.sampled_from(["2002", "1995", "2006", "20061"])


@st.composite
def _date_like(draw) -> str:
    """A date, a range or a month, whole or broken, its parts apart by any spaces."""
    parts = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["Monday", "Wednesday,", "Friday,"])))
    if draw(st.booleans()):
        parts.append(draw(_DAY))
    if draw(st.booleans()):
        parts += [draw(_MONTH), draw(st.sampled_from(["to", "-", "–", "and"])), draw(_DAY)]
    parts += [draw(_MONTH), draw(_YEAR)]
    return "".join(part + draw(_SPACE) for part in parts)


_TEXT = st.lists(st.one_of(_date_like(), st.tuples(_WORD, _SPACE).map("".join)), max_size=12).map("".join)


@settings(max_examples=1000)
@given(_TEXT)
def test_the_date_finder_finds_what_a_full_scan_finds(text):
    fast = [(m.start(), m.end()) for m in inline._date_matches(text)]
    assert fast == [(m.start(), m.end()) for m in inline._DATE_PATTERN.finditer(text)]


def test_a_date_far_into_a_paragraph_is_found():
    text = "x " * 500 + "from Wednesday, 28 November to Friday, 1 December 2006 and in May 2007."
    assert [m.group() for m in inline._date_matches(text)] == [
        "Wednesday, 28 November to Friday, 1 December 2006",
        "May 2007",
    ]


# SYMBOL_CANDIDATE as it reads most plainly: no letter, digit or slash before the first capital.
_PLAIN_SYMBOL_CANDIDATE = re.compile(
    r"(?<![\w/])[A-Z]{1,6}(?:/(?:Sp|[A-Z]{1,4}(?![a-z])|\d{1,5}))+(?:/(?:Rev|Corr|Add|Amdt)\.\d+)*(?![\w/])"
)
_SYMBOL_PIECE = st.sampled_from(
    ["MC", "C", "MICEM", "INF", "EX", "Sp", "Rev", ".1", "/", "274", "2002", "x", "é", "É", "-", " ", "and/or", "A"]
)


@settings(max_examples=1000)
@given(st.lists(_SYMBOL_PIECE, max_size=12).map("".join))
def test_the_symbol_pattern_finds_what_its_plain_form_finds(text):
    # the pattern opens with a capital, for speed; where it matches must not change
    found = [(m.span(), m.group()) for m in SYMBOL_CANDIDATE.finditer(text)]
    assert found == [(m.span(), m.group()) for m in _PLAIN_SYMBOL_CANDIDATE.finditer(text)]
    assert bool(SYMBOL_CANDIDATE.fullmatch(text)) == bool(_PLAIN_SYMBOL_CANDIDATE.fullmatch(text))


def test_resolutions_cited_together_each_with_its_date_are_all_cited():
    """``Resolutions Nos. 1105 (XC) of 1 December 2005 and 1173 (XCVI) of 27 November 2008``: both numbers, and
    no date for the whole; a figure after a resolution's date (``and 1,000 migrants``) is none of its numbers."""
    cited = [
        ref
        for text in (
            "See Resolutions Nos. 1105 (XC) of 1 December 2005 and 1173 (XCVI) of 27 November 2008, and others.",
            "By Resolution No. 1150 of 7 June 2007 and 1,000 migrants were assisted.",
        )
        for ref in inline.parse_inline(text)
        if isinstance(ref, inline.ResolutionRef)
    ]
    assert [(ref.numbers, ref.date and ref.date.isoformat()) for ref in cited] == [
        ((1105, 1173), None),
        ((1150,), "2007-06-07"),
    ]
