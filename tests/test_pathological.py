"""Pathological inputs, the cmark way: the parse of 10×N repetitions must take less than 20× the parse of N.

For each input shape, N is calibrated on this machine so that parsing N repetitions takes about 20–100 ms
(it starts from a small N and doubles it). Each size is timed with `time.process_time` (the CPU time of this
process alone: other processes on a shared machine do not count, as they did with a wall clock), best of 3,
and only the ratio of the two timings within this run is asserted: no absolute timings. Linear code gives a
ratio near 10; quadratic code near 100.

To keep the module short when something is quadratic, the large case is timed again (five times at most)
only while the ratio is above the bound but within reach of noise (below twice the bound): on a shared
machine one slow moment can push a linear case just over it. Garbage left by earlier parses
is collected before each timing; the collector stays on while timing.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

import iomparse

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
TARGET_SECONDS = 0.020  # the small case takes at least this long (and, by doubling, under ~0.1 s)
MAX_RATIO = 20
_TRIES = 5  # timings of the large case at most, while its ratio is above the bound but within reach of noise


def _sup(number: int) -> str:
    return str(number).translate(SUPERSCRIPT)


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC")):
        out, number = out + letters * (number // value), number % value
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        out, number = out + letters * (number // value), number % value
    return out


# name → (make(n) → text, starting n)
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    # list items, one per line
    "items (a) x": (lambda n: "(a) x\n" * n, 100),
    # items that read as heading candidates (capitalised, unpunctuated) before one another
    "items (a) X": (lambda n: "(a) X\n" * n, 25),
    # numbered paragraphs 1. x … 999. x, again and again
    "numbered paragraphs": (lambda n: "".join(f"{i % 999 + 1}. x\n" for i in range(n)), 200),
    # bullets: the large case is 50,000 lines when N calibrates to 5,000
    "bullets - x": (lambda n: "- x\n" * n, 500),
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
    "section labels before lists and headings": (lambda n: "IV.\n\n•\n\nitem text;\n\nHEADING\n\n" * n, 250),
    # a footnote number alone after a label alone, its marker glued to the text of the page
    "footnote numbers after labels": (lambda n: "Text.1\n\n" + "•\n\n1\n\nitem\n\n" * n, 250),
    # paragraph numbers printed after their first lines, over and over (each line measured against the page)
    "late paragraph numbers": (
        lambda n: "The text breaks off at the end of this line at the\n\n3.\nnext line.\n\n" * n,
        250,
    ),
    # paragraph numbers printed as a column on a page of rules, restarting at 1. again and again
    "rule paragraph numbers": (lambda n: "Rule 1\nCaption\n\n" + "1.\n\n2.\n\n1.\n\nText.\n\nText.\n\n" * n, 250),
}

# A line of 1 MB without spaces: N is 100 kB, 10×N is 1 MB (no calibration: the size is the point).
LONG_LINE_UNITS = {
    "x": "x",
    "MC/1": "MC/1",
    "a.": "a.",
    "*a": "*a",
    "¹": "¹",
    "(a)": "(a)",
}


def _time(text: str) -> float:
    gc.collect()
    started = time.process_time()
    iomparse.parse(text)
    return time.process_time() - started


def _best_of_3(text: str) -> float:
    return min(_time(text) for _ in range(3))


def _calibrate(make: Callable[[int], str], n: int) -> tuple[int, float]:
    """The smallest doubling of ``n`` whose parse takes at least `TARGET_SECONDS` (best of 3)."""
    while True:
        seconds = _best_of_3(make(n))
        if seconds >= TARGET_SECONDS or n > 1_000_000:
            return n, seconds
        n *= 2


def _assert_scales(make: Callable[[int], str], n: int, small: float) -> None:
    big_text = make(10 * n)
    big = float("inf")
    for _ in range(_TRIES):
        big = min(big, _time(big_text))
        if big < MAX_RATIO * small or big > 2 * MAX_RATIO * small:
            break
    ratio = big / small
    assert ratio < MAX_RATIO, f"N={n}: parsing 10×N took {ratio:.0f}× as long as N (bound {MAX_RATIO}×)"


@pytest.mark.parametrize("name", list(CASES))
def test_scales_linearly(name):
    make, start = CASES[name]
    n, small = _calibrate(make, start)
    _assert_scales(make, n, small)


@pytest.mark.parametrize("unit", list(LONG_LINE_UNITS), ids=list(LONG_LINE_UNITS))
def test_one_long_line_scales_linearly(unit):
    text = LONG_LINE_UNITS[unit]

    def make(n: int) -> str:
        return (text * (n // len(text) + 1))[:n]

    n = 100_000
    _assert_scales(make, n, _best_of_3(make(n)))
