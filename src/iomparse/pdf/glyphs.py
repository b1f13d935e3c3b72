"""The printed words of a PDF, read with PDFium (pypdfium2): each as pieces of one face, size and baseline.

A *piece* is a run of characters drawn by one text object of the PDF without a space inside: a word, or the
part of a word in one face (``**Bold**`` ending mid-word makes two pieces). It knows where it stands on the
page (PDF points, origin at the page's bottom left), its font size and whether its face is bold or italic;
laying pieces out as lines of text is `iomparse.pdf.lines`' work.

Only this module talks to PDFium. Calls into it go through ctypes, which is most of the time spent reading a
PDF, so they are made per word, not per character: a word's text object is asked at its first and last
letters (it says where a face or a baseline changes; only a word whose two ends differ is read letter by
letter), its position where it starts and ends, its font once per font.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Iterator
from typing import Any

from attrs import frozen

from ..files import InputError

INSTALL = 'pip install "iomparse[pdf]"'


class PdfError(InputError):
    """A PDF that cannot be read as a document: damaged, encrypted, without a text layer, or the reader missing."""


@frozen
class Piece:
    """Characters of one face on one baseline, with no space inside."""

    text: str
    x0: float  # where the first character starts (points from the page's left edge)
    x1: float  # where the last one ends
    baseline: float  # points from the page's bottom edge
    size: float  # the font size, in points
    bold: bool
    italic: bool
    spaced: bool  # a space (printed, or a gap PDFium saw) separates it from the piece before
    turned: bool = False  # set at an angle (a table turned on the page): its place is measured along its lines


@frozen
class Page:
    """One page: its number (from 1), its size in points, and its pieces in the order the PDF draws them."""

    number: int
    width: float
    height: float
    pieces: tuple[Piece, ...]

    @property
    def characters(self) -> int:
        return sum(len(piece.text) for piece in self.pieces)

    @property
    def turned(self) -> int:
        """How many of its pieces are set at an angle."""
        return sum(piece.turned for piece in self.pieces)

    @property
    def unmapped(self) -> int:
        """How many of its characters have no Unicode meaning (U+FFFD, the private use area): glyphs of a font
        without a ``ToUnicode`` map, whose text reads wrong."""
        return sum(1 for piece in self.pieces for c in piece.text if c == "\ufffd" or "\ue000" <= c <= "\uf8ff")


def pdfium() -> Any:
    """The pypdfium2 module; `PdfError` naming the install command when the ``pdf`` extra is missing."""
    try:
        import pypdfium2
    except ImportError:
        raise PdfError(f"reading PDFs needs the pdf extra: {INSTALL}") from None
    return pypdfium2


def open_pdf(data: bytes) -> Any:
    """The PDFium document of the bytes of a PDF; `PdfError` saying why not."""
    module = pdfium()
    try:
        return module.PdfDocument(data)
    except module.PdfiumError as error:
        raise PdfError(_why_not(module, error)) from None


def _why_not(module: Any, error: Any) -> str:
    code = getattr(error, "err_code", None)
    raw = module.raw
    if code == raw.FPDF_ERR_PASSWORD:
        return "encrypted PDF: it needs a password to open (decrypt it first, e.g. qpdf --decrypt)"
    if code == raw.FPDF_ERR_SECURITY:
        return "PDF protected by an unsupported security handler"
    return "damaged PDF: PDFium cannot read its structure (the file may be truncated or not a PDF)"


def pages(document: Any) -> Iterator[Page | int]:
    """Each page of ``document`` read into pieces, or its number when PDFium cannot read it."""
    calls = _Calls(pdfium().raw)
    for index in range(len(document)):
        try:
            page = document[index]
            textpage = page.get_textpage()
        except Exception:  # PDFium refuses the page: the caller reports it and goes on with the others
            yield index + 1
            continue
        try:
            width, height = page.get_size()
            yield Page(index + 1, width, height, tuple(calls.pieces(textpage)))
        finally:
            textpage.close()
            page.close()


# Faces by the words of their names (``ABCDEF+LiberationSerif-BoldItalic``, ``Times-Bold``, ``Arial,Bold``).
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC_NAME = re.compile(r"italic|oblique|slanted", re.IGNORECASE)
# PDFium marks a hyphen it takes for a word broken at a line's end as U+FFFE (or U+0002): it is printed.
_LIGATURES = str.maketrans(
    {"\ufffe": "-", "\x02": "-", "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)


_WORD = re.compile(r"\S+")
_LEVEL = 0.1  # the sine of the angle above which a character is set at an angle


class _Calls:
    """The PDFium functions read per piece, declared once with plain pointer types (faster calls)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        pointer, number = ctypes.c_void_p, ctypes.c_int
        self.object_of = _declare(raw.FPDFText_GetTextObject, pointer, pointer, number)
        self.font_of = _declare(raw.FPDFTextObj_GetFont, pointer, pointer)
        self.origin = _declare(raw.FPDFText_GetCharOrigin, number, pointer, number, pointer, pointer)
        self.box = _declare(raw.FPDFText_GetCharBox, number, pointer, number, pointer, pointer, pointer, pointer)
        self.size = _declare(raw.FPDFText_GetFontSize, ctypes.c_double, pointer, number)
        self.angle = _declare(raw.FPDFText_GetCharAngle, ctypes.c_float, pointer, number)
        self.doubles = (ctypes.c_double * 4)()
        self.address = ctypes.addressof(self.doubles)
        self.name = ctypes.create_string_buffer(256)
        self.faces: dict[int | None, tuple[bool, bool]] = {None: (False, False)}  # by font: fonts are shared

    def pieces(self, textpage: Any) -> Iterator[Piece]:
        """The page's pieces: each word of its text (the characters between spaces, printed or generated),
        cut where the text object changes inside it (a word half in bold)."""
        handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count)
        if len(text) != count:  # characters outside the BMP come as two code units: ask one by one
            text = "".join(chr(self.raw.FPDFText_GetUnicode(textpage.raw, i)) for i in range(count))
        object_of, end = self.object_of, -1
        for word in _WORD.finditer(text):
            start, stop = word.span()
            spaced, end = start != end, stop
            first = object_of(handle, start)
            if first == object_of(handle, stop - 1):  # (one object from the first letter to the last: one piece)
                if first:
                    yield self._piece(handle, text, start, stop, obj=first, spaced=spaced)
                continue
            for cut, cut_end, obj in _runs(object_of, handle, start, stop):
                if obj:
                    yield self._piece(handle, text, cut, cut_end, obj=obj, spaced=spaced and cut == start)

    def _piece(self, handle: int | None, text: str, start: int, end: int, *, obj: int, spaced: bool) -> Piece:
        doubles, address = self.doubles, self.address
        self.origin(handle, start, address, address + 8)
        x0, baseline = doubles[0], doubles[1]
        self.box(handle, end - 1, address, address + 8, address + 16, address + 24)
        x1 = doubles[1]
        sine = math.sin(self.angle(handle, start))  # (PDFium measures the angle clockwise)
        if abs(sine) > _LEVEL:  # set at an angle: read along its own line, as if the page were turned with it
            x0, baseline, x1 = (baseline, -x0, doubles[3]) if sine < 0 else (-baseline, x0, -doubles[2])
        font = self.font_of(obj)
        if font not in self.faces:
            self.faces[font] = self._face(font)
        bold, italic = self.faces[font]
        chars = text[start:end].translate(_LIGATURES)
        if not chars.isprintable():
            chars = "".join(c for c in chars if c.isprintable())
        size = round(self.size(handle, start), 2)
        return Piece(chars, x0, max(x1, x0), baseline, size, bold, italic, spaced, abs(sine) > _LEVEL)

    def _face(self, font: int) -> tuple[bool, bool]:
        """Whether a font is bold, italic: by the words of its name, else by its weight and italic angle."""
        raw = self.raw
        handle = ctypes.cast(font, raw.FPDF_FONT)
        length = raw.FPDFFont_GetBaseFontName(handle, self.name, len(self.name))
        name = self.name.raw[: max(length - 1, 0)].decode("latin-1")
        bold = bool(_BOLD_NAME.search(name)) or raw.FPDFFont_GetWeight(handle) >= 600
        angle = ctypes.c_int()
        italic = bool(_ITALIC_NAME.search(name)) or (
            bool(raw.FPDFFont_GetItalicAngle(handle, ctypes.byref(angle))) and angle.value != 0
        )
        return bold, italic


def _runs(object_of: Any, handle: int | None, start: int, stop: int) -> Iterator[tuple[int, int, int | None]]:
    """The characters from ``start`` to ``stop`` in runs of one text object: (start, end, object)."""
    cut, current = start, object_of(handle, start)
    for i in range(start + 1, stop):
        obj = object_of(handle, i)
        if obj != current:
            yield cut, i, current
            cut, current = i, obj
    yield cut, stop, current


def _declare(function: Any, result: Any, *arguments: Any) -> Any:
    """``function`` (a pypdfium2 ctypes function) called through a prototype of plain types."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None, "a pypdfium2 function has an address"
    return ctypes.CFUNCTYPE(result, *arguments)(address)
