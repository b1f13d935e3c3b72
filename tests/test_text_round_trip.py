"""The canonical text round trip for generated documents: ``parse(to_text(d)) == d`` up to source positions,
for every tree ``d`` the parser produces from a document written in the conventions (`canonical_strategies`,
whose docstrings state what such trees look like).

The tests below are regressions: trees the parser produces from plain text that once did not survive their
canonical text (found by the property).
"""

from __future__ import annotations

import attrs
from canonical_strategies import canonical_documents
from conftest import without_positions
from hypothesis import given

import iomparse
from iomparse import paths
from iomparse.codecs.text import to_text
from iomparse.lexer import DECISIONS
from iomparse.model import Section

# Notes on how sure the reading was (an unnumbered heading known by its shape, a speaker by position, a kind
# by default, a header without symbol, date or session, a quotation known by its place) are not part of a
# document's content: canonical text carries the content, and the parser says again, of what it reads back, how
# it read it.
WEAK = {name for name, decision in DECISIONS.items() if decision.weak} | {
    "kind-inferred",
    "header-facts-missing",
    "quote-by-position",
}


@given(canonical_documents())
def test_canonical_documents_survive_their_text(document):
    text = to_text(document)
    parsed = without_positions(iomparse.parse(text))
    content = attrs.evolve(parsed, diagnostics=tuple(d for d in parsed.diagnostics if d.code not in WEAK))
    assert content == document, text
    unnumbered = [block for _, block in paths.walk(document) if isinstance(block, Section) and block.num is None]
    by_shape = [d for d in parsed.diagnostics if d.code == "heading-by-shape"]
    assert len(by_shape) >= len(unnumbered), "every unnumbered heading is reported as read by its shape"


def _survives(source: str) -> None:
    document = without_positions(iomparse.parse(source))
    text = to_text(document)
    assert without_positions(iomparse.parse(text)) == document, text


def test_bold_speaker_before_other_header_lines():
    """speaker='The Director General', other=('Check against delivery',): the parser takes the last header
    line above the salutation for the speaker, so to_text writes the other lines first."""
    _survives("Check against delivery\n\n**The Director General**\n\nMr. Chairman,\n\nWe welcome the budget.\n")


def test_chart_ending_the_body_before_footnotes():
    """A body ending with a `Figure`, and a footnote: the chart's fragments must end the text, so to_text
    writes the footnote bodies before them."""
    _survives("We welcome the budget.¹\n\n¹ See the report.\n\nMAIN AREAS\n\nMigration and development\n")


def test_title_of_an_unlabelled_annex():
    """An annex without a label line whose header has a date and a title: written right above the annex's
    first paragraph, the title is still the header's title, not an unnumbered section heading (headings are
    not sought in header blocks)."""
    _survives(
        "MC/2352\n\n1. The Administration will review the budget.\n\nMC/1842\n\n**IOM STRATEGIC PLANNING**\n\n"
        "9 May 1995\n\n1. The beginning of the 1990s saw many trends.\n"
    )


def test_an_annex_header_with_the_covers_subtitle_keeps_it():
    """An annex's header block (its label, or a symbol and a date, then perhaps a title) with the same
    subtitle as the cover: the annex's own subtitle, not the cover's printed again atop a page, so kept."""
    cover = "COUNCIL\n\nFIRST SESSION\n\n**(For consideration by Member States)**\n\n1. The budget is reviewed.\n\n"
    for annex_header in (
        "Annex I\n\nFIRST SESSION\n\n",
        "MC/1842\n\n1 January 2000\n\n",
        "Annex I\n\nMC/1842\n\n**REVIEW OF THE FIELD STRUCTURE**\n\n",
    ):
        source = cover + annex_header + "**(For consideration by Member States)**\n\n1. The review goes on.\n"
        (annex,) = iomparse.parse(source).annexes
        assert annex.meta.subtitle == "(For consideration by Member States)", annex_header
        _survives(source)


def test_an_annexs_paragraph_repeating_a_lead_in_of_the_body_stays_a_paragraph():
    """An annex reproducing the body's first paragraph, a lead-in with a paragraph under it: the line printed
    again is no agenda item repeated over its annotation (the body's line had text under it and ends a
    clause: no list's title)."""
    paragraph = "1. The Administration will strengthen the programme of activities:\n\n"
    under = "The Administration will strengthen the programme of activities.\n\n"
    source = "MC/INF/274\n\n" + paragraph + under + "COUNCIL\n\nFIRST SESSION\n\n" + paragraph + under
    document = iomparse.parse(source)
    assert not [block for _, block in paths.walk(document) if isinstance(block, Section)]
    _survives(source)
