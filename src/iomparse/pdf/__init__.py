"""Reading PDFs directly (the ``pdf`` extra, PDFium through pypdfium2).

>>> document = iomparse.parse_pdf("C-112-19.pdf")
>>> iomparse.pdf_text("C-112-19.pdf")        # the text the lexer reads, one printed line per line

The PDF's characters are laid out as the text ``pdftotext -layout`` prints, with what plain text loses put back
the way a document converter writes it (bold and italic runs, raised footnote markers as superscript digits;
see `iomparse.pdf.lines`), and that text is parsed as any other: one lexer and one grammar read every form.
Positions in the tree (lines) refer to lines of `pdf_text`; a form feed ends each page.
"""

from __future__ import annotations

import os

import attrs

from ..files import is_pdf, read_bytes
from ..model import Diagnostic, Document
from .glyphs import INSTALL, Page, PdfError

__all__ = ["INSTALL", "PdfError", "is_pdf", "parse_pdf", "pdf_text"]

Source = bytes | str | os.PathLike[str]


def pdf_text(source: Source) -> str:
    """The text of the PDF at ``source`` (a path, or its bytes) as iomparse reads it.

    Raises `PdfError` (an `iomparse.InputError`) for a damaged or encrypted PDF, one with no text layer, or
    when the ``pdf`` extra is not installed."""
    return _read(source if isinstance(source, bytes) else read_bytes(source))[0]


def parse_pdf(pdf: Source, *, strict: bool = False, source: str | None = None) -> Document:
    """Parse the PDF at ``pdf`` (a path, or its bytes): `iomparse.parse` of its `pdf_text`. ``source`` names
    it in error messages (by default its path).

    Pages PDFium cannot read, and pages without a text layer among pages with one, are reported in
    ``Document.diagnostics``; `PdfError` when no page has text (a scanned PDF: run OCR first)."""
    from ..parser import parse_read

    data = pdf if isinstance(pdf, bytes) else read_bytes(pdf)
    text, lost, pages = _read(data)
    name = source if source is not None or isinstance(pdf, bytes) else os.fspath(pdf)
    document = parse_read(text, data, strict=strict, source=name)
    return attrs.evolve(document, diagnostics=(*lost, *document.diagnostics), pages=pages)


def _read(data: bytes) -> tuple[str, list[Diagnostic], int]:
    """The text of the PDF ``data``, what was lost of it, and its number of pages (empty ones, which the
    text's form feeds do not show at its end, included)."""
    from .glyphs import open_pdf, pages
    from .lines import document_text

    document = open_pdf(data)
    try:
        read = list(pages(document))
    finally:
        document.close()
    if not read:
        raise PdfError("the PDF has no pages")
    if all(isinstance(page, int) or not page.pieces for page in read):
        raise PdfError("no text layer (a scanned PDF?): run OCR first, e.g. ocrmypdf in.pdf out.pdf")
    return document_text(read), pages_lost(read), len(read)


def pages_lost(read: list[Page | int]) -> list[Diagnostic]:
    """A warning for each page whose text is lost or may read wrong: a page PDFium cannot read (given by its
    number), a page without a text layer among pages with one, a page whose characters are partly glyphs with
    no Unicode meaning (more than 2% of them, 3 at least), a page with words set at an angle."""
    lost: list[Diagnostic] = []
    for page in read:
        if isinstance(page, int):
            lost.append(Diagnostic("warning", "pdf-page-unreadable", f"page {page}: PDFium cannot read it (lost)"))
        elif not page.pieces and len(read) > 1:
            message = f"page {page.number}: no text layer (a scanned image?), its text is lost: run OCR first"
            lost.append(Diagnostic("warning", "pdf-page-without-text", message))
        elif page.unmapped >= max(3, 0.02 * page.characters):
            message = (
                f"page {page.number}: {page.unmapped} of {page.characters} characters have no Unicode meaning "
                "(a font without a ToUnicode map): its text may read wrong"
            )
            lost.append(Diagnostic("warning", "pdf-text-unmapped", message))
        if not isinstance(page, int) and page.turned:
            message = (
                f"page {page.number}: {page.turned} words set at an angle (a table turned on the page) read as if "
                "the page were turned, after its level text"
            )
            lost.append(Diagnostic("info", "pdf-text-turned", message))
    return lost
