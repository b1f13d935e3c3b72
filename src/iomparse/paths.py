"""Paths of blocks: every block's id, the stable address footnote anchors and citations point to.

A path names a block by what a reader would cite, and is unique within its document:

- a numbered paragraph by its number, ``para_19``, and a numbered section by its label, ``sec_V.1``: paragraph
  numbers and section labels run through a document (or an annex), so these stand at the top whatever section
  holds them;
- everything else by its place inside its *scope*, the block holding it (``para_19/item_3``,
  ``sec_V.1/text_2``), or the document (or annex) at the top (``text_1``): a list item by its label
  (``item_e`` for ``(e)``) or else its position among the items (``item_3``), an operative clause by its
  number (``res_1/clause_3``), a preamble clause by position (``res_1/preamble_2``), and by position among
  its kind in its scope an unnumbered paragraph (``text_2``), an unnumbered heading (``head_1``), a quote
  (``quote_1``), a table (``table_1``) and the other blocks (``contents_1``, ``figure_1``,
  ``unclassified_1``, ``salutation_1``);
- a resolution by its place among the document's (or annex's) resolutions, ``res_2``, whatever holds it;
- inside an annex the path starts with ``annex_1/``; a footnote is ``footnote_<marker>``.

A number a document repeats (a second ``12.`` after ``11.``) is told apart by a suffix in the order printed:
the first ``para_12`` keeps its name and the second is ``para_12-2`` (labels never hold ``-``: characters
other than letters, digits, ``_`` and ``.`` become ``_``; a label with no letter or digit, a bullet or ``*``,
counts as none). Because positions count only within a scope, an unnumbered paragraph inserted in one section
renames none outside it; what does rename others: a numbered block inserted before another of the same
number (which then takes the suffix), and a resolution inserted before others of its part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .model import (
    Block,
    Citation,
    Clause,
    ConstitutionRef,
    DateRef,
    DocRef,
    Document,
    Emphasis,
    Footnote,
    Inline,
    Item,
    Meta,
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


class PlacedBlock(NamedTuple):
    """A block met by `blocks`: the block, the block holding it (``None`` at the top of the document or of
    an annex), its path and its depth (0 at the top)."""

    block: Block
    parent: Block | None
    path: str
    depth: int


def blocks(document: Document) -> Iterator[PlacedBlock]:
    """Every block of ``document`` (annexes included) in document order, each with its parent, path and
    depth: a resolution's preamble clauses come before its operative clauses."""
    namer = _Namer()
    yield from namer.scope(document.body, None, "", 0)
    for number, annex in enumerate(document.annexes, 1):
        namer.part, namer.resolutions = f"annex_{number}/", 0
        yield from namer.scope(annex.body, None, namer.part, 0)


def walk(document: Document) -> Iterator[tuple[str, Block]]:
    """Every block of ``document`` (annexes included) with its path, in document order."""
    for placed in blocks(document):
        yield placed.path, placed.block


def footnote_paths(document: Document) -> Iterator[tuple[str, Footnote]]:
    """Every footnote with its path, ``footnote_<marker>`` (a repeated marker told apart by a suffix; a marker
    with no letter or digit, ``*`` or ``†``, by the footnote's place among the footnotes: ``footnote_3``)."""
    used: dict[str, int] = {}
    for number, footnote in enumerate(document.footnotes, 1):
        yield _unique(f"footnote_{_label(footnote.marker, number)}", used), footnote


def identified(document: Document) -> Iterator[tuple[str, Block | Footnote]]:
    """Every block (as `blocks` meets them) and then every footnote, each with its id: the order the JSON and
    XML codecs write them in."""
    for placed in blocks(document):
        yield placed.path, placed.block
    yield from footnote_paths(document)


def own_runs(block: Block) -> tuple[Inline, ...]:
    """The inline runs a block holds itself (its content, or a section's heading), not its children's."""
    if isinstance(block, Section):
        return block.heading
    if isinstance(block, Paragraph | Item | Clause):
        return block.content
    return ()


def parts(document: Document) -> list[tuple[str, Meta, list[tuple[str, Block]]]]:
    """The document and each annex in turn: its paths' prefix (``""``, ``annex_1/`` …), its header facts, and its
    blocks with their paths, in order."""
    metas = [("", document.meta)] + [(f"annex_{n}/", annex.meta) for n, annex in enumerate(document.annexes, 1)]
    found: list[tuple[str, Meta, list[tuple[str, Block]]]] = [(prefix, meta, []) for prefix, meta in metas]
    by_prefix: dict[str, list[tuple[str, Block]]] = {prefix: placed for prefix, _, placed in found}
    for path, block in walk(document):
        by_prefix[path[: path.index("/") + 1] if path.startswith("annex_") else ""].append((path, block))
    return found


def references(document: Document) -> tuple[Reference, ...]:
    """Every citation in the text, in document order, footnotes last (see `Document.references`); a cover
    note's citations (``… document MC/2374 of 18 February 2013 …``) come first, at ``cover_note_1`` …, and an
    annex's cover notes before its body."""
    from .inline import parse_inline  # the inline reader builds this model's runs: imported on use

    found: list[Reference] = []
    for prefix, meta, placed in parts(document):
        for number, note in enumerate(meta.notes, 1):
            found += [Reference(f"{prefix}cover_note_{number}", ref) for ref in citations_in(parse_inline(note))]
        for path, block in placed:
            found += [Reference(path, ref) for ref in citations_in(own_runs(block))]
    for path, footnote in footnote_paths(document):
        found += [Reference(path, ref) for ref in citations_in(footnote.content)]
    return tuple(found)


_CITATIONS = (DocRef, ResolutionRef, DateRef, SessionRef, ConstitutionRef, UNRef)


def citations_in(runs: tuple[Inline, ...]) -> list[Citation]:
    """The citations among inline runs (inside bold and italics too), in order."""
    found: list[Citation] = []
    for run in runs:
        if isinstance(run, _CITATIONS):
            found.append(run)
        elif isinstance(run, Strong | Emphasis):
            found += citations_in(run.children)
    return found


def find(document: Document, path: str) -> Block | None:
    """The block at ``path``, or ``None``."""
    return next((block for p, block in walk(document) if p == path), None)


def _label(label: str | None, ordinal: int) -> str:
    """A number or label made safe for a path (``(a)`` → ``a``), or else, where it has no letter or digit
    (none, a bullet, ``*``), ``ordinal``. (A hand-built tree may hold a number where the model says text: it
    is named all the same.)"""
    safe = _UNSAFE.sub("_", str(label)).strip("_") if label else ""
    return safe or str(ordinal)


def _unique(path: str, used: dict[str, int]) -> str:
    """``path`` the first time, then ``path-2``, ``path-3`` …; ``used`` counts the names given. (No name holds
    ``-`` otherwise, so a suffixed name is never another's plain name.)"""
    copies = used.get(path, 0) + 1
    used[path] = copies
    return path if copies == 1 else f"{path}-{copies}"


class _Namer:
    """Names the blocks of one document: ``used`` holds the paths given so far, ``part`` is ``""`` in the body
    and ``annex_N/`` in an annex, ``resolutions`` counts the part's resolutions so far."""

    def __init__(self) -> None:
        self.used: dict[str, int] = {}
        self.part = ""
        self.resolutions = 0

    def scope(self, children: tuple[Block, ...], parent: Block | None, scope: str, depth: int) -> Iterator[PlacedBlock]:
        """The blocks ``children`` of ``parent`` (whose path and ``/`` is ``scope``, the part's prefix at the
        top), and theirs."""
        counters: dict[str, int] = {}
        top = parent is None or isinstance(parent, Section)
        for block in children:
            if top and isinstance(block, Paragraph) and block.num:
                name = f"{self.part}para_{_label(block.num, 0)}"
            elif isinstance(block, Section):
                name = (
                    f"{self.part}sec_{_label(block.num, 0)}" if block.num else f"{scope}head_{_next(counters, 'head')}"
                )
            elif isinstance(block, Resolution):
                self.resolutions += 1
                name = f"{self.part}res_{self.resolutions}"
            elif isinstance(block, Item):
                name = f"{scope}item_{_label(block.label, _next(counters, 'item'))}"
            else:
                kind = _KINDS.get(type(block)) or type(block).__name__.lower()
                name = f"{scope}{kind}_{_next(counters, kind)}"
            path = _unique(name, self.used)
            yield PlacedBlock(block, parent, path, depth)
            yield from self.inside(block, path, depth + 1)

    def inside(self, block: Block, path: str, depth: int) -> Iterator[PlacedBlock]:
        """The blocks ``block`` holds: a resolution's clauses, or any other block's children."""
        if isinstance(block, Resolution):
            yield from self.clauses(block.preamble, "preamble", block, path, depth)
            yield from self.clauses(block.operative, "clause", block, path, depth)
        else:
            yield from self.scope(getattr(block, "children", ()), block, f"{path}/", depth)

    def clauses(
        self, clauses: tuple[Block, ...], kind: str, resolution: Resolution, path: str, depth: int
    ) -> Iterator[PlacedBlock]:
        """A resolution's preamble (``preamble_1`` …) or operative part (``clause_<number>``, else by
        position)."""
        for number, clause in enumerate(clauses, 1):
            label = clause.num if kind == "clause" and isinstance(clause, Clause) else None
            clause_path = _unique(f"{path}/{kind}_{_label(label, number)}", self.used)
            yield PlacedBlock(clause, resolution, clause_path, depth)
            yield from self.inside(clause, clause_path, depth + 1)


_KINDS: dict[type, str] = {Paragraph: "text"}
"""The name of a kind of block counted by position where it is not its class's name."""


def _next(counters: dict[str, int], key: str) -> int:
    counters[key] = counters.get(key, 0) + 1
    return counters[key]
