"""Citations: what each points to, as one normalized key a citation graph can join on, and where it stands."""

from __future__ import annotations

import re
from collections.abc import Iterable

from attrs import frozen

from .model import (
    Citation,
    ConstitutionRef,
    DocRef,
    Document,
    Emphasis,
    Inline,
    Resolution,
    ResolutionRef,
    Strong,
    Table,
    UNRef,
    inline_text,
)
from .paths import blocks, citations_in, footnote_paths, own_runs, parts

_UN_RESOLUTION = re.compile(r"\b(\d{1,3})/(\d{1,4})\b")
_UN_SYMBOL = re.compile(r"\b[A-Z]{1,2}/(?:RES/)?[0-9A-Z./-]+")


def targets(citation: Citation) -> tuple[str, ...]:
    """The keys of what ``citation`` cites: a document's symbol as printed, suffixes included (``MC/1842``,
    ``C/106/54/Rev.1``; none for the document's own symbol); an IOM resolution, ``RES/923`` (one key each
    for ``Resolutions Nos. 1310 and 1311``); a United Nations resolution, ``A/RES/73/195`` (``resolution
    73/195``, which these documents use for the General Assembly's, or its symbol as printed); an article of
    the IOM Constitution, ``CONSTITUTION/4``. Dates and sessions cite no text: none."""
    if isinstance(citation, DocRef):
        return () if citation.own else (str(citation.symbol),)
    if isinstance(citation, ResolutionRef):
        return tuple(f"RES/{number}" for number in citation.numbers)
    if isinstance(citation, UNRef):
        symbol = _UN_SYMBOL.search(citation.text)
        if symbol:
            return (symbol.group(),)
        number = _UN_RESOLUTION.search(citation.text)
        return (f"A/RES/{number[1]}/{number[2]}",) if number else ()
    if isinstance(citation, ConstitutionRef):
        return (f"CONSTITUTION/{citation.article}",)
    return ()


@frozen
class Cited:
    """A citation met in a document: ``source`` is the id of the unit citing (a block's or footnote's id, a row
    ``…/table_1/row_3``, ``cover_note_1``, ``meta.title``; an annex's prefixed ``annex_1/``), ``target`` the
    key of what it cites (`targets`) and ``kind`` what that is (`KINDS`); ``text`` the words as printed, and
    ``start`` and ``end`` their offsets in the unit's plain text (`iomparse.text_of`, a record's ``text``, the
    note or title as written), ``None`` where markup kept them from being found there."""

    source: str
    target: str
    kind: str
    text: str
    start: int | None
    end: int | None


KINDS = ("document", "resolution", "un-resolution", "constitution")
"""What a citation's target is: an IOM document (by symbol), an IOM resolution, a UN resolution, an article of
the IOM Constitution."""

_KIND: dict[type, str] = {
    DocRef: "document",
    ResolutionRef: "resolution",
    UNRef: "un-resolution",
    ConstitutionRef: "constitution",
}
_CITED = (DocRef, ResolutionRef, UNRef, ConstitutionRef)


def cited(document: Document) -> tuple[Cited, ...]:
    """Every citation in ``document``, in order: for the document and then each annex, its title and subtitle,
    its cover notes, its blocks (resolutions' titles, tables' captions and rows included); the footnotes last.
    A document's citations of its own symbol are left out."""
    own = str(document.meta.symbol) if document.meta.symbol else None
    found: list[Cited] = []
    for prefix, meta, placed in parts(document):
        for name, value in (("meta.title", meta.title), ("meta.subtitle", meta.subtitle)):
            if value:
                found += _in_string(f"{prefix}{name}", value)
        for number, note in enumerate(meta.notes, 1):
            found += _in_string(f"{prefix}cover_note_{number}", note)
        for path, block in placed:
            if isinstance(block, Resolution) and block.title:
                found += _in_string(path, block.title)
            elif isinstance(block, Table):
                found += _in_string(path, block.caption) if block.caption else []
                for row, cells in enumerate(block.cells, 1):
                    found += _in_string(f"{path}/row_{row}", "\t".join(cells))
            else:
                found += _in_runs(path, own_runs(block))
    for path, footnote in footnote_paths(document):
        found += _in_runs(path, footnote.content)
    return tuple(c for c in found if c.target != own)


def _in_runs(source: str, runs: tuple[Inline, ...], offset: int = 0) -> list[Cited]:
    """The citations among inline runs, their offsets counted in the runs' plain text from ``offset``."""
    found: list[Cited] = []
    for run in runs:
        length = len(inline_text((run,)))
        if isinstance(run, Strong | Emphasis):
            found += _in_runs(source, run.children, offset)
        elif isinstance(run, _CITED):
            kind = next(name for cls, name in _KIND.items() if isinstance(run, cls))
            found += [Cited(source, key, kind, run.text, offset, offset + length) for key in targets(run)]
        offset += length
    return found


def _in_string(source: str, text: str) -> list[Cited]:
    """The citations in a string as written (a title, a cover note, a row), found by the inline reader and
    placed by searching for their words."""
    from .inline import parse_inline  # the inline reader builds this model's runs: imported on use

    found: list[Cited] = []
    position = 0
    for citation in citations_in(parse_inline(text)):
        keys = targets(citation)
        at = text.find(citation.text, position) if keys else -1
        start, end = (at, at + len(citation.text)) if at >= 0 else (None, None)
        position = end or position
        kind = _KIND.get(type(citation), "document")
        found += [Cited(source, key, kind, citation.text, start, end) for key in keys]
    return found


@frozen
class Edge:
    """One citation as an edge of a corpus's graph: from the unit ``source`` of the document
    ``source_document`` (`Document.id`) to ``target`` (a key, `targets`), with its ``kind``, ``text`` and
    offsets (`Cited`); ``target_document`` is the id of the document among those given that it cites (by
    symbol, or for ``RES/923`` the one holding Resolution No. 923), ``None`` when none of them is."""

    source_document: str
    source: str
    target: str
    target_document: str | None
    kind: str
    text: str
    start: int | None
    end: int | None


def citation_graph(documents: Iterable[Document]) -> list[Edge]:
    """The edges of every citation in ``documents``, each target resolved to one of them where it can be
    (`Holders`): an edge table for networkx (``nx.from_edgelist((e.source_document, e.target_document) …)``),
    pandas or DuckDB."""
    documents = list(documents)
    facts = [(document.id, document.language) for document in documents]  # (each reads the text: once)
    holders = Holders()
    for document, (identity, language) in zip(documents, facts, strict=True):
        holders.add(identity, language, held_keys(document))
    edges: list[Edge] = []
    for document, (identity, language) in zip(documents, facts, strict=True):
        edges += [
            Edge(identity, c.source, c.target, holders.resolve(c.target, language), c.kind, c.text, c.start, c.end)
            for c in cited(document)
        ]
    return edges


def held_keys(document: Document) -> list[str]:
    """The keys a document answers to as a citation's target: its symbols, and ``RES/<n>`` for each
    resolution it holds with a number."""
    meta = document.meta
    keys = [str(symbol) for symbol in (meta.symbol, *meta.other_symbols) if symbol is not None]
    numbers = [p.block.number for p in blocks(document) if isinstance(p.block, Resolution)]
    return keys + [f"RES/{number}" for number in numbers if number is not None]


class Holders:
    """Which of a corpus's documents a citation's target is: by the keys each answers to (`held_keys`); where
    several do (a symbol's three language versions, a resolution printed in several documents), the first
    given in the citing document's language, else the first given."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[str, str | None]]] = {}

    def add(self, identity: str, language: str | None, keys: Iterable[str]) -> None:
        """Say that the document ``identity``, written in ``language``, answers to ``keys``."""
        for key in keys:
            self.by_key.setdefault(key, []).append((identity, language))

    def resolve(self, key: str, language: str | None) -> str | None:
        """The id of the document ``key`` names for a citation written in ``language``, or ``None``."""
        found = self.by_key.get(key)
        if not found:
            return None
        return next((identity for identity, written in found if written == language), found[0][0])
