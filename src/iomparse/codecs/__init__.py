"""Codecs of the document tree: lossless JSON (`iomparse.codecs.json`) and XML (`iomparse.codecs.xml`), and
canonical text (`iomparse.codecs.text`).

JSON and XML carry the format version ``1`` and have a schema shipped in ``iomparse/schemas``. The codec
functions are loaded on first use, so that importing this package (or the JSON codec) does not import lxml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import Error

if TYPE_CHECKING:
    from .json import from_json, to_json
    from .text import to_text
    from .xml import from_xml, to_xml

__all__ = ["CodecError", "from_json", "from_xml", "to_json", "to_text", "to_xml"]

_MODULES = {"to_json": "json", "from_json": "json", "to_xml": "xml", "from_xml": "xml", "to_text": "text"}


class CodecError(Error, ValueError):
    """Input that is not a valid iomparse JSON or XML document; the message names where the problem is."""


def __getattr__(name: str) -> Any:
    """Load a codec function from its module on first access."""
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_MODULES[name]}", __name__), name)
