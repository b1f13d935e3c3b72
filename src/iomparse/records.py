"""Flat records: one per unit a reader cites or a search index holds, ready for JSON Lines, DataFrames, Arrow.

`records` walks a document once and yields a `Record` for every paragraph, list item, resolution, clause,
heading, salutation, figure, text the parser could not place, table (its caption) and table row, contents
(its heading) and contents entry, and footnote (a quote holds no text of its own: its paragraphs' parent is
the block above it). Each record repeats what a row of a table needs to stand alone: the document's id, its
own id and its parent's, its section trail, its plain text and its text with markup, the footnotes its markers
call, what it cites, and its source lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
from attrs import frozen

from .citations import cited
from .codecs.text import inline_to_text
from .model import (
    Block,
    Clause,
    Contents,
    ContentsEntry,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Inline,
    Item,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    Salutation,
    Section,
    Span,
    Strong,
    Table,
    Unclassified,
    inline_text,
    text_of,
)
from .paths import blocks, footnote_paths, own_runs

KINDS = (
    "contents",
    "heading",
    "paragraph",
    "item",
    "resolution",
    "clause",
    "salutation",
    "figure",
    "unclassified",
    "table",
    "row",
    "entry",
    "footnote",
)
"""The kinds of record, in the order a document usually shows them."""


@frozen
class NoteText:
    """A footnote marker in a record's text and the footnote's plain text (``None`` when no footnote has it)."""

    marker: str
    text: str | None


@frozen
class Record:
    """One addressable unit of a document, flat.

    ``document`` is `Document.id`; ``id`` the unit's (a block's path, ``footnote_4``, a table's row
    ``sec_II/table_1/row_3``, counted in the table's cells, ``Table.cells``, a contents entry
    ``contents_1/entry_2``, counted through the contents) and ``parent`` the id of the record above it (a quote's
    paragraph: the block holding the quote; a nested entry: its entry; a footnote: the block holding its marker);
    ``kind`` one of `KINDS`; ``label`` its number or label as printed (``12``, ``(a)``, ``V.1``; a row's first cell,
    a contents entry's page, a footnote's marker); ``trail`` the headings of the sections above it, outermost first
    (``I INTRODUCTION``); ``text`` its plain text (`iomparse.text_of`; a table's caption, a contents' heading, a
    row's cells joined by tabs), ``markup`` the same with ``**bold**``, ``*italics*`` and superscript markers;
    ``notes`` the footnotes its markers call; ``citations`` the keys of what it cites (`iomparse.citations.targets`;
    a resolution's in its title, a row's in its cells); ``start`` and ``end`` its source lines, 1-based, and
    ``page`` the page it starts on (`Document.page_of`).
    """

    document: str
    id: str
    parent: str | None
    kind: str
    label: str | None
    trail: tuple[str, ...]
    text: str
    markup: str
    notes: tuple[NoteText, ...]
    citations: tuple[str, ...]
    start: int | None
    end: int | None
    page: int | None

    def as_dict(self) -> dict[str, Any]:
        """The record as a dict of plain values (``notes`` as dicts), as JSON writers and DataFrames take it."""
        return attrs.asdict(self)


def records(document: Document, *, document_id: str | None = None) -> Iterator[Record]:
    """Every unit of ``document`` as a `Record`, in document order, footnotes last; ``document_id`` is its
    `Document.id` where the caller has it already (it is computed from the text otherwise)."""
    walker = _Walker(document, document_id or document.id)
    yield from walker.blocks()
    yield from walker.footnotes()


_KIND_OF: dict[type, str] = {
    Section: "heading",
    Paragraph: "paragraph",
    Item: "item",
    Resolution: "resolution",
    Clause: "clause",
    Salutation: "salutation",
    Figure: "figure",
    Unclassified: "unclassified",
}


class _Walker:
    def __init__(self, document: Document, document_id: str) -> None:
        self.document = document
        self.doc_id = document_id
        self.by_marker: dict[str, list[Footnote]] = {}
        for footnote in document.footnotes:
            self.by_marker.setdefault(footnote.marker, []).append(footnote)
        self.trails: dict[str, tuple[str, ...]] = {}
        self.citations: dict[str, list[str]] = {}
        for citation in cited(document):
            self.citations.setdefault(citation.source, []).append(citation.target)

    def blocks(self) -> Iterator[Record]:
        trails: dict[int, tuple[str, ...]] = {}
        recorded: dict[int, str | None] = {}  # each block's id, or a quote's: the nearest above with a record
        for block, parent, path, _ in blocks(self.document):
            above = trails.get(id(parent), ()) if parent is not None else ()
            trails[id(block)] = (*above, _heading(block)) if isinstance(block, Section) else above
            self.trails[path] = above
            parent_path = recorded.get(id(parent)) if parent is not None else None
            recorded[id(block)] = parent_path if isinstance(block, Quote) else path
            if isinstance(block, Table):
                yield self.container(block, path, parent_path, above)
                yield from self.rows(block, path, above)
            elif isinstance(block, Contents):
                yield self.container(block, path, parent_path, above)
                yield from self.entries(block, path, above)
            elif not isinstance(block, Quote):
                yield self.record(block, path, parent_path, above)

    def container(self, block: Table | Contents, path: str, parent: str | None, trail: tuple[str, ...]) -> Record:
        """A table's record (its caption) or a contents' (its heading): what their rows or entries hang on."""
        kind, text = ("table", block.caption or "") if isinstance(block, Table) else ("contents", block.heading)
        keys = tuple(self.citations.get(path, ()))
        return Record(self.doc_id, path, parent, kind, None, trail, text, text, (), keys, *self.lines(block.span))

    def record(self, block: Block, path: str, parent: str | None, trail: tuple[str, ...]) -> Record:
        runs = own_runs(block)
        label = str(block.number) if isinstance(block, Resolution) and block.number is not None else None
        label = getattr(block, "num", None) or getattr(block, "label", None) or label
        return Record(
            self.doc_id,
            path,
            parent,
            _KIND_OF[type(block)],
            label,
            trail,
            text_of(block),
            inline_to_text(runs) if runs else text_of(block),
            self.notes(runs, path),
            tuple(self.citations.get(path, ())),
            *self.lines(getattr(block, "span", None)),
        )

    def rows(self, table: Table, path: str, trail: tuple[str, ...]) -> Iterator[Record]:
        lines = self.lines(table.span)
        for number, cells in enumerate(table.cells, 1):
            text = "\t".join(cells)
            label = cells[0] if cells and cells[0] else None
            row = f"{path}/row_{number}"
            keys = tuple(self.citations.get(row, ()))
            yield Record(self.doc_id, row, path, "row", label, trail, text, text, (), keys, *lines)

    def entries(self, contents: Contents, path: str, trail: tuple[str, ...]) -> Iterator[Record]:
        """A record an entry, numbered in order through the contents, a nested entry's parent its entry's."""
        lines = self.lines(contents.span)
        for number, (entry, holder) in enumerate(_flattened(contents.entries, 0), 1):
            record_id, parent = f"{path}/entry_{number}", f"{path}/entry_{holder}" if holder else path
            yield Record(
                self.doc_id, record_id, parent, "entry", entry.page, trail, entry.title, entry.title, (), (), *lines
            )

    def footnotes(self) -> Iterator[Record]:
        for path, footnote in footnote_paths(self.document):
            trail = self.trails.get(footnote.anchor or "", ())
            yield Record(
                self.doc_id,
                path,
                footnote.anchor,
                "footnote",
                footnote.marker,
                trail,
                text_of(footnote),
                inline_to_text(footnote.content),
                self.notes(footnote.content, path),
                tuple(self.citations.get(path, ())),
                *self.lines(footnote.span),
            )

    def lines(self, span: Span | None) -> tuple[int | None, int | None, int | None]:
        """A unit's first and last source lines and the page of the first (``None`` when unknown)."""
        if span is None:
            return None, None, None
        return span.start, span.end, self.document.page_of(span.start)

    def notes(self, runs: tuple[Inline, ...], path: str) -> tuple[NoteText, ...]:
        found = []
        for marker in _markers(runs):
            candidates = self.by_marker.get(marker, [])
            footnote = next((f for f in candidates if f.anchor == path), candidates[0] if candidates else None)
            found.append(NoteText(marker, inline_text(footnote.content) if footnote else None))
        return tuple(found)


def _heading(section: Section) -> str:
    heading = inline_text(section.heading)
    return f"{section.num} {heading}" if section.num else heading


def _markers(runs: tuple[Inline, ...]) -> Iterator[str]:
    for run in runs:
        if isinstance(run, NoteRef):
            yield run.marker
        elif isinstance(run, Strong | Emphasis):
            yield from _markers(run.children)


def _flattened(entries: tuple[ContentsEntry, ...], holder: int, start: int = 0) -> Iterator[tuple[ContentsEntry, int]]:
    """Each entry, in order, with the number of the entry it is nested under (0 for none); ``start`` is how
    many entries came before ``entries``."""
    number = start
    for entry in entries:
        number += 1
        yield entry, holder
        nested = list(_flattened(entry.children, number, number))
        yield from nested
        number += len(nested)
