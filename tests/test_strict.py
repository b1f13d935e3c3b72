"""Strict mode: the first line the grammar cannot place raises `ParseError` with a named kind, the line, the
column where its text starts, the line itself and what the grammar expected there."""

from __future__ import annotations

import pytest
from conftest import SEEDS, sample_text

import iomparse


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_the_seeds_parse_strictly(name):
    assert iomparse.parse(sample_text(SEEDS[name]), strict=True) == iomparse.parse(sample_text(SEEDS[name]))


@pytest.mark.parametrize(
    ("text", "kind", "line", "column", "message"),
    [
        (
            "I. INTRODUCTION\n\n1. Text.\n\n  (Adopted by the Council at its 5th meeting on 1 May 2000)\n",
            "resolution-part-outside-resolution",
            5,
            3,
            "an adoption line cannot stand here: this part of a resolution follows a RESOLUTION heading; expected ",
        ),
        (
            "1. Text.\n\n2. More text.\n\n4 November 2004\n\n3. And more.\n",
            "header-line-in-body",
            5,
            1,
            "a date cannot stand here: a header line belongs to the header block that opens a document or an annex",
        ),
        (
            "1. Text.\n\nIntroduction.........1\n",
            "contents-line-outside-contents",
            3,
            1,
            "a contents entry cannot stand here: an entry of a table of contents follows its CONTENTS heading",
        ),
        (
            "RESOLUTION No. 5\n\nThe Council,\n\nRecalling its work,\n\nDecides:\n\n1. To act;\n\n"
            "Mindful of the facts,\n",
            "resolution-part-outside-resolution",
            11,
            1,
            "a preambular clause cannot stand here: ",
        ),
    ],
)
def test_strict_error_kinds(text, kind, line, column, message):
    with pytest.raises(iomparse.ParseError) as raised:
        iomparse.parse(text, strict=True, source="doc.txt")
    error = raised.value
    assert (error.kind, error.line, error.column) == (kind, line, column)
    assert error.text == text.splitlines()[line - 1]
    assert error.expected, "the error says what the grammar expected"
    assert str(error).startswith(f"doc.txt:{line}:{column}: {message}")


def test_lenient_mode_keeps_what_strict_mode_rejects():
    text = "MC/2400\n\n1. Text.\n\nIntroduction.........1\n"
    document = iomparse.parse(text)
    assert [d.code for d in document.diagnostics if d.severity != "info"] == ["unclassified"]
    assert document.body[0].children[0] == iomparse.Unclassified(("Introduction.........1",), iomparse.Span(5, 5))


def test_every_kind_of_line_has_a_name():
    """Error messages name kinds of line in words; every terminal the grammar declares has a name."""
    from iomparse.parser import LINE_KINDS, document_parser

    assert {t.name for t in document_parser().terminals} <= set(LINE_KINDS)
