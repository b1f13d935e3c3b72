"""iomparse: the text of IOM governing-body documents → structured data.

>>> import iomparse
>>> doc = iomparse.parse(text)            # lenient: never raises; see doc.diagnostics
>>> doc.meta.symbol, doc.meta.title
"""

from __future__ import annotations

from .errors import ParseError
from .model import (
    Adoption,
    Annex,
    Clause,
    DateRange,
    Diagnostic,
    DocRef,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Furniture,
    Item,
    Meta,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    Session,
    Span,
    Strong,
    Symbol,
    Text,
    Unclassified,
)
from .parser import parse, parse_file

__version__ = "0.1.0"

__all__ = [
    "Adoption",
    "Annex",
    "Clause",
    "DateRange",
    "Diagnostic",
    "DocRef",
    "Document",
    "Emphasis",
    "Figure",
    "Footnote",
    "Furniture",
    "Item",
    "Meta",
    "NoteRef",
    "Paragraph",
    "ParseError",
    "Quote",
    "Resolution",
    "ResolutionRef",
    "Salutation",
    "Section",
    "Session",
    "Span",
    "Strong",
    "Symbol",
    "Text",
    "Unclassified",
    "__version__",
    "parse",
    "parse_file",
]
