"""Gold facts: how much of what documents say iomparse reads.

A gold file (``<name>.gold.json``, format described in ``tests/corpus/README.md``) states the facts a
perfect reader of one document would extract: its header (kind, symbol, date, session, organ, title …), its
sections, numbered paragraphs, list items, footnotes, citations, resolutions, tables, contents and annexes.
The document may come as several texts (the extractions of one PDF); each is parsed and checked against
the same facts, one fact at a time. A list of facts also counts as a fact its length, so that a structure
the parser invents (a heading, an annex) costs as much as one it misses.

``python -m iomparse.scoring FOLDER …`` prints the facts held per document, per shape of document, per
kind of fact and per form of text, and with ``--missed`` every fact missed and what was found instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from attrs import frozen

from . import paths
from .model import (
    Annex,
    Block,
    Contents,
    ContentsEntry,
    DocRef,
    Document,
    Footnote,
    Item,
    Meta,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Section,
    Table,
    inline_text,
    iter_blocks,
)

#: The kinds of fact, in the order the tables show them.
FACT_KINDS = (
    "kind",
    "symbol",
    "date",
    "session",
    "organ",
    "title",
    "header",
    "sections",
    "paragraphs",
    "items",
    "footnotes",
    "references",
    "resolutions",
    "tables",
    "contents",
    "annexes",
)

#: The forms a text of a document can come in, by the end of its file name.
FORMS = (
    (".layout.txt", "pdftotext -layout"),
    (".plain.txt", "pdftotext"),
    (".raw.txt", "pdftotext"),
    (".pdfminer.txt", "pdfminer"),
)


@frozen
class Fact:
    """One fact of a gold file checked against a parse: what it is, whether it holds, what was expected and
    what was found."""

    kind: str
    name: str
    held: bool
    expected: Any = None
    found: Any = None


@frozen
class Scored:
    """The facts of one text of a gold document."""

    gold: str  # the gold file
    text: str  # the text file
    shape: str
    form: str
    facts: tuple[Fact, ...]

    @property
    def held(self) -> int:
        return sum(fact.held for fact in self.facts)


# --------------------------------------------------------------------------------------------------
# Comparing text

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰ"  # note markers, digits and the letters of tables' notes


def norm(text: str | None) -> str | None:
    """Text as gold files compare it: without markup asterisks and underscores, quotes and dashes of one kind,
    whitespace collapsed."""
    if text is None:
        return None
    text = text.translate(_QUOTES).replace("*", "").replace("_", " ")
    return " ".join(text.split())


def _label(text: str | None) -> str | None:
    """A label or number as gold files write it: no final full stop, no inner spaces doubled."""
    if text is None:
        return None
    return " ".join(text.split()).rstrip(".").strip()


def _row_label(text: str) -> str:
    """A table row's label without the note markers that end it (``Holy Seeᵃ,ᵇ``, ``Belgium*``)."""
    return _MARKS_AT_END.sub("", norm(text) or "").rstrip(_SUPERSCRIPTS + "* ").strip()


_MARKS_AT_END = re.compile(f"[{_SUPERSCRIPTS}]+(?:,[{_SUPERSCRIPTS}]+)+$")  # two markers or more, commas between


def matched(expected: Sequence[Any], found: Sequence[Any]) -> list[bool]:
    """For each expected element, whether it is matched by ``found`` in order (longest common subsequence
    by difflib's blocks)."""
    held = [False] * len(expected)
    for block in SequenceMatcher(None, list(expected), list(found), autojunk=False).get_matching_blocks():
        for offset in range(block.size):
            held[block.a + offset] = True
    return held


# --------------------------------------------------------------------------------------------------
# Header facts


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _bare_subtitle(text: str | None) -> str | None:
    """A subtitle compared without its parentheses."""
    return (norm(text) or "").strip("()") or None


def _header(meta: Meta, facts: dict[str, Any]) -> Iterator[Fact]:
    simple: dict[str, tuple[str, Callable[[], Any], Callable[[Any], Any]]] = {
        "kind": ("kind", lambda: meta.kind, lambda v: v),
        "symbol": ("symbol", lambda: str(meta.symbol) if meta.symbol else None, lambda v: v),
        "date": ("date", lambda: _iso(meta.date), lambda v: v),
        "organ": ("organ", lambda: norm(meta.organ.upper()) if meta.organ else None, lambda v: norm(v.upper())),
        "title": ("title", lambda: norm(meta.title), norm),
        "subtitle": ("title", lambda: _bare_subtitle(meta.subtitle), _bare_subtitle),
        "speaker": ("header", lambda: norm(meta.speaker), norm),
        "original_language": ("header", lambda: meta.original_language, lambda v: v),
        "place": ("header", lambda: norm(meta.place), norm),
        "rapporteur": ("header", lambda: norm(meta.rapporteur), norm),
    }
    for key, (kind, found, expected) in simple.items():
        if key in facts:
            want, got = (None if facts[key] is None else expected(facts[key])), found()
            yield Fact(kind, key, want == got, want, got)
    if "session" in facts:
        want = facts["session"]
        got = {"number": meta.session.number, "special": meta.session.special} if meta.session else None
        yield Fact("session", "session", want == got, want, got)
    if "meeting" in facts:
        got = {"start": _iso(meta.meeting.start), "end": _iso(meta.meeting.end)} if meta.meeting else None
        yield Fact("header", "meeting", facts["meeting"] == got, facts["meeting"], got)
    for symbol in facts.get("other_symbols", ()):
        others = [str(s) for s in getattr(meta, "other_symbols", ())]
        yield Fact("symbol", f"other symbol {symbol}", symbol in others, symbol, others)
    notes = [norm(note) or "" for note in meta.notes]
    for words in facts.get("cover_notes", ()):
        start = norm(words) or ""
        yield Fact("header", f"cover note {start!r}", any(note.startswith(start) for note in notes), start, notes)
    if "approval" in facts:
        want = facts["approval"]
        got = None
        if meta.approval is not None:
            got = {"resolution": meta.approval.numbers[0] if meta.approval.numbers else None}
            got["date"] = _iso(meta.approval.date)
        yield Fact(
            "header", "approval", got == {"resolution": want.get("resolution"), "date": want.get("date")}, want, got
        )


# --------------------------------------------------------------------------------------------------
# Structure facts of one part (the body, or an annex)


def _ranges(text: str) -> list[str]:
    """``"1-8, 9 bis, 10-12"`` → ``["1", …, "8", "9 bis", "10", "11", "12"]``."""
    numbers: list[str] = []
    for piece in filter(None, (p.strip() for p in text.split(","))):
        span = re.fullmatch(r"(\d+)\s*-\s*(\d+)", piece)
        if span:
            numbers += [str(n) for n in range(int(span.group(1)), int(span.group(2)) + 1)]
        else:
            numbers.append(" ".join(piece.split()))
    return numbers


def _count(kind: str, what: str, expected: int, found: int) -> Fact:
    return Fact(kind, f"number of {what}", expected == found, expected, found)


def _listed(kind: str, what: str, expected: list[Any], found: list[Any]) -> Iterator[Fact]:
    for value, held in zip(expected, matched(expected, found), strict=True):
        yield Fact(kind, f"{what} {value}", held, value, None if held else "not found in order")


def _sections(part: tuple[Block, ...], expected: list[dict[str, Any]]) -> Iterator[Fact]:
    def flat_gold(entries: list[dict[str, Any]], depth: int) -> Iterator[tuple[int, str | None, str | None]]:
        for entry in entries:
            yield depth, _label(entry.get("num")), norm(entry.get("heading"))
            yield from flat_gold(entry.get("subsections", []), depth + 1)

    def flat_found(blocks: Iterable[Block], depth: int) -> Iterator[tuple[int, str | None, str | None]]:
        for block in blocks:
            if isinstance(block, Section):
                yield depth, _label(block.num), norm(inline_text(block.heading))
                yield from flat_found(block.children, depth + 1)

    want, got = list(flat_gold(expected, 1)), list(flat_found(part, 1))
    unworded = {(depth, num) for depth, num, heading in want if heading is None and num is not None}
    got = [(depth, num, None if (depth, num) in unworded else heading) for depth, num, heading in got]
    yield _count("sections", "headings", len(want), len(got))
    for entry, held in zip(want, matched(want, got), strict=True):
        yield Fact("sections", f"heading {entry}", held, entry, None if held else got)


def _numbered(part: tuple[Block, ...]) -> list[str]:
    return [" ".join(b.num.split()) for b in iter_blocks(part) if isinstance(b, Paragraph) and b.num is not None]


def _item_labels(items: Iterable[Any], depth: int = 1) -> Iterator[tuple[int, str]]:
    for item in items:
        if isinstance(item, Item):
            yield depth, item.label or "•"
            yield from _item_labels(item.children, depth + 1)


def _gold_labels(entries: list[Any], depth: int = 1) -> Iterator[tuple[int, str]]:
    for entry in entries:
        if isinstance(entry, dict):
            yield depth, entry["label"]
            yield from _gold_labels(entry.get("children", []), depth + 1)
        else:
            yield depth, entry


def gold_paths(document: Document) -> dict[str, str]:
    """iomparse's path of each block whose path the gold format writes otherwise, and the gold's path for it.

    The gold format names every unnumbered paragraph of a body (or an annex) ``text_N``, counting them all in
    order, whatever section holds them; iomparse counts them within their section (``sec_II/text_1``) and
    puts the unnumbered paragraphs that a numbered paragraph introduces in a quote under it
    (``para_2/quote_1/text_1``). The two name the same blocks: each such paragraph (and every block under it)
    is given its gold path here; the others keep theirs."""
    renamed: dict[str, str] = {}
    counters: dict[str, int] = {}
    parents: dict[int, Block | None] = {}
    for block, parent, path, _ in paths.blocks(document):
        parents[id(block)] = parent
        if not isinstance(block, Paragraph) or block.num is not None or not _gold_counted(block, parent, parents):
            continue
        part = path[: path.index("/") + 1] if path.startswith("annex_") else ""
        counters[part] = counters.get(part, 0) + 1
        renamed[path] = f"{part}text_{counters[part]}"
    if all(old == new for old, new in renamed.items()):
        return {}
    result: dict[str, str] = {}
    for path, _ in paths.walk(document):
        heads = [path[:end] for end in range(len(path), 0, -1) if end == len(path) or path[end] == "/"]
        head = next((head for head in heads if head in renamed), None)
        if head is not None and renamed[head] != head:
            result[path] = renamed[head] + path[len(head) :]
    return result


def _gold_counted(block: Paragraph, parent: Block | None, parents: dict[int, Block | None]) -> bool:
    """Whether the gold format counts the unnumbered paragraph ``block`` as a body's ``text_N``: it stands
    in the body or a section, or in a quote a paragraph of the body or a section introduces."""
    if parent is None or isinstance(parent, Section):
        return True
    if not isinstance(parent, Quote):
        return False
    holder = parents.get(id(parent))
    return isinstance(holder, Paragraph) and isinstance(parents.get(id(holder)), Section | type(None))


def _items(document: Document, prefix: str, expected: dict[str, list[Any]], renamed: dict[str, str]) -> Iterator[Fact]:
    ours = {gold: path for path, gold in renamed.items()}
    for path, labels in expected.items():
        full = path if path.startswith("annex_") else prefix + path
        block = paths.find(document, ours.get(full, full))
        children = getattr(block, "children", ()) if block is not None else ()
        want, got = list(_gold_labels(labels)), list(_item_labels(children))
        for entry, held in zip(want, matched(want, got), strict=True):
            yield Fact("items", f"{full} item {entry[1]}", held, entry, None if held else got)


def _resolutions(part: tuple[Block, ...], expected: list[dict[str, Any]], issued: str | None) -> Iterator[Fact]:
    """The facts of each resolution; ``issued``: the symbol of a document that is one resolution, which is
    that resolution's (its header is the document's: the resolution has none of its own)."""
    found = [b for b in iter_blocks(part) if isinstance(b, Resolution)]
    yield _count("resolutions", "resolutions", len(expected), len(found))
    for index, want in enumerate(expected):
        resolution = _resolution_for(found, want, index)
        for key, value in want.items():
            got = _resolution_fact(resolution, key) if resolution is not None else None
            if key == "symbol" and got is None and resolution is not None and len(found) == 1:
                got = issued
            wanted = norm(value) if key == "title" else value
            yield Fact("resolutions", f"resolution {index + 1} {key}", got == wanted, wanted, got)


def _resolution_for(found: list[Resolution], want: dict[str, Any], index: int) -> Resolution | None:
    if want.get("number") is not None:
        return next((r for r in found if r.number == want["number"]), None)
    return found[index] if index < len(found) else None


def _resolution_fact(resolution: Resolution, key: str) -> Any:
    if key == "adopted":
        adoption = resolution.adoption
        if adoption is None:
            return None
        found = {"meeting": adoption.meeting, "date": _iso(adoption.date), "session": adoption.session}
        return {k: v for k, v in found.items() if v is not None}
    values: dict[str, Callable[[], Any]] = {
        "number": lambda: resolution.number,
        "session": lambda: resolution.session.number if resolution.session else None,
        "draft": lambda: resolution.draft,
        "title": lambda: norm(resolution.title),
        "preamble": lambda: len(resolution.preamble),
        "operative": lambda: len(resolution.operative),
        "operative_formula": lambda: resolution.operative_formula,
        "symbol": lambda: str(resolution.header.symbol) if resolution.header and resolution.header.symbol else None,
    }
    return values[key]() if key in values else f"no such fact: {key}"


def _tables(part: tuple[Block, ...], expected: list[dict[str, Any]]) -> Iterator[Fact]:
    found = [b for b in iter_blocks(part) if isinstance(b, Table)]
    yield _count("tables", "tables", len(expected), len(found))
    for index, (want, table) in enumerate(zip(expected, _paired_tables(expected, found), strict=True)):
        yield from _table_facts(index, want, table)


def _table_facts(index: int, want: dict[str, Any], table: Table | None) -> Iterator[Fact]:
    """The facts of the ``index``-th table of the gold file, checked against ``table``."""
    if "caption" in want:
        got = norm(table.caption) if table else None
        yield Fact("tables", f"table {index + 1} caption", got == norm(want["caption"]), want["caption"], got)
    rows = [_row_label(r) for r in want.get("rows", [])]
    labels = [_row_label(cells[0]) for cells in table.cells if cells and cells[0].strip()] if table else []
    for row, held in zip(rows, matched(rows, labels), strict=True):
        yield Fact("tables", f"table {index + 1} row {row!r}", held, row, None if held else labels)


def _paired_tables(expected: list[dict[str, Any]], found: list[Table]) -> list[Table | None]:
    """For each table of the gold file, the table read that stands for it: the pairing, in order, that holds
    the most facts. A table missed (or one invented) so costs its own facts and the count, not those of every
    table after it, as pairing by position would; rows are matched in order the same way (`matched`)."""
    held = [[sum(fact.held for fact in _table_facts(0, want, table)) for table in found] for want in expected]
    best = [[0] * (len(found) + 1) for _ in range(len(expected) + 1)]
    for i in range(len(expected) - 1, -1, -1):
        for j in range(len(found) - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], held[i][j] + best[i + 1][j + 1])
    pairs: list[Table | None] = []
    i = j = 0
    while i < len(expected):
        if j < len(found) and held[i][j] and best[i][j] == held[i][j] + best[i + 1][j + 1]:
            pairs.append(found[j])
            i, j = i + 1, j + 1
        elif j < len(found) and best[i][j] == best[i][j + 1]:
            j += 1
        else:
            pairs.append(None)
            i += 1
    return pairs


def _contents(part: tuple[Block, ...], expected: list[dict[str, Any]]) -> Iterator[Fact]:
    def flat_gold(entries: list[dict[str, Any]], depth: int) -> Iterator[tuple[int, str | None, str | None]]:
        for entry in entries:
            yield depth, norm(entry["title"]), entry.get("page")
            yield from flat_gold(entry.get("children", []), depth + 1)

    def flat_found(entries: Iterable[ContentsEntry], depth: int) -> Iterator[tuple[int, str | None, str | None]]:
        for entry in entries:
            yield depth, norm(entry.title), entry.page
            yield from flat_found(entry.children, depth + 1)

    want = list(flat_gold(expected, 1))
    got = [
        entry for block in iter_blocks(part) if isinstance(block, Contents) for entry in flat_found(block.entries, 1)
    ]
    for entry, held in zip(want, matched(want, got), strict=True):
        yield Fact("contents", f"contents entry {entry}", held, entry, None if held else got)


def _part(
    document: Document, part: tuple[Block, ...], prefix: str, facts: dict[str, Any], renamed: dict[str, str]
) -> Iterator[Fact]:
    """The structure facts of the body (``prefix`` empty) or of an annex (``annex_N/``); ``renamed`` maps
    iomparse's paths to the gold's (`gold_paths`)."""
    if "sections" in facts:
        yield from _sections(part, facts["sections"])
    if "paragraphs" in facts:
        want, got = _ranges(facts["paragraphs"]), _numbered(part)
        yield _count("paragraphs", "numbered paragraphs", len(want), len(got))
        yield from _listed("paragraphs", "paragraph", want, got)
    yield from _items(document, prefix, facts.get("items", {}), renamed)
    if "resolutions" in facts:
        one = document.meta.symbol if not prefix and document.meta.kind == "resolution" else None
        yield from _resolutions(part, facts["resolutions"], str(one) if one else None)
    if "tables" in facts:
        yield from _tables(part, facts["tables"])
    if "contents" in facts:
        yield from _contents(part, facts["contents"])


# --------------------------------------------------------------------------------------------------
# Document-wide facts: footnotes, references, annexes


def _footnotes(
    document: Document, expected: list[tuple[str, dict[str, Any]]], renamed: dict[str, str]
) -> Iterator[Fact]:
    notes = [norm(note) or "" for note in document.meta.notes]
    cover_notes = sum(_read_as_cover_note(document, want, notes) for _, want in expected)
    title_notes = sum(_title_note_unlisted(document, f, expected, notes) for f in document.footnotes)
    yield _count("footnotes", "footnotes", len(expected) - cover_notes, len(document.footnotes) - title_notes)
    unused = list(document.footnotes)
    for prefix, want in expected:
        marker, start = str(want["marker"]), norm(want["starts"]) or ""
        footnote = next((f for f in unused if f.marker == marker and _starts(f, start)), None)
        if footnote is None and marker == "*":  # a title's note is a cover note
            held = any(note.startswith(start) for note in notes)
            yield Fact("footnotes", f"footnote {marker} text", held, start, notes)
            continue
        got = [(f.marker, _text(f)[:40]) for f in unused if f.marker == marker]
        yield Fact("footnotes", f"footnote {marker} text", footnote is not None, start, None if footnote else got)
        if footnote is not None:
            unused.remove(footnote)
        if want.get("anchor") is not None:
            yield _anchor_fact(marker, want["anchor"], prefix, footnote, renamed)


def _read_as_cover_note(document: Document, want: dict[str, Any], notes: list[str]) -> bool:
    """Whether a gold footnote is a title's note (marked ``*``) that iomparse reads as the cover's note, and
    not as a footnote: no footnote of the document is it."""
    start = norm(want["starts"]) or ""
    return (
        str(want["marker"]) == "*"
        and not any(f.marker == "*" and _starts(f, start) for f in document.footnotes)
        and any(note.startswith(start) for note in notes)
    )


def _title_note_unlisted(
    document: Document, footnote: Footnote, expected: list[tuple[str, dict[str, Any]]], notes: list[str]
) -> bool:
    """Whether a footnote is the title's note, which iomparse reads as the cover's note too, where the gold
    lists it among the cover notes only (writers differ: see `_read_as_cover_note`)."""
    marker = document.meta.title_note_marker
    return (
        marker is not None
        and footnote.marker == marker
        and bool(_text(footnote))
        and any(note.lower().startswith(_text(footnote)[:40].lower()) for note in notes)
        and not any(str(want["marker"]) == marker for _, want in expected)
    )


def _anchor_fact(marker: str, anchor: str, prefix: str, footnote: Footnote | None, renamed: dict[str, str]) -> Fact:
    full = anchor if anchor.startswith("annex_") or not prefix else prefix + anchor
    got = renamed.get(footnote.anchor, footnote.anchor) if footnote and footnote.anchor else None
    return Fact("footnotes", f"footnote {marker} anchor", got == full, full, got)


def _text(footnote: Footnote) -> str:
    return norm(inline_text(footnote.content)) or ""


def _starts(footnote: Footnote, start: str) -> bool:
    return _text(footnote).lower().startswith(start.lower())


def _references(document: Document, expected: dict[str, list[Any]]) -> Iterator[Fact]:
    cited = document.references
    symbols = {str(r.ref.symbol) for r in cited if isinstance(r.ref, DocRef) and not r.ref.own}
    numbers = {n for r in cited if isinstance(r.ref, ResolutionRef) for n in r.ref.numbers}
    if document.meta.approval is not None:
        numbers.update(document.meta.approval.numbers)
    for symbol in expected.get("documents", []):
        yield Fact("references", f"cites {symbol}", symbol in symbols, symbol, None)
    for number in expected.get("resolutions", []):
        yield Fact("references", f"cites resolution {number}", number in numbers, number, None)


def _annexes(document: Document, expected: list[dict[str, Any]], renamed: dict[str, str]) -> Iterator[Fact]:
    yield _count("annexes", "annexes", len(expected), len(document.annexes))
    for index, want in enumerate(expected):
        annex = document.annexes[index] if index < len(document.annexes) else None
        readers: tuple[tuple[str, Callable[[Annex], str | None]], ...] = (
            ("label", lambda a: (norm(a.label) or "").lower() or None),
            ("symbol", lambda a: str(a.meta.symbol) if a.meta.symbol else None),
            ("title", lambda a: norm(a.meta.title)),
        )
        for key, found in readers:
            if want.get(key) is not None:
                value = want[key] if key == "symbol" else norm(want[key])
                value = value.lower() if key == "label" and value else value
                got = found(annex) if annex is not None else None
                yield Fact("annexes", f"annex {index + 1} {key}", got == value, value, got)
        part = annex.body if annex is not None else ()
        yield from _part(document, part, f"annex_{index + 1}/", want, renamed)


def check(document: Document, facts: dict[str, Any]) -> list[Fact]:
    """Every fact of a gold file's ``facts`` checked against ``document``."""
    found = list(_header(document.meta, facts))
    renamed = gold_paths(document)
    found += _part(document, document.body, "", facts, renamed)
    annexes = facts.get("annexes")
    if annexes is not None:
        found += _annexes(document, annexes, renamed)
    notes = [("", note) for note in facts.get("footnotes", [])]
    notes += [(f"annex_{i}/", note) for i, annex in enumerate(annexes or [], 1) for note in annex.get("footnotes", [])]
    if "footnotes" in facts:
        found += _footnotes(document, notes, renamed)
    references: dict[str, list[Any]] = {"documents": [], "resolutions": []}
    for source in (facts, *(annexes or [])):
        for key, cited in references.items():
            cited += [v for v in source.get("references", {}).get(key, []) if v not in cited]
    if "references" in facts:
        found += _references(document, references)
    return found


# --------------------------------------------------------------------------------------------------
# Gold files and the corpus


def form_of(text: Path, gold: dict[str, Any]) -> str:
    """The form of a text: from its file name for a PDF's extractions, else as the gold file says."""
    for suffix, form in FORMS:
        if text.name.endswith(suffix):
            return form
    return str(gold.get("form", "converter"))


def score_gold(path: Path, parse: Callable[[str], Document], *, pdf: bool = False) -> list[Scored]:
    """Each text of one gold file, parsed and checked; with ``pdf``, also the document's PDF beside it or
    beside one of its texts (``<name>.pdf``), read directly (`iomparse.parse_pdf`: form ``pdf``)."""
    gold = json.loads(path.read_text("utf-8"))
    scored = []
    for name in gold["texts"]:
        text = (path.parent / name).resolve()
        document = parse(text.read_text("utf-8"))
        facts = tuple(check(document, gold["facts"]))
        scored.append(Scored(str(path), str(text), gold.get("shape", "?"), form_of(text, gold), facts))
    if not pdf:
        return scored
    stem = path.name.removesuffix(".gold.json")
    beside = [path.parent / f"{stem}.pdf"] + [(path.parent / name).parent / f"{stem}.pdf" for name in gold["texts"]]
    source = next((candidate for candidate in beside if candidate.exists()), None)  # (a sample's is beside its text)
    if source is not None:
        from .pdf import parse_pdf

        facts = tuple(check(parse_pdf(source), gold["facts"]))
        scored.append(Scored(str(path), str(source.resolve()), gold.get("shape", "?"), "pdf", facts))
    return scored


def gold_files(folders: Iterable[Path]) -> list[Path]:
    return sorted(p for folder in folders for p in Path(folder).rglob("*.gold.json"))


def score(
    folders: Iterable[Path], parse: Callable[[str], Document] | None = None, *, pdf: bool = False
) -> list[Scored]:
    """Every text of every gold file under ``folders`` (with ``pdf``, their PDFs too: see `score_gold`)."""
    if parse is None:
        from .parser import parse as parse_text

        parse = parse_text
    return [scored for path in gold_files(folders) for scored in score_gold(path, parse, pdf=pdf)]


def _percent(held: int, total: int) -> str:
    return f"{100 * held / total:.1f}%" if total else "—"


def table(results: list[Scored], key: Callable[[Scored, Fact], str], title: str, order: Sequence[str] = ()) -> str:
    """A Markdown table of facts held, grouped by ``key``."""
    held: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for result in results:
        for fact in result.facts:
            group = key(result, fact)
            total[group] += 1
            held[group] += fact.held
    groups = [g for g in order if g in total] + sorted(g for g in total if g not in order)
    width = max([len(title), *map(len, groups)])
    rows = [f"| {title:<{width}} | held | facts | score |", f"|{'-' * (width + 2)}|-----:|------:|------:|"]
    rows += [f"| {g:<{width}} | {held[g]:>4} | {total[g]:>5} | {_percent(held[g], total[g]):>6} |" for g in groups]
    all_held, all_total = sum(held.values()), sum(total.values())
    rows.append(f"| {'all':<{width}} | {all_held:>4} | {all_total:>5} | {_percent(all_held, all_total):>6} |")
    return "\n".join(rows)


def report(results: list[Scored], *, missed: bool = False) -> str:
    """The corpus score as Markdown: per document, shape, kind of fact and form of text."""
    parts = [
        table(results, lambda r, f: Path(r.text).name, "text"),
        table(results, lambda r, f: r.shape, "shape"),
        table(results, lambda r, f: f.kind, "fact kind", FACT_KINDS),
        table(results, lambda r, f: r.form, "form"),
    ]
    if missed:
        lines = [
            f"{Path(r.text).name}: [{f.kind}] {f.name}: expected {f.expected!r}, found {f.found!r}"
            for r in results
            for f in r.facts
            if not f.held
        ]
        parts.append("Missed facts\n\n" + "\n".join(lines))
    return "\n\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m iomparse.scoring FOLDER …``: the score of iomparse on the gold files under the folders."""
    parser = argparse.ArgumentParser(prog="python -m iomparse.scoring", description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders searched for *.gold.json files")
    parser.add_argument("--missed", action="store_true", help="list every fact missed, with what was found")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the facts checked as JSON")
    parser.add_argument("--pdf", action="store_true", help="also read each document's PDF directly (pdf extra)")
    args = parser.parse_args(argv)
    results = score(args.folders, pdf=args.pdf)
    if not results:
        print("no gold files found", file=sys.stderr)
        return 2
    sys.stdout.write(report(results, missed=args.missed))
    if args.json:
        data = [
            {"text": r.text, "shape": r.shape, "form": r.form, "facts": [[f.kind, f.name, f.held] for f in r.facts]}
            for r in results
        ]
        args.json.write_text(json.dumps(data, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
