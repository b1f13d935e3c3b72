"""Canonical plain text: a `Document` written back in the conventions the parser reads.

``parse(to_text(doc))`` gives back ``doc`` up to source spans and line numbers (the canonical text lays
blocks out one per line with blank lines between them, so every line number changes) and page furniture
(running headers are not written back). Footnote bodies are written after the main body, before the
annexes; their markers stay in the text, so they link back to the same blocks. A compilation of resolutions
is written as its resolutions, each under its own header block.
"""

from __future__ import annotations

from itertools import pairwise
from typing import cast

from attrs import evolve

from ..collector import collector_paused
from ..model import (
    Annex,
    Block,
    Clause,
    ConstitutionRef,
    Contents,
    ContentsEntry,
    DateRef,
    DocRef,
    Document,
    Emphasis,
    Figure,
    Inline,
    Item,
    Meta,
    NameList,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    SessionRef,
    Strong,
    Table,
    Text,
    Unclassified,
    UNRef,
)
from ..superscripts import SUPERSCRIPT_DIGITS
from ..symbols import numbers_apart

_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


@collector_paused()
def to_text(document: Document) -> str:
    """The canonical text of ``document``."""
    lines: list[str] = []
    compiled = bool(document.body) and isinstance(document.body[0], Resolution) and document.body[0].header
    if not compiled:  # a compilation's header is its first resolution's, written with that resolution
        meta = document.meta
        if meta.kind == "resolution" and document.body and meta.title == getattr(document.body[0], "title", None):
            meta = evolve(meta, title=None)  # the title of a resolution document is its resolution's
        lines += _header(meta)
    body, chart = document.body, cast(tuple[Block, ...], ())
    if not document.annexes:  # a chart ends the document: the footnotes go before it
        while body and isinstance(body[-1], Figure):
            body, chart = body[:-1], (body[-1], *chart)
    lines += _blocks(body)
    lines += [f"{f.marker.translate(_TO_SUPERSCRIPT)} {inline_to_text(f.content)}" for f in document.footnotes]
    lines += _blocks(chart)
    own = str(document.meta.symbol) if document.meta.symbol else None
    for annex in document.annexes:
        lines += _annex(annex, own)
    return "\n\n".join(lines) + "\n"


def inline_to_text(runs: tuple[Inline, ...]) -> str:
    """Inline runs as converter-style text: ``**strong**``, ``*emphasis*``, superscript markers."""
    return "".join(_run(run) for run in runs)


def _run(run: Inline) -> str:
    if isinstance(run, Text):
        return run.text
    if isinstance(run, Strong):
        return f"**{inline_to_text(run.children)}**"
    if isinstance(run, Emphasis):
        return f"*{inline_to_text(run.children)}*"
    if isinstance(run, NoteRef):
        return run.marker.translate(_TO_SUPERSCRIPT)
    if isinstance(run, DocRef | ResolutionRef | DateRef | SessionRef | ConstitutionRef | UNRef | NameList):
        return run.text
    raise TypeError(f"not an inline run: {run!r}")


def _header(meta: Meta) -> list[str]:
    """A header block in canonical order; cover notes last, under a rule."""
    lines = []
    if meta.symbol:
        lines.append(_symbols(meta))
    if meta.original_language:
        lines.append(f"Original: {meta.original_language}")
    if meta.date:
        lines.append(f"{meta.date.day} {meta.date:%B %Y}")
    if meta.organ:
        lines.append(meta.organ)
    if meta.session and meta.session.raw != meta.occasion:
        lines.append(meta.session.raw)
    if meta.title:
        lines.append(f"**{meta.title}**{meta.title_note_marker or ''}")
    if meta.subtitle:
        lines.append(f"**{meta.subtitle}**")
    lines += [line for line in (meta.place, meta.meeting.raw if meta.meeting else None) if line]
    if meta.rapporteur:
        lines.append(f"Rapporteur: {meta.rapporteur}")
    lines += meta.other  # before the speaker: an unlabelled speaker is the header's last line
    lines += [f"**{line}**" for line in meta.letterhead]
    if meta.occasion:
        lines.append(meta.occasion)
    if meta.speaker:
        lines.append(f"{meta.speaker_label} {meta.speaker}" if meta.speaker_label else f"**{meta.speaker}**")
    if meta.notes:
        lines += ["__________", *meta.notes]
    return lines


def _symbols(meta: Meta) -> str:
    """The symbol line of a header: ``C/118/L/3 and C/118/L/4``, ``A, B and C``; three symbols or more
    numbered in a row as a range, ``C/108/L/5 to C/108/L/7``, as covers print them."""
    symbols = [meta.symbol, *meta.other_symbols] if meta.symbol else list(meta.other_symbols)
    if len(symbols) > 2 and all(numbers_apart(a, b) == 1 for a, b in pairwise(symbols)):
        return f"{symbols[0]} to {symbols[-1]}"
    written = [str(symbol) for symbol in symbols]
    return " and ".join(written) if len(written) < 3 else f"{', '.join(written[:-1])} and {written[-1]}"


def _annex(annex: Annex, own: str | None) -> list[str]:
    lines = []
    if not annex.label_inferred and annex.label:
        lines.append(f"{own}\n{annex.label}" if own else annex.label)
    return lines + _header(annex.meta) + _blocks(annex.body)


def _blocks(blocks: tuple[Block, ...]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        lines += _block(block)
    return lines


def _block(block: Block) -> list[str]:
    if isinstance(block, Section):
        return [_heading(block), *_blocks(block.children)]
    if isinstance(block, Paragraph):
        head = f"{block.num}. " if block.num else ""
        return [head + inline_to_text(block.content), *_children(block.children)]
    if isinstance(block, Salutation):
        return [block.text]
    if isinstance(block, Resolution):
        return _resolution(block)
    if isinstance(block, Figure):
        return list(block.lines)
    if isinstance(block, Contents):
        return [block.heading, *([block.column] if block.column else []), *_contents_entries(block.entries)]
    if isinstance(block, Table):
        return [*([block.caption] if block.caption else []), "\n".join(block.rows)]
    if isinstance(block, Unclassified):
        return ["\n".join(block.lines)]
    if isinstance(block, Quote | Item | Clause):
        return _children((block,))
    raise TypeError(f"not a block: {block!r}")


def _contents_entries(entries: tuple[ContentsEntry, ...]) -> list[str]:
    lines = []
    for entry in entries:
        column = f"{entry.paragraphs}   " if entry.paragraphs is not None and entry.page is not None else ""
        lines.append(f"{entry.title}{'.' * 10}{column}{entry.page or ''}")
        lines += _contents_entries(entry.children)
    return lines


def _heading(section: Section) -> str:
    heading = inline_to_text(section.heading)
    num = section.num
    if num is None:
        return heading
    if num.startswith("(") or "." in num:
        return f"{num} {heading}"
    if num[0].isdigit() or num.isupper():
        return f"{num}. {heading}"
    return f"{num}: {heading}"


def _children(children: tuple[Block, ...]) -> list[str]:
    lines: list[str] = []
    for child in children:
        if isinstance(child, Item):
            label = f"{child.label} " if child.label else ""
            lines.append(f"- {label}{inline_to_text(child.content)}")
            lines += _children(child.children)
        elif isinstance(child, Quote):
            lines += _children(child.children)
        elif isinstance(child, Paragraph):
            lines.append(inline_to_text(child.content))
            lines += _children(child.children)
        else:
            lines += _block(child)
    return lines


def _resolution(resolution: Resolution) -> list[str]:
    lines = [*(_header(resolution.header) if resolution.header else []), resolution.heading, *resolution.head_notes]
    if resolution.adoption:
        lines.append(resolution.adoption.raw)
    if resolution.title:
        lines.append(resolution.title)
    if resolution.formula:
        lines.append(resolution.formula)
    for clause in resolution.preamble:
        lines += _clause(clause)
    if resolution.operative_formula:
        lines.append(f"{resolution.operative_formula}:")
    for clause in resolution.operative:
        lines += _clause(clause)
    return lines


def _clause(clause: Clause | Unclassified) -> list[str]:
    if isinstance(clause, Unclassified):
        return _block(clause)
    head = f"{clause.num}. " if clause.num else ""
    return [head + inline_to_text(clause.content), *_children(clause.children)]
