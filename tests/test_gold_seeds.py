"""Every fact in the gold files of the two seed documents, asserted against the parse."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SEEDS, block_text, gold, gold_path, plain, runs_of

from iomparse import paths
from iomparse.assemble import iter_all_blocks
from iomparse.model import (
    DocRef,
    Emphasis,
    Figure,
    Item,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    Strong,
    Unclassified,
    inline_text,
    iter_blocks,
)

STRATEGY = gold(SEEDS["strategy"])
STATEMENT = gold(SEEDS["statement"])


@pytest.fixture(scope="module")
def strategy(seed_docs):
    return seed_docs["strategy"]


@pytest.fixture(scope="module")
def statement(seed_docs):
    return seed_docs["statement"]


def numbered(blocks):
    return [b for b in iter_blocks(blocks) if isinstance(b, Paragraph) and b.num is not None]


def items_of(paragraph):
    """The paragraph's list items, those inside its quotations included."""
    found = [c for c in paragraph.children if isinstance(c, Item)]
    for quote in (c for c in paragraph.children if isinstance(c, Quote)):
        for inner in quote.children:
            found += [inner] if isinstance(inner, Item) else [c for c in inner.children if isinstance(c, Item)]
    return found


def all_runs(document):
    for _, block in paths.walk(document):
        yield from paths.own_runs(block)
    for footnote in document.footnotes:
        yield from footnote.content


# -- seed 001: MC/INF/274 ------------------------------------------------------------------------------


def test_header(strategy):
    meta = strategy.meta
    assert str(meta.symbol) == STRATEGY["symbol"]
    assert meta.original_language == STRATEGY["original_language"]
    assert meta.date == dt.date.fromisoformat(STRATEGY["date"])
    assert meta.session.number == STRATEGY["session"]
    assert meta.title == STRATEGY["title"]
    assert meta.kind == "information_note"
    assert strategy.annexes, "an information note with annexes"


def test_running_header_removed_and_recorded(strategy):
    headers = [f for f in strategy.furniture if f.kind == "running_header"]
    assert [(f.text, f.line) for f in headers] == [("MC/INF/274", 200)]
    titles = [f for f in strategy.furniture if f.kind == "running_title"]
    assert [f.line for f in titles] == [13, 213], "the repeated plain titles are furniture, not headings"


def check_sections(sections, expected):
    assert [s.num for s in sections] == [e["num"] for e in expected]
    for section, fact in zip(sections, expected, strict=True):
        assert block_text(section) == fact["heading"]
        if "paragraphs" in fact:
            nums = [int(p.num) for p in numbered(section.children)]
            assert (nums[0], nums[-1]) == tuple(fact["paragraphs"])
            assert nums == list(range(nums[0], nums[-1] + 1))
        subsections = [c for c in section.children if isinstance(c, Section)]
        if "subsections" in fact:
            check_sections(subsections, fact["subsections"])
        if "subheadings" in fact:
            assert [s.num for s in subsections] == fact["subheadings"]
        if "subsections" not in fact and "subheadings" not in fact:
            assert not subsections


def test_sections(strategy):
    check_sections([b for b in strategy.body if isinstance(b, Section)], STRATEGY["sections"])
    assert len(numbered(strategy.body)) == STRATEGY["numbered_paragraphs"]


def check_lists(document_blocks, facts):
    by_num = {p.num: p for p in numbered(document_blocks)}
    for num, fact in facts.items():
        paragraph = by_num[num]
        items = items_of(paragraph)
        if fact.get("inside_quotation"):
            assert not [c for c in paragraph.children if isinstance(c, Item)], "the list is in the quotation"
        if "labels" in fact:
            assert [i.label for i in items] == fact["labels"]
        if "bullets" in fact:
            assert len(items) == fact["bullets"]
            assert all(i.label is None for i in items)


def test_lists(strategy):
    check_lists(strategy.body, STRATEGY["lists"])


def check_continuations(document, facts, prefix=""):
    blocks = dict(paths.walk(document))
    for fact in facts:
        block = blocks[prefix + gold_path(fact["into"].replace(" item", ", item"))]
        start = plain(fact["text_starts"])
        assert start in block_text(block)
        assert not block_text(block).startswith(start), "the continuation is joined after the interrupted text"
        for _, other in paths.walk(document):
            assert not block_text(other).startswith(start), "no block starts with the continuation"


def test_continuations_joined(strategy):
    check_continuations(strategy, STRATEGY["continuations_joined"])


def test_list_continues_after_footnotes(strategy):
    fact = STRATEGY["list_continues_after_footnotes"]
    paragraph = paths.find(strategy, f"para_{fact['paragraph']}")
    items = items_of(paragraph)
    assert len(items) == fact["bullets_before"] + fact["bullets_after"]
    before, after = items[fact["bullets_before"] - 1], items[fact["bullets_before"]]
    between = [f for f in strategy.footnotes if before.span.end < f.span.start < after.span.start]
    assert [f.marker for f in between] == ["5", "6", "7", "8"]


def test_footnotes(strategy):
    facts = STRATEGY["footnotes"]
    assert [f.marker for f in strategy.footnotes] == [str(f["n"]) for f in facts]
    for footnote, fact in zip(strategy.footnotes, facts, strict=True):
        assert footnote.anchor == gold_path(fact["anchored_in"])
        assert plain(block_text(footnote)).startswith(plain(fact["text_starts"]))
        holder = paths.find(strategy, footnote.anchor)
        assert footnote.marker in [r.marker for r in runs_of(holder.content, NoteRef)]
    flow = " ".join(block_text(b) for _, b in paths.walk(strategy))
    for fact in facts:
        assert plain(fact["text_starts"]) not in flow, "footnote bodies are out of the text flow"


def test_quotations(strategy):
    for fact in STRATEGY["quotations"]:
        paragraph = paths.find(strategy, gold_path(fact["in"]))
        quotes = [c for c in paragraph.children if isinstance(c, Quote)]
        assert len(quotes) == 1
        assert block_text(quotes[0].children[0]).lstrip('“"').startswith(plain(fact["text_starts"]))


def test_inline_markup(strategy):
    runs = list(all_runs(strategy))
    strong = {plain(block_text_of(r)) for r in runs_of(runs, Strong)}
    emphasis = {plain(block_text_of(r)) for r in runs_of(runs, Emphasis)}
    assert set(STRATEGY["strong_phrases_sample"]) <= strong
    assert set(STRATEGY["emphasis_phrases_sample"]) <= emphasis
    assert not any("*" in block_text_of(r) for r in runs), "no literal asterisks left"


def block_text_of(run):
    return inline_text((run,))


def test_embedded_document_annex(strategy):
    fact = STRATEGY["annexes"][0]
    annex = strategy.annexes[0]
    assert annex.label == fact["label"] and not annex.label_inferred
    embedded = fact["embedded_document"]
    meta = annex.meta
    assert str(meta.symbol) == embedded["symbol"]
    assert meta.original_language == embedded["original_language"]
    assert meta.date == dt.date.fromisoformat(embedded["date"])
    assert meta.session.number == embedded["session"]
    assert meta.title == embedded["title"]
    check_sections([b for b in annex.body if isinstance(b, Section)], embedded["sections"])
    assert len(numbered(annex.body)) == embedded["numbered_paragraphs"]
    check_lists(annex.body, embedded["lists"])
    check_continuations(strategy, embedded["continuations_joined"], prefix="annex_1/")


def test_resolution_annex(strategy):
    fact = STRATEGY["annexes"][1]
    annex = strategy.annexes[1]
    assert annex.label == fact["label"] and annex.label_inferred
    (resolution,) = [b for b in annex.body if isinstance(b, Resolution)]
    expected = fact["resolution"]
    assert resolution.number == expected["number"]
    assert resolution.session.number == expected["session"]
    assert resolution.session.raw == expected["session_roman"]
    assert resolution.adoption.meeting == expected["adopted_meeting"]
    assert resolution.adoption.date == dt.date.fromisoformat(expected["adopted_date"])
    assert resolution.title == expected["title"]
    assert resolution.formula.rstrip(",") == expected["body"]
    assert len(resolution.preamble) == expected["preamble_clauses"]
    for clause, first in zip(resolution.preamble, expected["preamble_first_words"], strict=True):
        assert block_text(clause).startswith(first + " ")
    assert resolution.operative_formula == expected["operative_formula"]
    assert len(resolution.operative) == expected["operative_clauses"]
    assert [c.num for c in resolution.operative] == [str(n) for n in range(1, 8)]
    for clause, first in zip(resolution.operative, expected["operative_first_words"], strict=True):
        assert block_text(clause).startswith(first + " ")


def test_chart_annex(strategy):
    annex = strategy.annexes[2]
    assert annex.label == STRATEGY["annexes"][2]["label"] and annex.label_inferred
    (figure,) = annex.body
    assert isinstance(figure, Figure)
    assert figure.lines == ("IOM • OIM", "MANAGING MIGRATION", "MAIN AREAS")


def test_document_references(strategy):
    refs = [r for r in all_runs(strategy) for r in runs_of([r], DocRef)]
    assert sorted({str(r.symbol) for r in refs if not r.own}) == sorted(STRATEGY["document_references"])
    resolutions = [r for r in all_runs(strategy) for r in runs_of([r], ResolutionRef)]
    for raw in STRATEGY["resolution_references"]:
        assert any(r.text.startswith(raw) for r in resolutions)
    assert all(r.numbers == (923,) and r.session == 71 for r in resolutions)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_nothing_unclassified_and_no_errors(seed_docs, name):
    document = seed_docs[name]
    assert not [b for b in iter_all_blocks(document) if isinstance(b, Unclassified)]
    assert not [d for d in document.diagnostics if d.severity in ("error", "warning")]


def test_every_block_has_a_span(seed_docs):
    for document in seed_docs.values():
        for path, block in paths.walk(document):
            assert block.span is not None and block.span.start <= block.span.end, path


# -- seed 000: MICEM/9/2002 -----------------------------------------------------------------------------


def test_statement(statement):
    meta = statement.meta
    assert meta.kind == STATEMENT["kind"]
    assert str(meta.symbol) == STATEMENT["symbol"]
    assert meta.date == dt.date.fromisoformat(STATEMENT["date"])
    assert meta.title == STATEMENT["title"]
    assert meta.speaker == STATEMENT["speaker"]
    salutation, *paragraphs = statement.body
    assert isinstance(salutation, Salutation) and salutation.text == STATEMENT["salutation"]
    assert all(isinstance(p, Paragraph) for p in paragraphs)
    assert len([p for p in paragraphs if p.num is not None]) == STATEMENT["numbered_paragraphs"]
    assert len(paragraphs) == STATEMENT["unnumbered_paragraphs_after_salutation"]
    assert block_text(paragraphs[0]).startswith(STATEMENT["first_paragraph_starts"])
    assert block_text(paragraphs[-1]).startswith(STATEMENT["last_paragraph_starts"])
    strong = [plain(block_text_of(r)) for p in paragraphs for r in runs_of(p.content, Strong)]
    assert strong == STATEMENT["strong_phrases"]
    assert len(statement.footnotes) == STATEMENT["footnotes"]
