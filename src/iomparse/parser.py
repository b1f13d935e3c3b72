"""`parse`: text → `Document`, through the lexer, the document grammar and the builder."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import cache

import attrs
from lark import Lark
from lark.exceptions import UnexpectedToken
from lark.parsers.lalr_interactive_parser import InteractiveParser

from .assemble import assemble
from .build import Builder, Part
from .collector import collector_paused
from .errors import ParseError
from .files import decode_as, is_pdf, read_bytes
from .inline import OWN_SYMBOL
from .lexer import LineToken, lex
from .lexer.kinds import CONTENTS_PARTS, HEADER_FIELDS, KINDS, RESOLUTION_PARTS, TERMINALS
from .model import Diagnostic, Document
from .provenance import source_of
from .resources import grammar_path
from .symbols import parse_symbol

# Plain-language names of the grammar's terminals, for error messages.
LINE_KINDS = {name: KINDS[name].called for name in sorted(TERMINALS)} | {"$END": "the end of the text"}


@cache
def document_parser() -> Lark:
    """The LALR parser for ``grammars/document.lark``, with the builder run during reductions."""
    return Lark(grammar_path("document.lark").read_text("utf-8"), parser="lalr", lexer="basic", transformer=Builder())


def parse(text: str, *, strict: bool = False, source: str | None = None) -> Document:
    """Parse the text of a council document.

    ``text`` must be a ``str`` (`TypeError` otherwise: a path goes to `parse_file`).
    Lenient (the default): never raises on any ``str``; lines the grammar cannot place are kept as
    `Unclassified` blocks and reported in ``Document.diagnostics``. ``strict=True`` raises `ParseError`
    at the first such line instead. ``source`` names the input in error messages and in the document's
    `Source` record (``Document.source``: the text's UTF-8 size and hash, the iomparse version and rules).
    """
    if not isinstance(text, str):
        what = type(text).__name__
        hint = "decode it first, or" if isinstance(text, bytes | bytearray) else "for a file,"
        raise TypeError(f"parse() takes the text of a document (str), not {what}: {hint} use iomparse.parse_file(path)")
    return parse_read(text, text.encode("utf-8", "surrogatepass"), strict=strict, source=source)


def parse_read(text: str, data: bytes, *, strict: bool = False, source: str | None = None) -> Document:
    """`parse` ``text``, read from the input bytes ``data`` (a file's, a PDF's), which ``Document.source``
    records (their size and hash, once)."""
    with collector_paused():  # see `iomparse.collector`
        document = _parse(text, strict=strict, source=source)
    return attrs.evolve(document, source=source_of(data, source))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (which no text format can carry) replaced by U+FFFD, and their number."""
    try:
        text.encode("utf-8")  # faster than a search when there are none, as there almost never are
    except UnicodeEncodeError:
        return _SURROGATE.subn("\ufffd", text)
    return text, 0


def _parse(text: str, *, strict: bool, source: str | None) -> Document:
    text, replaced = _without_surrogates(text)
    lexed = lex(text)
    own = OWN_SYMBOL.set(parse_symbol(lexed.own_symbol) if lexed.own_symbol else None)
    try:
        diagnostics: list[Diagnostic] = list(lexed.diagnostics)  # the lexer's decisions on weak evidence
        if replaced:
            diagnostics.append(
                Diagnostic("warning", "invalid-character", f"{replaced} lone surrogate(s) replaced with U+FFFD", None)
            )
        if _names_a_file(text):
            message = f"the text is the name of a file, {text.strip()!r}: parse_file(path) reads a file"
            diagnostics.append(Diagnostic("warning", "text-is-a-file-name", message, 1))
        stray: list[LineToken] = []
        interactive = document_parser().parse_interactive("")
        for token in lexed.tokens:
            try:
                interactive.feed_token(token)
            except UnexpectedToken as error:
                if strict:
                    raise _parse_error(token, error, source) from None
                _recover(interactive, token, diagnostics, stray)
        finish: Callable[[LineToken | None], tuple[Part, list[Part]]] = interactive.feed_eof  # (lark: untyped)
        main, annexes = finish(lexed.tokens[-1] if lexed.tokens else None)
        if stray:
            main.body += tuple(Builder().unclassified([token]) for token in stray)
        return assemble(main, annexes, lexed, diagnostics)
    finally:
        OWN_SYMBOL.reset(own)


def _names_a_file(text: str) -> bool:
    """Whether ``text`` is one short line that names a file that exists (``parse("report.txt")``)."""
    name = text.strip()
    return 0 < len(name) < 1024 and "\n" not in name and os.path.isfile(name)


def parse_file(path: str | os.PathLike[str], *, strict: bool = False, encoding: str = "utf-8") -> Document:
    """Read ``path`` and `parse` it: text (UTF-8 with or without BOM by default, UTF-16 by its BOM; ``encoding``
    names another, or ``auto``: see `parse_bytes`), or a PDF, known by its ``%PDF-`` signature whatever its name,
    read by `iomparse.parse_pdf` (the ``pdf`` extra).

    ``Document.source`` records the file's name as given, and the size and hash of its bytes.

    Raises `iomparse.InputError` for a file that is missing, binary, undecodable (naming the line and column) or
    empty, or in a format of its own (Word, RTF, HTML: what to do is said), or a PDF that cannot be read
    (`iomparse.PdfError`).
    """
    return parse_bytes(read_bytes(path), strict=strict, encoding=encoding, source=str(path))


def parse_bytes(data: bytes, *, strict: bool = False, encoding: str = "utf-8", source: str | None = None) -> Document:
    """`parse` a file's bytes: a PDF (by its signature), else text in ``encoding`` (see `iomparse.files.decode_as`;
    with ``auto``, a text that is not UTF-8 is read as Windows-1252 and the document says so, ``encoding-guessed``)."""
    if is_pdf(data):
        from .pdf import parse_pdf

        return parse_pdf(data, strict=strict, source=source)
    text, used = decode_as(data, encoding)
    document = parse_read(text, data, strict=strict, source=source)
    if encoding != "auto" or used != "cp1252":
        return document
    guessed = Diagnostic(
        "info",
        "encoding-guessed",
        "not UTF-8: read as Windows-1252 (--encoding auto); name its encoding if it is another",
        1,
    )
    return attrs.evolve(document, diagnostics=(*document.diagnostics, guessed))


def _recover(
    interactive: InteractiveParser, token: LineToken, diagnostics: list[Diagnostic], stray: list[LineToken]
) -> None:
    """Keep a line the grammar cannot place here.

    A line in capitals or in bold out of the header is running text where text may stand; any other line is
    kept as an unclassified block where the grammar allows one, else at the end of the body; with a warning.
    """
    accepts: Callable[[], set[str]] = interactive.accepts  # (lark: untyped)
    accepted = accepts()
    what = LINE_KINDS.get(token.type, "line")
    if token.type in ("CAPS", "BOLD") and "TEXT" in accepted:
        token.type = token.info.kind = "TEXT"
        interactive.feed_token(token)
        diagnostics.append(
            Diagnostic("info", "read-as-text", f"{what} out of the header, read as text", token.info.start)
        )
        return
    message = f"{what} where the document structure does not allow it: {token.info.text[:60]}"
    token.type = token.info.kind = "UNCLASSIFIED"
    if "UNCLASSIFIED" in accepted:
        interactive.feed_token(token)
    else:
        stray.append(token)
        message += " (kept at the end of the body)"
    diagnostics.append(Diagnostic("warning", "unclassified", message, token.info.start))


# Named kinds of strict-mode errors: which kinds of line they concern, and why such a line cannot stand there.
ERROR_KINDS: dict[str, tuple[frozenset[str], str]] = {
    "header-line-in-body": (
        HEADER_FIELDS,
        "a header line belongs to the header block that opens a document or an annex",
    ),
    "resolution-part-outside-resolution": (RESOLUTION_PARTS, "this part of a resolution follows a RESOLUTION heading"),
    "contents-line-outside-contents": (CONTENTS_PARTS, "an entry of a table of contents follows its CONTENTS heading"),
}


def error_kind(line_kind: str) -> tuple[str, str]:
    """The named kind of a strict-mode error on a line of ``line_kind``, and the reason it gives."""
    for name, (kinds, reason) in ERROR_KINDS.items():
        if line_kind in kinds:
            return name, reason
    return "misplaced-line", "the document's structure does not allow it here"


def _parse_error(token: LineToken, error: UnexpectedToken, source: str | None) -> ParseError:
    expected = tuple(sorted(LINE_KINDS.get(kind, kind) for kind in error.expected if kind != "UNCLASSIFIED"))
    found = LINE_KINDS.get(token.type, token.type)
    kind, reason = error_kind(token.type)
    raw = token.info.raw[0] if token.info.raw else ""
    return ParseError(
        f"{found} cannot stand here: {reason}; expected {', '.join(expected)}",
        kind=kind,
        line=token.info.start,
        column=len(raw) - len(raw.lstrip()) + 1,
        text=raw,
        expected=expected,
        source=source,
    )
