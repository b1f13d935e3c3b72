"""Canonical plain text: a `Document` written back in the conventions the parser reads.

``parse(to_text(doc))`` gives back ``doc`` up to source spans and line numbers (the canonical text lays
blocks out one per line with blank lines between them, so every line number changes) and page furniture
(running headers are not written back). Footnote bodies are written after the main body, before the
annexes; their markers stay in the text, so they link back to the same blocks.
"""

from __future__ import annotations

from ..lexer import SUPERSCRIPT_DIGITS
from ..model import (
    Annex,
    Block,
    Clause,
    DocRef,
    Document,
    Emphasis,
    Figure,
    Inline,
    Item,
    Meta,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    Strong,
    Text,
    Unclassified,
)

_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


def to_text(document: Document) -> str:
    """The canonical text of ``document``."""
    lines: list[str] = []
    lines += _header(document.meta)
    lines += _blocks(document.body)
    lines += [f"{f.marker.translate(_TO_SUPERSCRIPT)} {inline_to_text(f.content)}" for f in document.footnotes]
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
    if isinstance(run, DocRef | ResolutionRef):
        return run.text
    raise TypeError(f"not an inline run: {run!r}")


def _header(meta: Meta) -> list[str]:
    lines = []
    if meta.symbol:
        lines.append(str(meta.symbol))
    if meta.original_language:
        lines.append(f"Original: {meta.original_language}")
    if meta.date:
        lines.append(f"{meta.date.day} {meta.date:%B %Y}")
    if meta.session:
        lines.append(meta.session.raw)
    for caps in (meta.title, meta.subtitle):
        if caps:
            lines.append(f"**{caps}**")
    if meta.speaker:
        lines.append(f"**{meta.speaker}**")
    return lines


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
    if isinstance(block, Unclassified):
        return ["\n".join(block.lines)]
    if isinstance(block, Quote | Item | Clause):
        return _children((block,))
    raise TypeError(f"not a block: {block!r}")


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


def _children(children: tuple) -> list[str]:
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
    head = "DRAFT RESOLUTION" if resolution.draft else "RESOLUTION"
    if resolution.number is not None:
        head += f" No. {resolution.number}"
        if resolution.session:
            head += f" ({resolution.session.raw})"
    lines = [head]
    if resolution.adoption:
        lines.append(resolution.adoption.raw)
    if resolution.title:
        lines.append(resolution.title)
    if resolution.formula:
        lines.append(resolution.formula)
    for clause in resolution.preamble:
        lines.append(inline_to_text(clause.content))
        lines += _children(clause.children)
    if resolution.operative_formula:
        lines.append(f"{resolution.operative_formula}:")
    for clause in resolution.operative:
        lines.append(f"{clause.num}. {inline_to_text(clause.content)}")
        lines += _children(clause.children)
    return lines
