"""Totality: lenient `iomparse.parse` returns a `Document` for every ``str``; strict parsing returns a
`Document` or raises `iomparse.ParseError` (with a line number in the input), never anything else.

Each kind of hostile input is its own test (``test_lenient_is_total[<kind>]``,
``test_strict_raises_only_parse_error[<kind>]``), so a failure names the kind of input that broke it.
The Hypothesis profile is the one `conftest.py` loads (``HYPOTHESIS_PROFILE=thorough`` for a long run).

`seed_documents` (text made of shuffled, duplicated and truncated fragments of the sample documents) is
shared with ``test_conservation.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES, SEEDS, sample_text
from hypothesis import given, settings
from hypothesis import strategies as st

import iomparse

SEED_TEXTS: tuple[str, ...] = tuple(sample_text(stem) for stem in SEEDS.values())
SAMPLE_TEXTS: tuple[str, ...] = tuple(path.read_text("utf-8") for path in sorted(SAMPLES.glob("*.txt")))
PDF_TEXTS: tuple[str, ...] = tuple(
    path.read_text("utf-8") for path in sorted((Path(__file__).parent / "fixtures" / "pdf").glob("*.txt"))
)

NEWLINES = ("\n", "\r\n", "\r")


def _lines(texts: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(text.split("\n")) for text in texts)


@st.composite
def seed_documents(draw, texts: tuple[str, ...] = SEED_TEXTS, max_fragments: int = 10) -> str:
    """A document made of fragments of ``texts``: runs of consecutive lines, each possibly cut short,
    some duplicated, all shuffled; a few lines swapped; the whole possibly truncated at a random point.

    Shrinks towards few, short fragments taken from the start of the first text.
    """
    sources = _lines(texts)
    fragments: list[list[str]] = []
    for _ in range(draw(st.integers(0, max_fragments))):
        lines = sources[draw(st.integers(0, len(sources) - 1))]
        start = draw(st.integers(0, len(lines) - 1))
        fragment = list(lines[start : start + draw(st.integers(1, 25))])
        if draw(st.booleans()):  # cut the last line of the fragment at a random character
            fragment[-1] = fragment[-1][: draw(st.integers(0, len(fragment[-1])))]
        fragments.append(fragment)
        if draw(st.integers(0, 5)) == 0:  # duplicate it (a repeated block, a page printed twice)
            fragments.append(list(fragment))
    order = draw(st.permutations(range(len(fragments))))
    lines = [line for index in order for line in fragments[index]]
    for _ in range(draw(st.integers(0, 3))):  # swap two single lines
        if len(lines) > 1:
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


def sample_documents() -> st.SearchStrategy[str]:
    """`seed_documents` over every sample, not only the two seeds."""
    return seed_documents(texts=SAMPLE_TEXTS)


# -- hostile inputs -------------------------------------------------------------------------------

_SEED_LINE = st.sampled_from(sorted({line for lines in _lines(SEED_TEXTS) for line in lines}))
_STRUCTURE = st.sampled_from(
    ["1. ", "(a) ", "(i) ", "- ", "I. ", "V.1 ", "**", "*", "¹", "MC/INF/274", "Annex I", "Page 2", "\n", "\n\n"]
)


def _interleave(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Text mixing ``alphabet`` with seed lines and line-shape prefixes, so odd characters reach every kind
    of line rather than only plain text."""
    pieces = st.one_of(st.text(alphabet, max_size=8), _SEED_LINE, _STRUCTURE)
    return st.lists(pieces, max_size=30).map("".join)


_CONTROL = st.characters(categories=["Cc"])  # NUL, C0 and C1 controls, DEL, \t \n \v \f \r \x1c-\x1f \x85
_SURROGATE_TEXT = st.text(st.characters(categories=["Cs", "Lu", "Ll", "Nd", "Po", "Zs", "No"]))
_RTL = st.sampled_from(
    list("אבגדהוזחטיכלמנסעפצקרשת")
    + list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي١٢٣٤")
    + ["\u200f", "\u200e", "\u202b", "\u202e", "\u202c", "\u2067", "\u2069", "\u061c", " "]
)
_WHITESPACE = st.sampled_from(
    list(" \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
)


@st.composite
def _mixed_newlines(draw) -> str:
    lines = draw(st.lists(st.one_of(_SEED_LINE, st.text(max_size=10)), max_size=40))
    return "".join(line + draw(st.sampled_from([*NEWLINES, "\n\n", "\r\r", "\n\r", "\r\n\r\n"])) for line in lines)


@st.composite
def _with_bom(draw) -> str:
    text = draw(st.one_of(seed_documents(), _mixed_newlines()))
    where = draw(st.sampled_from(["start", "twice", "middle"]))
    if where == "start":
        return "\ufeff" + text
    if where == "twice":
        return "\ufeff\ufeff" + text
    cut = draw(st.integers(0, len(text)))
    return text[:cut] + "\ufeff" + text[cut:]


@st.composite
def _tabs_and_form_feeds(draw) -> str:
    lines = draw(st.lists(_SEED_LINE, max_size=40))
    out = []
    for line in lines:
        prefix = draw(st.sampled_from(["", "\t", "\f", "\t\t", "\f\f", " \f", "\t(a)\t", "\v"]))
        cut = draw(st.integers(0, len(line)))
        inside = draw(st.sampled_from(["", "\t", "\f", "\t\f"]))
        out.append(prefix + line[:cut] + inside + line[cut:])
    return "\n".join(out)


@st.composite
def _huge_line(draw) -> str:
    """One line of a few hundred kilobytes: a seed line (or a label) repeated without a line break."""
    unit = draw(st.one_of(_SEED_LINE, _STRUCTURE, st.text(min_size=1, max_size=5)))
    repeat = draw(st.integers(1, 300_000 // max(1, len(unit))))
    head = draw(st.sampled_from(["", "1. ", "(a) ", "- ", "**", "I. ", "MC/INF/274\n\n"]))
    return head + (unit.replace("\n", " ") or "x") * repeat


# One line of each kind the classifier knows (see `iomparse.lexer.RULES`), for documents made of line shapes.
LINE_SHAPES = (
    "MC/INF/274",
    "MC/1842",
    "C/110/RES/1370",
    "Original: English",
    "**Original: English 4 November 2004**",
    "4 November 2004",
    "EIGHTY-EIGHTH SESSION",
    "IOM STRATEGY: CURRENT AND FUTURE",
    "**The Director General**",
    "Annex I",
    "Page 2",
    "__________",
    "¹ See MC/INF/263.",
    "RESOLUTION No. 923 (LXXI)",
    "DRAFT RESOLUTION",
    "(Adopted by the Council at its 407th meeting on 29 November 1995)",
    "The Council,",
    "Recalling its earlier decisions,",
    "Resolves:",
    "Decides:",
    "Distinguished delegates, ladies and gentlemen,",
    "I. INTRODUCTION",
    "V.1 Resources",
    "(1) Staff",
    "Objective 3: Partnerships",
    "1. The Organization has grown.¹",
    "2. It continues:",
    "(a) to make arrangements;",
    "(i) first;",
    "- provide services;",
    "plain running text that continues",
    "Short fragment",
    "",
)
_LINE_SHAPE = st.sampled_from(LINE_SHAPES)
_RESOLUTION_HEADS = ("RESOLUTION No. 923 (LXXI)", "DRAFT RESOLUTION", "**RESOLUTION No. 1370**", "RESOLUTION")
_RESOLUTION_LINES = (
    "(Adopted by the Council at its 407th meeting on 29 November 1995)",
    "FUTURE ACTIVITIES OF IOM",
    "**PROGRAMME AND BUDGET FOR 2008**",
    "The Council,",
    "Recalling its earlier decisions,",
    "Resolves:",
    "Decides:",
    "1. Endorses the strategy;",
    "(a) to approve;",
    "(i) first;",
    "- a bullet;",
    "plain text",
    "",
)
_RESOLUTION_SHAPE = st.builds(
    lambda before, head, lines, after: "\n".join([*before, head, *lines, *after]),
    st.lists(_LINE_SHAPE, max_size=3),
    st.sampled_from(_RESOLUTION_HEADS),
    st.lists(st.sampled_from(_RESOLUTION_LINES), max_size=8),
    st.lists(_LINE_SHAPE, max_size=3),
)


INPUTS: dict[str, st.SearchStrategy[str]] = {
    "line-shapes": st.lists(_LINE_SHAPE, max_size=12).map("\n".join),
    "resolution-shapes": _RESOLUTION_SHAPE,
    "text": st.text(),
    "control": _interleave(_CONTROL),
    "surrogates": st.one_of(_SURROGATE_TEXT, _interleave(st.characters(categories=["Cs"]))),
    "mixed-newlines": _mixed_newlines(),
    "bom": _with_bom(),
    "tabs-form-feeds": _tabs_and_form_feeds(),
    "rtl": _interleave(_RTL),
    "whitespace-only": st.lists(st.one_of(_WHITESPACE, st.just("\r\n")), max_size=50).map("".join),
    "seed-fragments": seed_documents(),
    "sample-fragments": sample_documents(),
    # pdftotext's text (both modes) shuffled: lone labels, figure columns, footnote numbers out of place
    "pdf-text-fragments": seed_documents(texts=PDF_TEXTS, max_fragments=16),
}


def _physical_lines(text: str) -> int:
    return text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1


def check_lenient(text: str) -> None:
    document = iomparse.parse(text)
    assert isinstance(document, iomparse.Document)


def check_strict(text: str) -> None:
    try:
        document = iomparse.parse(text, strict=True)
    except iomparse.ParseError as error:
        assert isinstance(error.line, int)
        assert 1 <= error.line <= _physical_lines(text), f"ParseError.line={error.line} outside the input"
    else:
        assert isinstance(document, iomparse.Document)


@pytest.mark.parametrize("kind", sorted(INPUTS))
@given(data=st.data())
def test_lenient_is_total(kind, data):
    check_lenient(data.draw(INPUTS[kind], label=kind))


@pytest.mark.parametrize("kind", sorted(INPUTS))
@given(data=st.data())
def test_strict_raises_only_parse_error(kind, data):
    check_strict(data.draw(INPUTS[kind], label=kind))


@settings(max_examples=10)
@given(text=_huge_line())
def test_lenient_is_total_on_a_huge_line(text):
    check_lenient(text)


@settings(max_examples=10)
@given(text=_huge_line())
def test_strict_raises_only_parse_error_on_a_huge_line(text):
    check_strict(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "\r\n",
        "\r",
        "\ufeff",
        "\f",
        "\x00",
        "\ud800",
        "\udfff\ud800",
        " \t\f\v",
        "\u2028\u2029",
        "**",
        "*",
        "¹",
        "- ",
        "(a)",
        "1.",
        "I.",
        "MC/INF/274",
        "Annex I",
        "RESOLUTION No. 923 (LXXI)",
        "The Council,",
        "Resolves:",
        "RESOLUTION\nResolves:",
        "x" * 1_000_000,
        "(a) " + "0" * 4301,  # a number longer than int() converts (a flattened table's day before its month)
        "(a)\nDocuments\nTHE STATEMENT ..... 3",  # a label waiting past a column heading: its lines stay in order
        "IV.\nAgenda item   Documents\n………… 3",
    ],
    ids=lambda text: repr(text) if len(text) < 30 else f"{text[:10]!r}*{len(text)}",
)
def test_total_on_edge_cases(text):
    check_lenient(text)
    check_strict(text)


def test_lines_put_back_before_the_line_above_give_an_ordered_span():
    """Labels and figures printed apart that reading order puts back out of the text's order (found by
    fuzzing): a block's span runs from its first line to its last, whatever order they came in."""
    lines = ["Region", "0.45", "2020", "(number of posts)", "8,920,000", "1.2.3", "1,000", "2020", "0", "8,920,000"]
    lines += ["-", "-", "Region", "999", "1,000", "5", "Asia and the Pacific"]
    document = iomparse.parse("\n".join(lines) + "\n")
    assert all(block.span is None or block.span.start <= block.span.end for block in document.body)
