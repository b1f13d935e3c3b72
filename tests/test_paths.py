"""Block ids (`iomparse.paths`): what each block is named, unique in every document, stable under insertions."""

from __future__ import annotations

import json
import random
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iomparse
from iomparse import paths
from iomparse.model import (
    Annex,
    Clause,
    Document,
    Footnote,
    Item,
    Meta,
    Paragraph,
    Quote,
    Resolution,
    Section,
    Table,
    Text,
)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def para(num: str | None, text: str = "x", children: tuple = ()) -> Paragraph:
    return Paragraph(num, [Text(text)], children)


def resolution(*operative: Clause) -> Resolution:
    return Resolution(None, None, False, None, None, None, [Clause(None, [Text("Recalling")])], "Decides", operative)


def ids(document: Document) -> list[tuple[str, str]]:
    return [(type(placed.block).__name__, placed.path) for placed in paths.blocks(document)]


def test_numbered_blocks_by_number_the_others_by_place_in_their_scope():
    item = Item("(a)", [Text("first")], [Item(None, [Text("bullet")])])
    section = Section(
        "I",
        [Text("INTRODUCTION")],
        1,
        [para("1", children=(item, Item(None, [Text("b")]))), para(None), Table(["a  1"], [["a", "1"]]), para(None)],
    )
    unnumbered = Section(None, [Text("Background")], 2, [para(None), Section("A", [Text("Sub")], 3, [para("2")])])
    document = Document(
        Meta(),
        [para(None), section, unnumbered, resolution(Clause("1", [Text("Approves")]), Clause(None, [Text("Asks")]))],
        [Annex("Annex", False, Meta(), [para("1"), para(None)])],
    )
    assert ids(document) == [
        ("Paragraph", "text_1"),
        ("Section", "sec_I"),
        ("Paragraph", "para_1"),
        ("Item", "para_1/item_a"),
        ("Item", "para_1/item_a/item_1"),
        ("Item", "para_1/item_2"),
        ("Paragraph", "sec_I/text_1"),
        ("Table", "sec_I/table_1"),
        ("Paragraph", "sec_I/text_2"),
        ("Section", "head_1"),
        ("Paragraph", "head_1/text_1"),
        ("Section", "sec_A"),
        ("Paragraph", "para_2"),
        ("Resolution", "res_1"),
        ("Clause", "res_1/preamble_1"),
        ("Clause", "res_1/clause_1"),
        ("Clause", "res_1/clause_2"),
        ("Paragraph", "annex_1/para_1"),
        ("Paragraph", "annex_1/text_1"),
    ]


def test_a_repeated_number_or_label_gets_a_suffix_and_the_first_keeps_its_name():
    items = (Item("(a)", [Text("one")]), Item("a)", [Text("two")]))
    document = Document(
        Meta(),
        [para("12", children=items), para("12"), Section("II", [Text("H")], 1), Section("II", [Text("H")], 1)],
        footnotes=[Footnote("1", [Text("a")], None), Footnote("1", [Text("b")], None)],
    )
    assert [path for _, path in ids(document)] == [
        "para_12",
        "para_12/item_a",
        "para_12/item_a-2",
        "para_12-2",
        "sec_II",
        "sec_II-2",
    ]
    assert [path for path, _ in paths.footnote_paths(document)] == ["footnote_1", "footnote_1-2"]


def test_blocks_gives_each_block_its_parent_and_depth():
    item = Item("(a)", [Text("first")])
    paragraph = para("1", children=(item,))
    section = Section("I", [Text("H")], 1, [paragraph])
    placed = list(paths.blocks(Document(Meta(), [section])))
    assert [(p.block, p.parent, p.depth) for p in placed] == [
        (section, None, 0),
        (paragraph, section, 1),
        (item, paragraph, 2),
    ]
    assert iomparse.blocks is paths.blocks


def test_paths_find_the_block_they_name():
    document = iomparse.parse_file(SAMPLES / "mc-101st-session-a.txt")
    for path, block in paths.walk(document):
        assert paths.find(document, path) is block


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_ids_are_unique_in_every_sample(sample):
    document = iomparse.parse_file(sample)
    found = [path for path, _ in paths.walk(document)] + [path for path, _ in paths.footnote_paths(document)]
    assert len(found) == len(set(found))


NUMBERS = [None, "1", "1.", "(1)", "2", "a", "(a)", "a)", "I", "I.", "", "-", "1-2", "1_2"]
"""Numbers and labels that name blocks alike once made safe: where ids would collide."""
TEXT = (Text("t"),)


def skeletons() -> st.SearchStrategy[Document]:
    """Documents of every kind of block that holds others, with labels drawn to collide and little else."""
    numbers = st.sampled_from(NUMBERS)
    items = st.recursive(
        st.builds(Item, numbers, st.just(TEXT)),
        lambda inner: st.builds(Item, numbers, st.just(TEXT), st.lists(inner, max_size=3)),
        max_leaves=6,
    )
    table = st.just(Table(["a"], [["a"]]))
    paragraphs = st.builds(Paragraph, numbers, st.just(TEXT), st.lists(items | table, max_size=3))
    clauses = st.lists(st.builds(Clause, numbers, st.just(TEXT), st.lists(items, max_size=2)), max_size=3)
    resolutions = st.builds(
        Resolution, st.none(), st.none(), st.booleans(), st.none(), st.none(), st.none(), clauses, st.none(), clauses
    )
    leaves = paragraphs | paragraphs | resolutions | st.builds(Quote, st.lists(paragraphs, max_size=2))
    blocks = st.recursive(
        leaves,
        lambda inner: st.builds(Section, numbers, st.just(TEXT), st.just(1), st.lists(inner, max_size=4)),
        max_leaves=12,
    )
    annexes = st.builds(Annex, st.none(), st.just(False), st.just(Meta()), st.lists(blocks, max_size=3))
    footnotes = st.builds(Footnote, st.sampled_from(["1", "2", "*", "1.", "a"]), st.just(TEXT), st.none())
    return st.builds(
        Document,
        st.just(Meta()),
        st.lists(blocks, max_size=5),
        st.lists(annexes, max_size=2),
        st.lists(footnotes, max_size=3),
    )


def seeded_document(seed: int) -> Document:
    """A document built at random from ``seed``, like `skeletons` but without Hypothesis's bookkeeping, so that
    ten thousand take seconds: sections nest three deep, numbers and labels drawn to collide."""
    rng = random.Random(seed)

    def number() -> str | None:
        return rng.choice(NUMBERS)

    def items(depth: int) -> list[Item]:
        return [Item(number(), TEXT, items(depth - 1) if depth else ()) for _ in range(rng.randint(0, 3))]

    def paragraph() -> Paragraph:
        children = items(2) + ([Table(["a"], [["a"]])] if rng.random() < 0.2 else [])
        return Paragraph(number(), TEXT, children)

    def clauses() -> list[Clause]:
        return [Clause(number(), TEXT, items(1)) for _ in range(rng.randint(0, 3))]

    def block(depth: int) -> Section | Paragraph | Resolution | Quote:
        roll = rng.random()
        if depth and roll < 0.3:
            return Section(number(), TEXT, 1, [block(depth - 1) for _ in range(rng.randint(0, 5))])
        if roll < 0.4:
            return Resolution(None, None, False, None, None, None, clauses(), None, clauses())
        if roll < 0.45:
            return Quote([paragraph() for _ in range(rng.randint(1, 2))])
        return paragraph()

    def body() -> list:
        return [block(3) for _ in range(rng.randint(0, 8))]

    annexes = [Annex(None, False, Meta(), body()) for _ in range(rng.randint(0, 2))]
    footnotes = [Footnote(rng.choice(["1", "2", "*", "1.", "a"]), TEXT, None) for _ in range(rng.randint(0, 3))]
    return Document(Meta(), body(), annexes, footnotes)


def all_ids(document: Document) -> list[str]:
    return [path for path, _ in paths.walk(document)] + [path for path, _ in paths.footnote_paths(document)]


@settings(max_examples=150, deadline=None)
@given(skeletons())
def test_ids_are_unique_in_generated_documents(document):
    found = all_ids(document)
    assert len(found) == len(set(found))


def test_ids_are_unique_in_ten_thousand_documents_built_at_random():
    for seed in range(10_000):
        found = all_ids(seeded_document(seed))
        assert len(found) == len(set(found)), f"seeded_document({seed})"


def scopes(document: Document) -> list[tuple[Section | None, tuple]]:
    """The places an unnumbered paragraph can be inserted at the top of the body or of a section: (section or
    None for the body, its blocks)."""
    return [(None, document.body)] + [
        (block, block.children) for _, block in paths.walk(document) if isinstance(block, Section)
    ]


def inserted(document: Document, holder: Section | None, at: int, new: Paragraph) -> Document:
    """``document`` with ``new`` inserted at ``at`` among the blocks of ``holder`` (the body when ``None``)."""

    def rebuilt(blocks: tuple) -> tuple:
        result = []
        for block in blocks:
            if not isinstance(block, Section):
                result.append(block)
                continue
            children = rebuilt(block.children)
            if block is holder:
                children = (*children[:at], new, *children[at:])
            result.append(attrs.evolve(block, children=children))
        return tuple(result)

    body = rebuilt(document.body)
    if holder is None:
        body = (*body[:at], new, *body[at:])
    return attrs.evolve(document, body=body)


@settings(max_examples=150, deadline=None)
@given(skeletons(), st.data())
def test_an_unnumbered_paragraph_inserted_renames_only_the_unnumbered_paragraphs_after_it_in_its_scope(document, data):
    holder, blocks = data.draw(st.sampled_from(scopes(document)))
    at = data.draw(st.integers(0, len(blocks)))
    new = para(None, "inserted")
    before = list(paths.walk(document))
    shifted: set[str] = set()  # the unnumbered paragraphs after it among its siblings, and what they hold
    for sibling in blocks[at:]:
        if isinstance(sibling, Paragraph) and not sibling.num:
            name = next(path for path, block in before if block is sibling)
            shifted |= {path for path, _ in before if path == name or path.startswith(name + "/")}
    after = [path for path, block in paths.walk(inserted(document, holder, at, new)) if block is not new]
    assert len(after) == len(before)
    assert [(old, new) for (old, _), new in zip(before, after, strict=True) if old != new and old not in shifted] == []


def test_a_label_with_no_letter_or_digit_names_by_place():
    bullets = (Item("•", [Text("one")]), Item("-", [Text("two")]))
    document = Document(
        Meta(),
        [para("1", children=bullets)],
        footnotes=[
            Footnote("*", [Text("a")], None),
            Footnote("1", [Text("b")], None),
            Footnote("†", [Text("c")], None),
        ],
    )
    assert [path for _, path in ids(document)] == ["para_1", "para_1/item_1", "para_1/item_2"]
    assert [path for path, _ in paths.footnote_paths(document)] == ["footnote_1", "footnote_1-2", "footnote_3"]


def test_a_resolution_a_hand_built_tree_nests_in_a_clause_is_walked_and_written():
    inner = resolution(Clause("1", [Text("Inner")]))
    outer = Resolution(None, None, False, None, None, None, [inner], None, [Clause("1", [Text("Outer")])])
    document = Document(Meta(), [outer])
    assert [path for _, path in ids(document)] == [
        "res_1",
        "res_1/preamble_1",
        "res_1/preamble_1/preamble_1",
        "res_1/preamble_1/clause_1",
        "res_1/clause_1",
    ]
    written = json.loads(iomparse.to_json(document))["body"][0]["preamble"][0]  # (not readable back: not a clause)
    assert (written["id"], written["operative"][0]["id"]) == ("res_1/preamble_1", "res_1/preamble_1/clause_1")
    assert b'id="res_1/preamble_1/clause_1"' in iomparse.to_xml(document)
