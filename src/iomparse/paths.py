"""Paths of blocks: the stable addresses footnote anchors point to.

A path names a block by what a reader would cite: ``para_19`` (numbered paragraph 19), ``para_19/item_3``
(its third item, or ``item_e`` for the item labelled ``(e)``), ``sec_V.1`` (the section headed ``V.1``),
``text_2`` (the second unnumbered paragraph), ``res_1/clause_3``, ``res_1/preamble_2``; inside an annex
the path starts with ``annex_1/``. Paragraph numbers are unique within a document, so paragraphs are
addressed directly rather than through their sections.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import (
    Block,
    Citation,
    Clause,
    ConstitutionRef,
    DateRef,
    DocRef,
    Document,
    Emphasis,
    Inline,
    Item,
    Paragraph,
    Reference,
    Resolution,
    ResolutionRef,
    Section,
    SessionRef,
    Strong,
    UNRef,
)

_UNSAFE = re.compile(r"[^\w.]+")


def walk(document: Document) -> Iterator[tuple[str, Block]]:
    """Every block of ``document`` (annexes included) with its path, in document order."""
    yield from _walk_part(document.body, "")
    for number, annex in enumerate(document.annexes, 1):
        yield from _walk_part(annex.body, f"annex_{number}/")


def own_runs(block: Block) -> tuple[Inline, ...]:
    """The inline runs a block holds itself (its content, or a section's heading), not its children's."""
    if isinstance(block, Section):
        return block.heading
    if isinstance(block, Paragraph | Item | Clause):
        return block.content
    return ()


def references(document: Document) -> tuple[Reference, ...]:
    """Every citation in the text, in document order, footnotes last (see `Document.references`); a cover
    note's citations (``… document MC/2374 of 18 February 2013 …``) come first, at ``cover_note_1`` …, and an
    annex's cover notes before its body."""
    from .inline import parse_inline  # the inline reader builds this model's runs: imported on use

    found: list[Reference] = []
    parts = [("", document.meta, document.body)]
    parts += [(f"annex_{n}/", annex.meta, annex.body) for n, annex in enumerate(document.annexes, 1)]
    for prefix, meta, body in parts:
        for number, note in enumerate(meta.notes, 1):
            found += [Reference(f"{prefix}cover_note_{number}", ref) for ref in _citations(parse_inline(note))]
        for path, block in _walk_part(body, prefix):
            found += [Reference(path, ref) for ref in _citations(own_runs(block))]
    for footnote in document.footnotes:
        found += [Reference(f"footnote_{footnote.marker}", ref) for ref in _citations(footnote.content)]
    return tuple(found)


_CITATIONS = (DocRef, ResolutionRef, DateRef, SessionRef, ConstitutionRef, UNRef)


def _citations(runs: tuple[Inline, ...]) -> list[Citation]:
    found: list[Citation] = []
    for run in runs:
        if isinstance(run, _CITATIONS):
            found.append(run)
        elif isinstance(run, Strong | Emphasis):
            found += _citations(run.children)
    return found


def find(document: Document, path: str) -> Block | None:
    """The block at ``path``, or ``None``."""
    return next((block for p, block in walk(document) if p == path), None)


def _walk_part(blocks: tuple[Block, ...], prefix: str) -> Iterator[tuple[str, Block]]:
    counters: dict[str, int] = {}
    yield from _walk(blocks, prefix, counters)


def _next(counters: dict[str, int], key: str) -> int:
    counters[key] = counters.get(key, 0) + 1
    return counters[key]


def _label(label: str | None, ordinal: int) -> str:
    return _UNSAFE.sub("_", label).strip("_") if label else str(ordinal)


def _walk(blocks: tuple[Block, ...], prefix: str, counters: dict[str, int]) -> Iterator[tuple[str, Block]]:
    for block in blocks:
        if isinstance(block, Section):
            path = f"{prefix}sec_{_label(block.num, _next(counters, 'sec'))}"
            yield path, block
            yield from _walk(block.children, prefix, counters)
        elif isinstance(block, Paragraph):
            path = f"{prefix}para_{_label(block.num, 0)}" if block.num else f"{prefix}text_{_next(counters, 'text')}"
            yield path, block
            yield from _children(block.children, path)
        elif isinstance(block, Resolution):
            path = f"{prefix}res_{_next(counters, 'res')}"
            yield path, block
            for number, clause in enumerate(block.preamble, 1):
                yield from _clause(clause, f"{path}/preamble_{number}")
            for number, clause in enumerate(block.operative, 1):
                yield from _clause(clause, f"{path}/clause_{getattr(clause, 'num', None) or number}")
        else:
            path = f"{prefix}{type(block).__name__.lower()}_{_next(counters, type(block).__name__)}"
            yield path, block


def _clause(clause: Clause | Block, path: str) -> Iterator[tuple[str, Block]]:
    yield path, clause
    yield from _children(getattr(clause, "children", ()), path)


def _children(children: tuple, path: str) -> Iterator[tuple[str, Block]]:
    """Items by label (or position among the items), quotes, their paragraphs and the rest by position."""
    counters: dict[str, int] = {}
    for child in children:
        if isinstance(child, Item):
            number = _next(counters, "item")
            child_path = f"{path}/item_{_label(child.label, number)}"
        else:
            name = "text" if isinstance(child, Paragraph) else type(child).__name__.lower()
            child_path = f"{path}/{name}_{_next(counters, name)}"
        yield child_path, child
        yield from _children(getattr(child, "children", ()), child_path)
