"""The canonical text rendering parses back to the same tree."""

from __future__ import annotations

import pytest
from conftest import SEEDS, sample_text, without_positions

import iomparse
from iomparse.codecs.text import inline_to_text, to_text
from iomparse.inline import parse_inline


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_text_round_trip(seed_docs, name):
    document = seed_docs[name]
    again = iomparse.parse(to_text(document))
    assert without_positions(again) == without_positions(document)


def test_canonical_text_is_a_fixed_point(seed_docs):
    text = to_text(seed_docs["strategy"])
    assert to_text(iomparse.parse(text)) == text


def test_canonical_text_keeps_every_line_of_content(seed_docs):
    text = to_text(seed_docs["strategy"])
    assert "¹ See MC/INF/263" in text
    assert "RESOLUTION No. 923 (LXXI)" in text
    assert "- (k) As migration management becomes more effective" in text
    assert "MC/INF/274\nAnnex I" in text, "the explicit annex label is written back under the running header"
    assert "\nAnnex II" not in text, "an inferred label is not invented in the text"


@pytest.mark.parametrize(
    "text",
    ["plain", "**bold** and *italic*", "Nations.¹ then ¹²", "see MC/INF/263, Resolution No. 923 (LXXI)"],
)
def test_inline_round_trip(text):
    assert inline_to_text(parse_inline(text)) == text


def test_canonical_header_order():
    """Symbol, Original, date, session, then the title and the speaker in bold, one block per line."""
    document = iomparse.parse(sample_text(SEEDS["statement"]))
    assert to_text(document).startswith(
        "MICEM/9/2002\n\n4 December 2002\n\n**CONCLUDING STATEMENT AT THE IOM COUNCIL GENERAL DEBATE**\n\n"
        "**The Director General**\n\nDistinguished delegates, ladies and gentlemen,\n\n"
    )
