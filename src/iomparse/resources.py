"""Where the grammar files are: inside the installed package, or at the top of a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def grammar_path(name: str) -> Path:
    """Path of ``grammars/<name>``: packaged as ``iomparse/grammars`` in a wheel, top-level in a checkout."""
    here = Path(__file__).resolve().parent
    for folder in (here / "grammars", here.parent.parent / "grammars"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"grammar {name!r} is missing from the iomparse installation")
