"""The XML codec: `Document` ↔ a namespaced XML vocabulary (``urn:iomparse:1``) that mirrors the model.

A document reads ``<document xmlns="urn:iomparse:1" iomparse="1">`` with ``<meta>``, ``<body>``, ``<annexes>``,
``<footnotes>``, ``<furniture>``, ``<diagnostics>`` and the ``<source>`` it was read from. Blocks are elements
(``<section>``, ``<paragraph>``, ``<item>``, ``<quote>``, ``<resolution>``, ``<clause>``, ``<salutation>``,
``<figure>``, ``<unclassified>``), each with its ``id`` (`iomparse.paths`), short values and spans are attributes
(``num="12" start="17" end="17"``), and inline runs are mixed content inside ``<heading>`` / ``<content>``: text,
``<strong>``, ``<emph>``, ``<noteref n="3"/>``, ``<docref symbol="MC/INF/263" own="false">MC/INF/263</docref>`` and
``<resref numbers="923" session="71">Resolution No. 923 (LXXI)</resref>``. ``None`` is an absent attribute or element,
so it stays distinct from an empty string. A symbol is written whole in ``symbol``, its trailing ``Rev.n``-style
elements repeated in ``suffixes``.

One table, `_VOCABULARY`, says how each model class is written; the writer and the reader both follow it.
Element-only parts are indented; mixed content is written as it is, so text survives exactly. Characters
XML 1.0 forbids are written as U+FFFD and reported by an ``xml-invalid-character`` warning appended to the
diagnostics. Reading rejects any DTD (so no entity is ever expanded or fetched), malformed XML and anything
outside the vocabulary with a `CodecError` naming the element path and line. `SCHEMA_PATH` is the RELAX NG
schema of the vocabulary.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, get_args, get_origin, get_type_hints

from attrs import evolve
from lxml import etree

from iomparse import paths
from iomparse.codecs import CodecError
from iomparse.collector import collector_paused
from iomparse.model import (
    Adoption,
    Annex,
    Clause,
    ConstitutionRef,
    Contents,
    ContentsEntry,
    DateRange,
    DateRef,
    Diagnostic,
    DocRef,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Furniture,
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
    Session,
    SessionRef,
    Source,
    Span,
    Strong,
    Submission,
    Symbol,
    Table,
    Text,
    Unclassified,
    UNRef,
)

__all__ = ["NAMESPACE", "SCHEMA_PATH", "VERSION", "from_xml", "to_xml"]

T = TypeVar("T")

NAMESPACE = "urn:iomparse:1"
"""The namespace of every element."""

VERSION = "1"
"""The format version, written in the root's ``iomparse`` attribute."""

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "iomparse.rng"
"""The RELAX NG schema of the vocabulary."""

_NS = f"{{{NAMESPACE}}}"
_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_INTEGER = re.compile(r"-?[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WHERE = re.compile(r", line \d+, column \d+$")  # libxml2's position, said once in our message
_NO_DTD = "a DOCTYPE declaration (DTD, entities) is not accepted"
_DOCTYPES = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))


@collector_paused()
def to_xml(doc: Document) -> bytes:
    """``doc`` as UTF-8 XML, valid against the schema at `SCHEMA_PATH`; characters XML 1.0 forbids are
    written as U+FFFD and reported by an ``xml-invalid-character`` warning."""
    xml = _document_xml(doc)
    data = _utf8_if_allowed(xml)
    if data is not None:
        return data
    xml, replaced = _FORBIDDEN.subn("\ufffd", xml)
    if replaced:
        message = f"{replaced} character(s) that XML 1.0 forbids were replaced with U+FFFD"
        warning = Diagnostic("warning", "xml-invalid-character", message)
        xml = _FORBIDDEN.sub("\ufffd", _document_xml(evolve(doc, diagnostics=(*doc.diagnostics, warning))))
    return xml.encode("utf-8")


_CONTROL_BYTES = bytes(byte for byte in range(0x20) if byte not in b"\t\n\r")


def _utf8_if_allowed(xml: str) -> bytes | None:
    """``xml`` in UTF-8 if it has no character that XML 1.0 forbids, else ``None``. (Checked on the bytes,
    which is several times faster than a regex over the text: a lone surrogate cannot be encoded, a control
    character is a byte below 0x20, U+FFFE and U+FFFF are ``EF BF BE`` and ``EF BF BF``.)"""
    try:
        data = xml.encode("utf-8")
    except UnicodeEncodeError:
        return None
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return None
    if b"\xef\xbf" in data and (b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data):
        return None
    return data


@collector_paused()
def from_xml(data: bytes | str) -> Document:
    """The `Document` written by `to_xml`; any other input raises `CodecError` naming the element and line."""
    encoding = None
    if isinstance(data, str):
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError as error:
            raise CodecError(f"not XML text: {error}") from None
        encoding = "utf-8"  # the encoding declaration of a str no longer applies
    if any(doctype in data for doctype in _DOCTYPES):  # refused before libxml2 reads any of it
        raise CodecError(_NO_DTD)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        encoding=encoding,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line, column = error.position
        reason = _WHERE.sub("", error.msg)
        raise CodecError(f"line {line}, column {column}: not well-formed XML: {reason}") from None
    if root.getroottree().docinfo.doctype:  # in an encoding `_DOCTYPES` does not cover
        raise CodecError(_NO_DTD)
    if root.tag != _NS + "document":
        raise _In(root).error(f"expected <document> in namespace {NAMESPACE}")
    doc = _read_node(root, Document)
    _check_ids(root, doc)
    return doc


# --------------------------------------------------------------------------------------------------
# Values held in attributes


class _Kind(NamedTuple):
    """How a value of one type is written as an attribute, and read back (``parse`` raises ValueError)."""

    format: Callable[[Any], str]
    parse: Callable[[str], Any]
    expected: str


def _integer(text: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise ValueError(text)
    return int(text)


def _boolean(text: str) -> bool:
    if text not in ("true", "false"):
        raise ValueError(text)
    return text == "true"


def _date(text: str) -> dt.date:
    if not _DATE.fullmatch(text):
        raise ValueError(text)
    return dt.date.fromisoformat(text)


_KINDS: dict[Any, _Kind] = {
    str: _Kind(str, str, "text"),
    int: _Kind(str, _integer, "an integer"),
    bool: _Kind(lambda value: "true" if value else "false", _boolean, "'true' or 'false'"),
    dt.date: _Kind(dt.date.isoformat, _date, "a date YYYY-MM-DD"),
    tuple[int, ...]: _Kind(
        lambda numbers: " ".join(map(str, numbers)),
        lambda text: tuple(map(_integer, text.split())),
        "integers separated by spaces",
    ),
}


def _optional(tp: Any) -> tuple[Any, bool]:
    """``X | None`` → ``(X, True)``; ``X`` → ``(X, False)``."""
    if get_origin(tp) is types.UnionType and type(None) in get_args(tp):
        (inner,) = (arg for arg in get_args(tp) if arg is not type(None))
        return inner, True
    return tp, False


# --------------------------------------------------------------------------------------------------
# The vocabulary: how each field of each class is written. A field's type (from the model) decides whether
# it may be absent and how its value is spelt.


class _Field:
    """One field of a class and its place in the element; `bind` gives it the field's type."""

    def __init__(self, field: str | None) -> None:
        self.field = field
        self.type: Any = None
        self.optional = False

    def bind(self, hints: dict[str, Any]) -> None:
        if self.field is not None:
            self.type, self.optional = _optional(hints[self.field])

    @property
    def name(self) -> str:
        """The XML name: the field's name with ``-`` for ``_``."""
        return (self.field or "").replace("_", "-")

    def missing(self, reader: _In, what: str) -> None:
        """Refuse a missing value unless the field may be ``None``."""
        if not self.optional:
            raise reader.error(f"missing {what}")

    def write(self, out: _Out, value: Any) -> None:
        """Write ``value`` (the field's, or for a field of no model field the node) into ``out``."""
        raise NotImplementedError

    def read(self, reader: _In) -> Any:
        """The field's value read from the element ``reader`` reads."""
        raise NotImplementedError


class _Attr(_Field):
    """A value in an attribute."""

    def __init__(self, field: str, attribute: str | None = None, *, empty: Any = None) -> None:
        super().__init__(field)
        self.attribute = attribute or self.name
        self.empty = empty  # a value written as no attribute, and read where there is none

    def bind(self, hints: dict[str, Any]) -> None:
        super().bind(hints)
        self.kind = _KINDS[self.type]

    def write(self, out: _Out, value: Any) -> None:
        if value is not None and (self.empty is None or value != self.empty):
            out.set(self.attribute, self.kind.format(value))

    def read(self, reader: _In) -> Any:
        text = reader.attribute(self.attribute)
        if text is None and self.empty is not None:
            return self.empty
        if text is None:
            self.missing(reader, f"attribute {self.attribute!r}")
            return None
        try:
            return self.kind.parse(text)
        except ValueError:
            raise reader.error(f"expected {self.kind.expected}, got {text!r}", self.attribute) from None


class _Version(_Field):
    """The namespace declaration and the format version, on the root; no field of the model."""

    def __init__(self) -> None:
        super().__init__(None)

    def write(self, out: _Out, _document: Document) -> None:
        out.set("xmlns", NAMESPACE)
        out.set("iomparse", VERSION)

    def read(self, reader: _In) -> None:
        version = reader.attribute("iomparse")
        if version is None:
            raise reader.error("missing attribute 'iomparse' (not an iomparse document)")
        if version != VERSION:
            raise reader.error(f"unsupported format version {version!r}, expected {VERSION!r}", "iomparse")


class _Id(_Field):
    """A block's or footnote's id, its path: written from the tree (`_Ids`), and on reading, checked against
    the tree read (`_check_ids`); no field of the model."""

    def __init__(self) -> None:
        super().__init__(None)

    def write(self, out: _Out, node: Any) -> None:
        out.set("id", out.ids.take(node))

    def read(self, reader: _In) -> None:
        reader.attribute("id")


class _Ids:
    """The ids of a document's blocks and footnotes, taken in the order the writer meets them (that of
    `paths.blocks`, then the footnotes)."""

    def __init__(self, doc: Document) -> None:
        self.pending = paths.identified(doc)

    def take(self, node: Any) -> str:
        path, expected = next(self.pending, ("", None))
        if expected is None or expected is not node:
            raise CodecError(f"cannot write XML: a {type(node).__name__} stands where the model holds no such block")
        return path


def _check_ids(root: etree._Element, doc: Document) -> None:
    """Every ``id`` the XML gives a block or footnote is the one its tree gives it: an id edited by hand, or a
    block moved without its id, is a `CodecError`, not silently replaced."""
    elements = root.iter(*_IDENTIFIED_TAGS)
    for element, (path, _) in zip(elements, paths.identified(doc), strict=True):
        given = element.get("id")
        if given is not None and given != path:
            raise _In(element).error(
                f"{given!r} is not this {_local(element)}'s id, {path!r} (ids follow from the tree, see "
                "iomparse.paths: remove the attribute to have it computed)",
                "id",
            )


class _SymbolAttrs(_Field):
    """A `Symbol` in ``symbol`` (whole) and ``suffixes`` (its trailing suffix elements, if any)."""

    def write(self, out: _Out, symbol: Symbol | None) -> None:
        if symbol is None:
            return
        out.set("symbol", "/".join(symbol.parts + symbol.suffixes))
        if symbol.suffixes:
            out.set("suffixes", "/".join(symbol.suffixes))

    def read(self, reader: _In) -> Symbol | None:
        text, suffixes = reader.attribute("symbol"), reader.attribute("suffixes")
        if text is None:
            if suffixes is not None:
                raise reader.error("'suffixes' without 'symbol'", "suffixes")
            self.missing(reader, "attribute 'symbol'")
            return None
        parts = text.split("/") if text else []
        tail = suffixes.split("/") if suffixes else []
        if "" in parts or "" in tail:
            raise reader.error(f"empty element in {text!r}", "symbol")
        if tail and parts[-len(tail) :] != tail:
            raise reader.error(f"{suffixes!r} does not end the symbol {text!r}", "suffixes")
        try:
            return Symbol(parts[: len(parts) - len(tail)], tail)
        except ValueError as error:
            raise reader.error(str(error), "symbol") from None


class _SpanAttrs(_Field):
    """A `Span` in ``start`` and ``end``."""

    def __init__(self) -> None:
        super().__init__("span")
        self.start, self.end = _Attr("start"), _Attr("end")
        self.start.bind({"start": int | None})
        self.end.bind({"end": int | None})

    def write(self, out: _Out, span: Span | None) -> None:
        if span is not None:
            out.attributes.append(f' start="{span.start}" end="{span.end}"')

    def read(self, reader: _In) -> Span | None:
        start, end = self.start.read(reader), self.end.read(reader)
        if start is None and end is None:
            self.missing(reader, "attributes 'start' and 'end'")
            return None
        if start is None or end is None:
            raise reader.error("'start' and 'end' come together")
        try:
            return Span(start, end)
        except ValueError as error:
            raise reader.error(str(error), "end") from None


class _Text(_Field):
    """The element's own text (the element holds nothing else)."""

    def write(self, out: _Out, text: str) -> None:
        out.content.append(_escape(text))

    def read(self, reader: _In) -> str:
        return reader.text()


class _TextOrChild(_Text):
    """The element's own text; XML written before this form held it in a ``<text>`` child, still read."""

    def read(self, reader: _In) -> str:
        if len(reader.element) == 0:
            return reader.text()
        child = reader.take("text")
        if child is None:
            raise reader.error("missing text")
        return _text_only(child)


class _SessionAttrs(_Field):
    """A reference's `Session` in attributes, ``number``, ``special`` and ``raw``, so that the element's string
    value is the reference as written; XML written before this form held it in a ``<session>`` child, still
    read."""

    def write(self, out: _Out, session: Session) -> None:
        out.set("number", str(session.number))
        out.set("special", "true" if session.special else "false")
        out.set("raw", session.raw)

    def read(self, reader: _In) -> Session:
        number, special, raw = (reader.attribute(name) for name in ("number", "special", "raw"))
        if number is None and special is None and raw is None:
            child = reader.take("session")
            if child is None:
                raise reader.error("missing attribute 'number'")
            return _read_node(child, Session)
        if number is None or special is None or raw is None:
            missing = next(n for n, v in (("number", number), ("special", special), ("raw", raw)) if v is None)
            raise reader.error(f"missing attribute {missing!r}")
        try:
            return Session(_integer(number), raw, _boolean(special))
        except ValueError as error:
            raise reader.error(str(error)) from None


class _NamesAttr(_Field):
    """A list of names in one attribute, ``names``, a JSON array of strings, so that the element's string value
    is the list as written; XML written before this form held them in ``<list><line>`` children, still read."""

    def write(self, out: _Out, names: tuple[str, ...]) -> None:
        out.set("names", json.dumps(list(names), ensure_ascii=False))

    def read(self, reader: _In) -> tuple[str, ...]:
        given = reader.attribute("names")
        if given is None:
            child = reader.take("list")
            if child is None:
                return ()
            inner = _In(child)
            return inner.done(_Lines.lines(inner.rest()))
        try:
            names = json.loads(given)
        except ValueError:
            names = None
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise reader.error(f"expected a JSON array of strings, got {given[:40]!r}", "names")
        return tuple(names)


class _TextChild(_Field):
    """A child element holding only text, absent for ``None``."""

    def write(self, out: _Out, text: str | None) -> None:
        if text is not None:
            out.content.append(f"<{self.name}>{_escape(text)}</{self.name}>")

    def read(self, reader: _In) -> str | None:
        child = reader.take(self.name)
        if child is None:
            self.missing(reader, f"<{self.name}>")
            return None
        return _text_only(child)


class _Node(_Field):
    """A child node (`Meta`, `Session`, `Adoption`), absent for ``None``; inside a ``wrapper`` element named
    after the field when its own element name would not say what it is (``<reported-session><session>``)."""

    def __init__(self, field: str, wrapper: str | None = None) -> None:
        super().__init__(field)
        self.wrapper = wrapper

    def write(self, out: _Out, node: Any) -> None:
        if node is None:
            return
        if not self.wrapper:
            _write_node(out, node)
            return
        wrapper = out.child(structural=False)
        _write_node(wrapper, node)
        out.close(self.wrapper, wrapper)

    def read(self, reader: _In) -> Any:
        tag = _VOCABULARY[self.type][0]
        if self.wrapper:
            outer = reader.take(self.wrapper)
            if outer is None:
                self.missing(reader, f"<{self.wrapper}>")
                return None
            reader = _In(outer)
            child = reader.take(tag)
            if child is None:
                raise reader.error(f"missing <{tag}>")
            return reader.done(_read_node(child, self.type))
        child = reader.take(tag)
        if child is None:
            self.missing(reader, f"<{tag}>")
            return None
        return _read_node(child, self.type)


class _Nodes(_Field):
    """A tuple of nodes: the element's remaining children, or the children of a ``wrapper`` child."""

    def __init__(self, field: str, wrapper: str | None = None) -> None:
        super().__init__(field)
        self.wrapper = wrapper

    def bind(self, hints: dict[str, Any]) -> None:
        super().bind(hints)
        member = get_args(self.type)[0]
        self.classes = {_VOCABULARY[cls][0]: cls for cls in (get_args(member) or (member,))}
        self.expected = " or ".join(f"<{name}>" for name in self.classes)

    def write(self, out: _Out, nodes: tuple[Any, ...]) -> None:
        parent = out.child(structural=True) if self.wrapper else out
        for node in nodes:
            _write_node(parent, node)
        if self.wrapper:
            out.close(self.wrapper, parent)

    def read(self, reader: _In) -> tuple[Any, ...]:
        if not self.wrapper:
            return self.nodes(reader.rest())
        child = reader.take(self.wrapper)
        if child is None:
            raise reader.error(f"missing <{self.wrapper}>")
        inner = _In(child)
        return inner.done(self.nodes(inner.rest()))

    def nodes(self, elements: list[etree._Element]) -> tuple[Any, ...]:
        nodes = []
        for element in elements:
            cls = self.classes.get(_local(element))
            if cls is None:
                raise _In(element).error(f"unexpected element <{_local(element)}>, expected {self.expected}")
            nodes.append(_read_node(element, cls))
        return tuple(nodes)


class _SymbolLines(_Field):
    """A tuple of symbols inside a ``wrapper`` child, one ``<symbol symbol="…" suffixes="…"/>`` each (as
    `_SymbolAttrs` writes a symbol), written only when there are some."""

    def __init__(self, field: str, wrapper: str) -> None:
        super().__init__(field)
        self.wrapper = wrapper
        self.attributes = _SymbolAttrs("symbol")

    def write(self, out: _Out, symbols: tuple[Symbol, ...]) -> None:
        if not symbols:
            return
        parent = out.child(structural=True)
        for symbol in symbols:
            element = parent.child(structural=False)
            self.attributes.write(element, symbol)
            parent.close("symbol", element)
        out.close(self.wrapper, parent)

    def read(self, reader: _In) -> tuple[Symbol, ...]:
        child = reader.take(self.wrapper)
        if child is None:
            return ()
        inner = _In(child)
        symbols: list[Symbol] = []
        for element in inner.rest():
            if _local(element) != "symbol":
                raise _In(element).error(f"unexpected element <{_local(element)}>, expected <symbol>")
            one = _In(element)
            symbol = self.attributes.read(one)
            if symbol is None:
                raise one.error("missing attribute 'symbol'")
            symbols.append(one.done(symbol))
        return inner.done(tuple(symbols))


class _Lines(_Field):
    """A tuple of strings, one ``<line>`` child each: the element's remaining children, or the children of a
    ``wrapper`` child, written only when there are lines."""

    def __init__(self, field: str, wrapper: str | None = None) -> None:
        super().__init__(field)
        self.wrapper = wrapper

    def write(self, out: _Out, lines: tuple[str, ...]) -> None:
        if self.wrapper and not lines:
            return
        parent = out.child(structural=True) if self.wrapper else out
        parent.content += [f"<line>{_escape(line)}</line>" for line in lines]
        if self.wrapper:
            out.close(self.wrapper, parent)

    def read(self, reader: _In) -> tuple[str, ...]:
        if not self.wrapper:
            return self.lines(reader.rest())
        child = reader.take(self.wrapper)
        if child is None:
            return ()
        inner = _In(child)
        return inner.done(self.lines(inner.rest()))

    @staticmethod
    def lines(elements: list[etree._Element], name: str = "line") -> tuple[str, ...]:
        lines = []
        for child in elements:
            if _local(child) != name:
                raise _In(child).error(f"unexpected element <{_local(child)}>, expected <{name}>")
            lines.append(_text_only(child))
        return tuple(lines)


class _Cells(_Field):
    """A table's cells: ``<cells>`` holding a ``<row>`` of ``<cell>`` elements per row."""

    def write(self, out: _Out, rows: tuple[tuple[str, ...], ...]) -> None:
        cells = out.child(structural=True)
        for row in rows:
            row_out = cells.child(structural=True)
            row_out.content += [f"<cell>{_escape(cell)}</cell>" for cell in row]
            cells.close("row", row_out)
        out.close("cells", cells)

    def read(self, reader: _In) -> tuple[tuple[str, ...], ...]:
        child = reader.take("cells")
        if child is None:
            raise reader.error("missing <cells>")
        rows = []
        cells = _In(child)
        for row in cells.rest():
            if _local(row) != "row":
                raise _In(row).error(f"unexpected element <{_local(row)}>, expected <row>")
            inner = _In(row)
            rows.append(inner.done(_Lines.lines(inner.rest(), "cell")))
        return cells.done(tuple(rows))


class _Runs(_Field):
    """Inline runs as mixed content: of the element itself, or of a ``wrapper`` child."""

    def __init__(self, field: str, wrapper: str | None = None) -> None:
        super().__init__(field)
        self.wrapper = wrapper

    def bind(self, hints: dict[str, Any]) -> None:
        super().bind(hints)
        self.classes = {_VOCABULARY[cls][0]: cls for cls in get_args(get_args(self.type)[0]) if cls is not Text}
        self.expected = "text or " + " or ".join(f"<{name}>" for name in self.classes)

    def write(self, out: _Out, runs: tuple[Any, ...]) -> None:
        if self.wrapper and len(runs) == 1 and type(runs[0]) is Text:  # most blocks: one run of plain text
            out.content.append(f"<{self.wrapper}>{_escape(runs[0].text)}</{self.wrapper}>")
            return
        parent = out.child(structural=False) if self.wrapper else out
        for run in runs:
            if isinstance(run, Text):
                parent.content.append(_escape(run.text))
            else:
                _write_node(parent, run)
        if self.wrapper:
            out.close(self.wrapper, parent)

    def read(self, reader: _In) -> tuple[Any, ...]:
        element = reader.element
        if self.wrapper:
            element = reader.take(self.wrapper)
            if element is None:
                raise reader.error(f"missing <{self.wrapper}>")
            _In(element).done(None)
        runs = [Text(element.text)] if element.text else []
        for child in element:
            cls = self.classes.get(_local(child))
            if cls is None:
                raise _In(child).error(f"unexpected element <{_local(child)}>, expected {self.expected}")
            runs.append(_read_node(child, cls))
            if child.tail:
                runs.append(Text(child.tail))
        return tuple(runs)


_VOCABULARY: dict[type, tuple[str, list[_Field]]] = {
    Document: (
        "document",
        [
            _Version(),
            _Node("meta"),
            _Nodes("body", "body"),
            _Nodes("annexes", "annexes"),
            _Nodes("footnotes", "footnotes"),
            _Nodes("furniture", "furniture"),
            _Nodes("diagnostics", "diagnostics"),
            _Attr("pages"),
            _Attr("page_starts", empty=()),
            _Node("source"),
        ],
    ),
    Source: ("source", [_Attr("name"), _Attr("size"), _Attr("sha256"), _Attr("iomparse"), _Attr("rules")]),
    Meta: (
        "meta",
        [
            _Attr("kind"),
            _SymbolAttrs("symbol"),
            _Attr("original_language"),
            _Attr("date"),
            _SymbolLines("other_symbols", "other-symbols"),
            _Node("session"),
            _TextChild("organ"),
            _TextChild("title"),
            _TextChild("title_note_marker"),
            _Node("reported_session", "reported-session"),
            _TextChild("subtitle"),
            _TextChild("speaker"),
            _TextChild("speaker_label"),
            _Lines("letterhead", "letterhead"),
            _TextChild("occasion"),
            _TextChild("place"),
            _Node("meeting", "meeting"),
            _TextChild("rapporteur"),
            _Lines("notes", "notes"),
            _Node("approval", "approval"),
            _Node("submission"),
            _Lines("other", "other"),
        ],
    ),
    DateRange: ("dates", [_Attr("start"), _Attr("end"), _Text("raw")]),
    Submission: ("submission", [_Attr("date"), _Node("session"), _TextChild("organ")]),
    Session: ("session", [_Attr("number"), _Attr("special"), _Text("raw")]),
    Adoption: ("adoption", [_Attr("body"), _Attr("meeting"), _Attr("session"), _Attr("date"), _Text("raw")]),
    Annex: (
        "annex",
        [_Attr("label"), _Attr("label_inferred"), _SpanAttrs(), _Node("meta"), _Nodes("body", "body")],
    ),
    Footnote: ("footnote", [_Id(), _Attr("marker"), _Attr("anchor"), _SpanAttrs(), _Runs("content", "content")]),
    Furniture: ("piece", [_Attr("kind"), _Attr("line"), _Text("text")]),
    Diagnostic: ("diagnostic", [_Attr("severity"), _Attr("code"), _Attr("line"), _Text("message")]),
    Section: (
        "section",
        [_Id(), _Attr("num"), _Attr("level"), _SpanAttrs(), _Runs("heading", "heading"), _Nodes("children")],
    ),
    Paragraph: ("paragraph", [_Id(), _Attr("num"), _SpanAttrs(), _Runs("content", "content"), _Nodes("children")]),
    Item: ("item", [_Id(), _Attr("label"), _SpanAttrs(), _Runs("content", "content"), _Nodes("children")]),
    Quote: ("quote", [_Id(), _SpanAttrs(), _Nodes("children")]),
    Clause: ("clause", [_Id(), _Attr("num"), _SpanAttrs(), _Runs("content", "content"), _Nodes("children")]),
    Resolution: (
        "resolution",
        [
            _Id(),
            _Attr("number"),
            _Attr("draft"),
            _Attr("place"),
            _SpanAttrs(),
            _Node("session"),
            _Node("adoption"),
            _TextChild("title"),
            _TextChild("formula"),
            _Nodes("preamble", "preamble"),
            _TextChild("operative_formula"),
            _Nodes("operative", "operative"),
            _Node("header", "header"),
            _Lines("head_notes", "head-notes"),
        ],
    ),
    Salutation: ("salutation", [_Id(), _SpanAttrs(), _Text("text")]),
    Contents: ("contents", [_Id(), _SpanAttrs(), _TextChild("heading"), _TextChild("column"), _Nodes("entries")]),
    ContentsEntry: ("entry", [_Attr("page"), _TextChild("title"), _Nodes("children"), _Attr("paragraphs")]),
    Table: ("table", [_Id(), _SpanAttrs(), _TextChild("caption"), _Lines("rows", "rows"), _Cells("cells")]),
    Figure: ("figure", [_Id(), _SpanAttrs(), _Lines("lines")]),
    Unclassified: ("unclassified", [_Id(), _SpanAttrs(), _Lines("lines")]),
    Strong: ("strong", [_Runs("children")]),
    Emphasis: ("emph", [_Runs("children")]),
    NoteRef: ("noteref", [_Attr("marker", "n")]),
    DocRef: ("docref", [_SymbolAttrs("symbol"), _Attr("own"), _Text("text")]),
    ResolutionRef: ("resref", [_Attr("numbers"), _Attr("session"), _Attr("date"), _Text("text")]),
    DateRef: ("dateref", [_Attr("start"), _Attr("end"), _Text("text")]),
    SessionRef: ("sessionref", [_SessionAttrs("session"), _TextOrChild("text")]),
    ConstitutionRef: ("articleref", [_Attr("article"), _Text("text")]),
    UNRef: ("unref", [_Text("text")]),
    NameList: ("names", [_NamesAttr("names"), _TextOrChild("text")]),
}


def _has_text(fields: list[_Field]) -> bool:
    """Whether an element holds character data (text or mixed content), rather than only elements."""
    return any(isinstance(field, _Text) or (isinstance(field, _Runs) and not field.wrapper) for field in fields)


for _cls, (_, _fields) in _VOCABULARY.items():
    for _field in _fields:
        _field.bind(get_type_hints(_cls))

_IDENTIFIED_TAGS = tuple(_NS + tag for tag, fields in _VOCABULARY.values() if any(isinstance(f, _Id) for f in fields))
"""The elements of blocks and footnotes, which carry an ``id``."""

# Elements holding only elements: indented on output, whitespace between their children ignored on input.
_STRUCTURAL_TAGS = (
    {tag for tag, fields in _VOCABULARY.values() if not _has_text(fields)}
    | {
        field.wrapper
        for _, fields in _VOCABULARY.values()
        for field in fields
        if isinstance(field, _Nodes | _Lines | _SymbolLines)
    }
    | {"cells", "row"}
) - {None}
_STRUCTURAL = {_NS + tag for tag in _STRUCTURAL_TAGS if tag is not None}


# --------------------------------------------------------------------------------------------------
# Writing


class _Out:
    """An element being written: its attributes and its content (child elements and text), as XML text.

    ``depth`` is the indentation of its children, ``None`` when they are written as they are (mixed content,
    and anything inside it): only elements holding elements alone are indented.
    """

    __slots__ = ("attributes", "content", "depth", "ids")

    def __init__(self, depth: int | None, ids: _Ids) -> None:
        self.attributes: list[str] = []
        self.content: list[str] = []
        self.depth = depth
        self.ids = ids

    def set(self, name: str, value: str) -> None:
        self.attributes.append(f' {name}="{_escape_attribute(value)}"')

    def child(self, *, structural: bool) -> _Out:
        """A child element to fill, then to `close`."""
        return _Out(self.depth + 1 if structural and self.depth is not None else None, self.ids)

    def close(self, tag: str, child: _Out) -> None:
        """Write ``child``, filled, as element ``tag`` of this one."""
        self.content.append(child.xml(tag))

    def xml(self, tag: str) -> str:
        head = f"<{tag}{''.join(self.attributes)}"
        if not self.content:
            return head + "/>"
        if self.depth is None:
            return f"{head}>{''.join(self.content)}</{tag}>"
        pad = "\n" + "  " * self.depth
        return f"{head}>{pad}{pad.join(self.content)}{pad[:-2]}</{tag}>"


def _escape(text: str) -> str:
    """Character data as XML text (a carriage return escaped, so that reading does not normalize it away)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attribute(text: str) -> str:
    """An attribute value as XML text: quotes and the whitespace that reading would normalize escaped."""
    return _escape(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _write_node(parent: _Out, node: Any) -> None:
    """Write ``node`` as a child element of ``parent``, by `_VOCABULARY`."""
    tag, fields = _VOCABULARY[type(node)]
    out = parent.child(structural=tag in _STRUCTURAL_TAGS)
    for field in fields:
        field.write(out, getattr(node, field.field) if field.field else node)
    parent.close(tag, out)


def _document_xml(doc: Document) -> str:
    """``doc`` as XML text, characters XML forbids included."""
    top = _Out(0, _Ids(doc))
    _write_node(top, doc)
    return f"<?xml version='1.0' encoding='UTF-8'?>\n{top.content[0]}\n"


# --------------------------------------------------------------------------------------------------
# Reading


def _read_node(element: etree._Element, cls: type[T]) -> T:
    """The node of class ``cls`` that ``element`` holds."""
    reader = _In(element)
    values: dict[str, Any] = {}
    for field in _VOCABULARY[cls][1]:
        value = field.read(reader)
        if field.field:
            values[field.field] = value
    return reader.done(cls(**values))


def _text_only(element: etree._Element) -> str:
    """The text of a child element that holds only text and has no attributes."""
    reader = _In(element)
    return reader.done(reader.text())


def _local(element: etree._Element) -> str:
    """The element's name without the namespace (in Clark notation when foreign)."""
    tag = str(element.tag)
    return tag[len(_NS) :] if tag.startswith(_NS) else tag


class _In:
    """One element being read: its attributes by name and, if it holds only elements, its children in order.

    `done` checks that every attribute and child was read.
    """

    def __init__(self, element: etree._Element) -> None:
        self.element = element
        self.seen: set[str] = set()
        self.children: list[etree._Element] | None = None
        self.position = 0

    def error(self, message: str, attribute: str | None = None) -> CodecError:
        steps = []
        node: etree._Element | None = self.element
        while node is not None:
            step, parent = _local(node), node.getparent()
            same = [sibling for sibling in parent if sibling.tag == node.tag] if parent is not None else [node]
            steps.append(f"{step}[{same.index(node) + 1}]" if len(same) > 1 else step)
            node = parent
        where = "/" + "/".join(reversed(steps)) + (f"/@{attribute}" if attribute else "")
        return CodecError(f"{where} (line {self.element.sourceline}): {message}")

    def attribute(self, name: str) -> str | None:
        self.seen.add(name)
        value: str | None = self.element.get(name)
        return value

    def text(self) -> str:
        """The text of an element that holds nothing else."""
        for child in self.element:
            raise _In(child).error(f"unexpected element <{_local(child)}> in text-only <{_local(self.element)}>")
        return self.element.text or ""

    def elements(self) -> list[etree._Element]:
        if self.children is None:
            text = (self.element.text or "").strip()
            if text:
                raise self.error(f"unexpected text {text[:40]!r}")
            self.children = []
            for child in self.element:
                if not str(child.tag).startswith(_NS):
                    raise _In(child).error(f"element not in the iomparse vocabulary (namespace {NAMESPACE})")
                tail = (child.tail or "").strip()
                if tail:
                    raise self.error(f"unexpected text {tail[:40]!r}")
                self.children.append(child)
        return self.children

    def take(self, name: str) -> etree._Element | None:
        """The next child if it is named ``name``."""
        children = self.elements()
        if self.position < len(children) and _local(children[self.position]) == name:
            self.position += 1
            return children[self.position - 1]
        return None

    def rest(self) -> list[etree._Element]:
        children = self.elements()
        rest, self.position = children[self.position :], len(children)
        return rest

    def done(self, result: T) -> T:
        """``result``, once every attribute and child element was read."""
        for name in self.element.attrib:
            if name not in self.seen:
                raise self.error("unknown attribute", name)
        if self.children is not None or str(self.element.tag) in _STRUCTURAL:
            children = self.elements()
            if self.position < len(children):
                child = children[self.position]
                raise _In(child).error(f"unexpected element <{_local(child)}>")
        return result
