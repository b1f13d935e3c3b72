"""Pathological inputs, the cmark way: parsing 10×N repetitions must cost less than 13× parsing N.

The cost is counted, not timed (tests assert no timings: the machines are shared and noisy): the number of
Python function calls the parse makes, as cProfile counts them, which is the same on every run and every
machine. Linear code gives a ratio near 10 (or below: caches); quadratic code near 100. What a count of calls
cannot see, a regular expression backtracking inside one call, is timed by ``benchmarks/pathological.py``
(on demand), which runs these same cases with the CPU clock and reports the ratios.
"""

from __future__ import annotations

import cProfile
from collections.abc import Callable

import pytest

import iomparse

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
MAX_RATIO = 13  # (linear code measures 9 to 11 on every case; a page's columns read past, once 15 and 16)


def _sup(number: int) -> str:
    return str(number).translate(SUPERSCRIPT)


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC")):
        out, number = out + letters * (number // value), number % value
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        out, number = out + letters * (number // value), number % value
    return out


# name → (make(n) → text, N)
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    # list items, one per line
    "items (a) x": (lambda n: "(a) x\n" * n, 100),
    # items that read as heading candidates (capitalised, unpunctuated) before one another
    "items (a) X": (lambda n: "(a) X\n" * n, 25),
    # numbered paragraphs 1. x … 999. x, again and again
    "numbered paragraphs": (lambda n: "".join(f"{i % 999 + 1}. x\n" for i in range(n)), 200),
    # bullets
    "bullets - x": (lambda n: "- x\n" * n, 100),
    # unclosed bold in one paragraph: every ** opens, none closes
    "unclosed ** in a paragraph": (lambda n: "1. " + "**a " * n, 100),
    # unclosed bold at the start of every line: each line continues the open bold line above
    "unclosed ** on every line": (lambda n: "**a\n" * n, 50),
    # thousands of footnote markers in one paragraph, all the same
    "superscript ¹ repeated": (lambda n: "1. " + "word¹ " * n, 1000),
    # thousands of distinct footnote markers in one paragraph, each with a footnote body
    "superscripts with bodies": (
        lambda n: (
            "1. "
            + "".join(f"w{_sup(i)} " for i in range(1, n + 1))
            + "\n\n"
            + "".join(f"{_sup(i)} Note {i}.\n" for i in range(1, n + 1))
        ),
        250,
    ),
    # the document's own symbol and an annex label, alternating: running headers and annexes
    "symbol / annex label alternating": (lambda n: "MC/INF/274\n\nAnnex I\n\n" * n, 250),
    # nested label runs: (a), (i), (a), (i), …
    "(a) (i) alternating": (lambda n: "1. x\n" + "(a) x\n(i) x\n" * n, 250),
    # one (a) holding a long roman run (i), (ii), (iii), … (labels of up to six letters)
    "one (a) with a roman run": (
        lambda n: "1. x\n(a) x\n" + "".join(f"({_roman(i % 39 + 1).lower()}) x\n" for i in range(n)),
        250,
    ),
    # headings: roman sections and decimal sub-sections alternating
    "I. / V.1 headings alternating": (lambda n: "I. Alpha\n\nV.1 Beta\n\n" * n, 250),
    # deeper: part, roman, letter, decimal, parenthesised and labelled headings in turn, each with a paragraph
    "deep heading alternation": (
        lambda n: "".join(
            f"PART {_roman(i % 20 + 1)} Part\n\nI. Section\n\nA. Letter\n\nV.1 Decimal\n\n(1) Paren\n\n"
            f"Objective {i % 99 + 1}: Label\n\n{i % 999 + 1}. Text.\n\n"
            for i in range(n)
        ),
        25,
    ),
    # running text after a paragraph: every line may continue it
    "text lines after a paragraph": (lambda n: "1. x\n\n" + "y\n\n" * n, 500),
    # a contents page: dot leaders
    "contents lines with leaders": (lambda n: "".join(f"Entry {i} ........ {i}\n" for i in range(n)), 100),
    # one line of dot leaders with no page number at its end
    "one long line of dots": (lambda n: "a" + "." * n, 250),
    # plain pdftotext's column-by-column tables: row labels, then blocks of a heading and figures
    "table columns": (lambda n: "".join(f"Label {i}\nOther\n\n{2000 + i % 20}\n1,000\n2.5\n\n" for i in range(n)), 100),
    "one table of many columns": (lambda n: "Label\nOther\n\n" + "2015\n1,000\n2.5\n\n" * n, 100),
    # column-like blocks with no labels before them: each rejected at once, not rescanned
    "figure columns without labels": (lambda n: "H\n1\n2\n\n" * n, 250),
    # a section's label alone before a list label alone, over and over, with no heading after them
    "section labels before lists": (lambda n: "IV.\n\n•\n\nitem text;\n\n" * n, 250),
    "section labels before lists and headings": (lambda n: "IV.\n\n•\n\nitem text;\n\nHEADING\n\n" * n, 100),
    # a footnote number alone after a label alone, its marker glued to the text of the page
    "footnote numbers after labels": (lambda n: "Text.1\n\n" + "•\n\n1\n\nitem\n\n" * n, 100),
    # paragraph numbers printed after their first lines, over and over (each line measured against the page)
    "late paragraph numbers": (
        lambda n: "The text breaks off at the end of this line at the\n\n3.\nnext line.\n\n" * n,
        250,
    ),
    # short sentences, a line each, on one page with no body line: every line may close a cover page
    "short sentences on one page": (lambda n: "Some text here.\n" * n, 300),
    # paragraph numbers printed as a column on a page of rules, restarting at 1. again and again
    "rule paragraph numbers": (lambda n: "Rule 1\nCaption\n\n" + "1.\n\n2.\n\n1.\n\nText.\n\nText.\n\n" * n, 100),
}

# A line of 1 MB without spaces: N is 100 kB, 10×N is 1 MB (the size is the point). Its work is mostly inside
# regular expressions, which a count of calls does not see (the benchmark times it); a loop of Python over its
# characters would show.
LONG_LINE_UNITS = {
    "x": "x",
    "MC/1": "MC/1",
    "a.": "a.",
    "*a": "*a",
    "¹": "¹",
    "(a)": "(a)",
}


def calls(text: str) -> int:
    """The Python function calls that parsing ``text`` makes (cProfile's count: deterministic)."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        iomparse.parse(text)
    finally:
        profiler.disable()
    return sum(entry.callcount for entry in profiler.getstats())


def _assert_scales(make: Callable[[int], str], n: int) -> None:
    iomparse.parse(make(n))  # the first parse builds the grammar and fills the caches: not counted
    small, big = calls(make(n)), calls(make(10 * n))
    ratio = big / small
    assert ratio < MAX_RATIO, f"N={n}: parsing 10×N made {ratio:.0f}× the calls of N (bound {MAX_RATIO}×)"


@pytest.mark.parametrize("name", list(CASES))
def test_scales_linearly(name):
    make, start = CASES[name]
    _assert_scales(make, start)


@pytest.mark.parametrize("unit", list(LONG_LINE_UNITS), ids=list(LONG_LINE_UNITS))
def test_one_long_line_scales_linearly(unit):
    _assert_scales(long_line(LONG_LINE_UNITS[unit]), 100_000)


def long_line(unit: str) -> Callable[[int], str]:
    """Texts of one line of ``n`` characters, ``unit`` over and over."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]
