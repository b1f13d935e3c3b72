"""iomparse: the text of IOM governing-body documents → structured data.

>>> import iomparse
>>> doc = iomparse.parse(text)            # lenient: never raises; see doc.diagnostics
>>> doc.meta.symbol, doc.meta.title
>>> iomparse.to_json(doc), iomparse.to_xml(doc), iomparse.to_text(doc), iomparse.to_akn(doc)
>>> for block, parent, path, depth in iomparse.blocks(doc):  # every block with its unique id (path)
...     iomparse.text_of(block)                                 # the plain text it holds itself
>>> doc = iomparse.parse_pdf("C-112-19.pdf")  # a PDF read directly (pip install "iomparse[pdf]")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import codecs, paths
from .batch import WorkerLostError, parse_many
from .citations import Cited, Edge, citation_graph
from .codecs import CodecError
from .errors import Error, ParseError
from .files import FileUnreadableError, InputError
from .model import (
    Adoption,
    Annex,
    Assurance,
    Citation,
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
    Reference,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    Session,
    SessionRef,
    Span,
    Strong,
    Submission,
    Symbol,
    Table,
    Text,
    Unclassified,
    UNRef,
    text_of,
)
from .paths import PlacedBlock, blocks
from .records import Record, records

if TYPE_CHECKING:  # (loaded on first use: see __getattr__)
    from .parser import parse, parse_file

__version__ = "0.1.0"

_CODECS = {"to_json", "from_json", "to_xml", "from_xml", "to_text"}
_PDF = {"parse_pdf", "pdf_text", "PdfError"}
_ARROW = {"to_arrow"}
_PARSER = {"parse", "parse_file"}


def __getattr__(name: str) -> Any:
    """The parser and the codec functions, loaded on first use (so that ``import iomparse`` does not build the
    grammar nor import lxml: the converter's command line is read, and Ctrl-C answered, before they load)."""
    if name in _PARSER:
        from . import parser

        return getattr(parser, name)
    if name in _CODECS:
        return getattr(codecs, name)
    if name in _PDF:  # (iomparse.pdf loads PDFium only when a PDF is read)
        from . import pdf

        return getattr(pdf, name)
    if name in _ARROW:  # (pyarrow is imported when a table is made)
        from . import arrow

        return getattr(arrow, name)
    if name == "to_akn":
        from .codecs.akn import to_akn

        return to_akn
    raise AttributeError(f"module 'iomparse' has no attribute {name!r}")


__all__ = [
    "Adoption",
    "Annex",
    "Assurance",
    "Citation",
    "Cited",
    "Clause",
    "CodecError",
    "ConstitutionRef",
    "Contents",
    "ContentsEntry",
    "DateRange",
    "DateRef",
    "Diagnostic",
    "DocRef",
    "Document",
    "Edge",
    "Emphasis",
    "Error",
    "Figure",
    "FileUnreadableError",
    "Footnote",
    "Furniture",
    "InputError",
    "Item",
    "Meta",
    "NameList",
    "NoteRef",
    "Paragraph",
    "ParseError",
    "PdfError",
    "PlacedBlock",
    "Quote",
    "Record",
    "Reference",
    "Resolution",
    "ResolutionRef",
    "Salutation",
    "Section",
    "Session",
    "SessionRef",
    "Span",
    "Strong",
    "Submission",
    "Symbol",
    "Table",
    "Text",
    "UNRef",
    "Unclassified",
    "WorkerLostError",
    "__version__",
    "blocks",
    "citation_graph",
    "codecs",
    "from_json",
    "from_xml",
    "parse",
    "parse_file",
    "parse_many",
    "parse_pdf",
    "paths",
    "pdf_text",
    "records",
    "text_of",
    "to_akn",
    "to_arrow",
    "to_json",
    "to_text",
    "to_xml",
]
