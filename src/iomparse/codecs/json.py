"""The JSON codec: `Document` ↔ pretty, versioned, schema-described JSON.

Every node is one object whose first key is ``"type"`` (the class name: ``"Paragraph"``, ``"NoteRef"``),
followed by the node's fields in model order; the root object starts with the format version
``"iomparse": 1``. Tuples are arrays, dates ISO strings (``"2004-11-04"``), ``None`` is ``null`` (the key is
always written). A `Symbol` also carries a derived ``"text"`` (``"MC/INF/274/Rev.1"``) for consumers; it is
optional on reading and ignored there, ``parts`` and ``suffixes`` being what counts.

The output is UTF-8 without ``\\u`` escapes of non-ASCII text, indented by two spaces, and is described
exactly by the JSON Schema at `SCHEMA_PATH`. Reading checks every value and reports the first problem as a
`CodecError` naming its JSON path, e.g. ``$.body[3].children[0].label: expected string or null, got 12``.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import attrs
import orjson
from cattrs import Converter
from cattrs.errors import AttributeValidationNote, BaseValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn

from iomparse import paths
from iomparse.codecs import CodecError
from iomparse.collector import collector_paused
from iomparse.model import Block, Document, Footnote, Salutation, Symbol, text_of

__all__ = ["SCHEMA_PATH", "VERSION", "from_json", "to_json"]

VERSION = 1
"""The format version written as ``"iomparse"`` at the root."""

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "iomparse.schema.json"
"""The JSON Schema (draft 2020-12) of the format."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@collector_paused()
def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """``doc`` as JSON text (like `json.dumps`, without a final newline): indented by two spaces, or on one
    line with ``indent=None`` (a document a line, for JSON Lines)."""
    if indent not in (None, 2):
        raise ValueError(f"indent must be 2 or None, not {indent!r}")
    option = _DUMP_OPTIONS if indent else 0
    writer = _Writer(doc)
    try:
        data = orjson.dumps({"iomparse": VERSION, **writer.node_object(doc)}, default=writer.node_object, option=option)
        writer.finish()
    except orjson.JSONEncodeError as error:
        cause = error.__cause__  # (what our default raised, if it did)
        if cause is not None and not isinstance(cause, Exception):  # Ctrl-C met while writing: not a JSON problem
            raise cause from None
        raise CodecError(f"cannot write JSON: {cause if isinstance(cause, _UnwritableError) else error}") from None
    except _UnwritableError as error:
        raise CodecError(f"cannot write JSON: {error}") from None
    return data.decode("utf-8")


@collector_paused()
def from_json(s: str | bytes) -> Document:
    """The `Document` written by `to_json`; any other input raises `CodecError` naming the offending path."""
    try:
        data = orjson.loads(s)
    except orjson.JSONDecodeError as error:
        raise CodecError(f"$: not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise CodecError(f"$: expected an iomparse document object, got {_show(data)}")
    if "iomparse" not in data:
        raise CodecError("$.iomparse: required field missing (not an iomparse document)")
    version = data.pop("iomparse")
    if type(version) is not int or version != VERSION:
        raise CodecError(f"$.iomparse: unsupported format version {_show(version)}, expected {VERSION}")
    try:
        doc = _converter.structure(data, Document)
    except (BaseValidationError, _FieldError) as error:
        raise CodecError(_describe_error(error, "$", Document)) from None
    _check_derived(data, doc)
    return doc


# --------------------------------------------------------------------------------------------------
# Ids and texts: derived from the tree, written for consumers, checked on reading


def _raw_blocks(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The objects of the blocks and footnotes of JSON document ``data``, each with its JSON path, in the
    order of `paths.identified`."""

    def blocks(objects: list[dict[str, Any]], where: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for index, obj in enumerate(objects):
            here = f"{where}[{index}]"
            yield here, obj
            if obj["type"] == "Resolution":
                yield from blocks(obj["preamble"], f"{here}.preamble")
                yield from blocks(obj["operative"], f"{here}.operative")
            elif obj["type"] in _HOLDERS:
                yield from blocks(obj["children"], f"{here}.children")

    yield from blocks(data["body"], "$.body")
    for number, annex in enumerate(data["annexes"]):
        yield from blocks(annex["body"], f"$.annexes[{number}].body")
    for number, footnote in enumerate(data["footnotes"]):
        yield f"$.footnotes[{number}]", footnote


_HOLDERS = frozenset({"Section", "Paragraph", "Item", "Quote", "Clause"})
"""The blocks whose ``children`` are blocks."""


def _check_derived(data: dict[str, Any], doc: Document) -> None:
    """Every ``"id"`` and ``"text"`` that ``data`` gives a block or footnote is the one its tree gives it: a
    value edited by hand, or a block moved without its id, is a `CodecError`, not silently replaced."""
    for (where, obj), (path, node) in zip(_raw_blocks(data), paths.identified(doc), strict=True):
        if "id" in obj and obj["id"] != path:
            raise CodecError(
                f"{where}.id: {_show(obj['id'])} is not this {obj['type']}'s id, {_show(path)} (ids follow from the "
                "tree, see iomparse.paths: remove the key to have it computed)"
            )
        if "text" in obj and not isinstance(node, Salutation) and obj["text"] != text_of(node):
            raise CodecError(
                f"{where}.text: {_show(obj['text'])} is not this {obj['type']}'s text, {_show(text_of(node))} "
                "(the text follows from the content: remove the key to have it computed)"
            )


class _Writer:
    """Writes a document's nodes as orjson meets them, each block and footnote with its id and text."""

    def __init__(self, doc: Document) -> None:
        self.pending = paths.identified(doc)

    def node_object(self, node: Any) -> dict[str, Any]:
        """A node as the object orjson writes: its type (a block or footnote's id and text after it), then its
        fields in model order, whose values orjson writes in turn (through this method for nodes, as its
        ``default``); a `Symbol` adds its derived ``"text"``. Written as it goes, the JSON needs no copy of
        the tree."""
        cls = type(node)
        if not attrs.has(cls):
            raise TypeError(f"{cls.__name__} is not a node of the document model")
        written: dict[str, Any] = {"type": cls.__name__}
        if isinstance(node, _IDENTIFIED_CLASSES):
            path, expected = next(self.pending, ("", None))
            if expected is None or expected is not node:  # orjson meets them in the order paths.blocks gives
                raise _UnwritableError(f"a {cls.__name__} stands where the document model holds no such block")
            written["id"] = path
            if not isinstance(expected, Salutation):  # (whose "text" is its field)
                written["text"] = text_of(expected)
        for name in _field_names(cls):
            written[name] = getattr(node, name)
        if cls is Symbol:
            written["text"] = str(node)
        return written

    def finish(self) -> None:
        """Check that every block and footnote was written."""
        if next(self.pending, None) is not None:
            raise _UnwritableError("a block stands where the document model holds no such block")


_IDENTIFIED = frozenset({*get_args(Block), Footnote})
_IDENTIFIED_CLASSES = tuple(_IDENTIFIED)


class _UnwritableError(Exception):
    """A hand-built tree whose blocks the writer meets out of the order `paths.blocks` walks them: a block
    where the model holds none (a resolution inside a paragraph's items …)."""


"""The nodes written with an ``"id"`` and a ``"text"``."""


# --------------------------------------------------------------------------------------------------
# Errors raised by the structure hooks, turned into one `CodecError` message by `_describe_error`


class _FieldError(Exception):
    """A structuring problem; ``key`` (if any) is the field of the current object it concerns."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class _WrongTypeError(_FieldError):
    """A value of the wrong JSON type; the message is built from the type expected at its place."""

    def __init__(self, value: object) -> None:
        super().__init__("wrong type")
        self.value = value


def _describe_error(error: Exception, path: str, expected: Any) -> str:
    """``"<json path>: <what is wrong>"`` for the first problem inside ``error``."""
    while isinstance(error, BaseValidationError):
        inner = error.exceptions[0]
        for note in getattr(inner, "__notes__", ()):
            if isinstance(note, AttributeValidationNote):
                path, expected = f"{path}.{note.name}", note.type
            elif isinstance(note, IterableValidationNote):
                path, expected = f"{path}[{note.index}]", note.type
        error = inner
    if isinstance(error, _WrongTypeError):
        return f"{path}: expected {_type_name(expected)}, got {_show(error.value)}"
    if isinstance(error, _FieldError) and error.key is not None:
        path = f"{path}.{error.key}"
    return f"{path}: {error}"


def _type_name(tp: Any) -> str:
    """How a model type reads in a message: ``str | None`` → ``string or null``."""
    if get_origin(tp) in (Union, types.UnionType):
        members = get_args(tp)
        nodes = [member for member in members if attrs.has(member)]
        names = [_type_name(member) for member in members if not attrs.has(member)]
        if nodes:
            names.insert(0, f"{nodes[0].__name__} object" if len(nodes) == 1 else "node object")
        return " or ".join(names)
    if attrs.has(tp):
        return f"{tp.__name__} object"
    return _PRIMITIVE_NAMES.get(tp, str(tp))


_PRIMITIVE_NAMES = {
    str: "string",
    int: "integer",
    bool: "boolean",
    dt.date: 'date string "YYYY-MM-DD"',
    type(None): "null",
}


def _show(value: object) -> str:
    """A JSON value as it appears in a message, shortened."""
    text = orjson.dumps(value).decode("utf-8")
    return text if len(text) <= 60 else f"{text[:57]}..."


# --------------------------------------------------------------------------------------------------
# The converter


def _exactly(kind: type) -> Callable[[object, type], object]:
    """A structure hook taking values of exactly ``kind`` (no ``str(12)``, no ``True`` for an integer)."""

    def structure(value: object, _: type) -> object:
        if type(value) is not kind:
            raise _WrongTypeError(value)
        return value

    return structure


def _structure_date(value: object, _: type) -> dt.date:
    if type(value) is not str or not _ISO_DATE.fullmatch(value):
        raise _WrongTypeError(value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _WrongTypeError(value) from None


def _is_node_union(tp: Any) -> bool:
    """A union of node classes (``Inline``, ``Block``, ``Item | Quote``…), told apart by ``"type"``."""
    return get_origin(tp) in (Union, types.UnionType) and all(attrs.has(member) for member in get_args(tp))


def _node_union_structure(tp: Any) -> Callable[[object, Any], object]:
    classes = {member.__name__: member for member in get_args(tp)}
    allowed = ", ".join(f'"{name}"' for name in classes)

    def structure(value: object, _: Any) -> object:
        if not isinstance(value, dict):
            raise _WrongTypeError(value)
        if "type" not in value:
            raise _FieldError("required field missing", "type")
        cls = classes.get(value["type"])
        if cls is None:
            raise _FieldError(f"expected one of {allowed}, got {_show(value['type'])}", "type")
        return _converter.structure(value, cls)

    return structure


_ADDED_SINCE = frozenset({("ContentsEntry", "paragraphs"), ("Document", "page_starts"), ("Document", "source")})
"""Fields added to format 1 after documents were written in it, each with a default: JSON written before may
lack them (read with the default), JSON written now has them."""


def _node_structure(cls: type) -> Callable[[object, Any], object]:
    name = cls.__name__
    fields = attrs.fields(attrs.resolve_types(cls))
    required = [field.name for field in fields if (name, field.name) not in _ADDED_SINCE]
    arrays = [field.name for field in fields if get_origin(field.type) is tuple]
    derived = (
        ("text",) if cls is Symbol else ("id",) if cls is Salutation else ("id", "text") if cls in _IDENTIFIED else ()
    )
    fields_named = {"type", *(field.name for field in fields)}
    known = {*fields_named, *derived}
    build: Callable[..., object] = make_dict_structure_fn(cls, _converter)

    def structure(value: object, _: Any) -> object:
        if not isinstance(value, dict):
            raise _WrongTypeError(value)
        for key in value:
            if key not in known:
                raise _FieldError("unknown field", key)
        for key in ("type", *required):
            if key not in value:
                raise _FieldError("required field missing", key)
        if value["type"] != name:
            raise _FieldError(f'expected "{name}", got {_show(value["type"])}', "type")
        for key in arrays:
            if not isinstance(value[key], list):
                raise _FieldError(f"expected array, got {_show(value[key])}", key)
        for key in derived:
            if key in value and not isinstance(value[key], str):
                raise _FieldError(f"expected string, got {_show(value[key])}", key)
        node = build({key: value[key] for key in value if key not in derived or key in fields_named})
        if cls is Symbol and "text" in value and value["text"] != str(node):
            raise _FieldError(
                f"{_show(value['text'])} is not the symbol's parts and suffixes, {_show(str(node))}", "text"
            )
        return node

    return structure


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(cls))


_converter = Converter()
for _kind in (str, int, bool):
    _converter.register_structure_hook(_kind, _exactly(_kind))
_converter.register_structure_hook(dt.date, _structure_date)
_converter.register_structure_hook_factory(_is_node_union, _node_union_structure)
_converter.register_structure_hook_factory(attrs.has, _node_structure)

# orjson writes dates as ISO strings and non-ASCII text as UTF-8.
_DUMP_OPTIONS = orjson.OPT_INDENT_2
