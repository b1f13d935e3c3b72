"""Provenance: the `Source` record of what a document was read from and by which iomparse."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from .model import Source
from .resources import grammar_path

_PACKAGE = Path(__file__).resolve().parent


@cache
def rules_hash() -> str:
    """A hash (sha256, hex) of the grammar files and of the package's code and rule tables: it changes when
    anything that decides a tree does, so that a pipeline knows which documents to read again."""
    digest = hashlib.sha256()
    files = [grammar_path(name) for name in ("document.lark", "symbol.lark")]
    files += sorted(_PACKAGE.rglob("*.py"))
    for file in files:
        name = file.name if file.suffix == ".lark" else file.relative_to(_PACKAGE).as_posix()
        digest.update(f"{name}\0{file.stat().st_size}\0".encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def source_of(data: bytes, name: str | None) -> Source:
    """The `Source` of input bytes ``data``, read from the file ``name`` (``None`` when unnamed)."""
    from . import __version__  # (the package's __init__ imports the parser, which imports this module)

    return Source(name, len(data), hashlib.sha256(data).hexdigest(), __version__, rules_hash())
