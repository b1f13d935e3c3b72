"""Reading and writing files safely: decoding with clear errors, atomic writes."""

from __future__ import annotations

import codecs
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import Error


class InputError(Error, ValueError):
    """An input that cannot be read as a document: binary, undecodable, empty or unreadable (a file that cannot
    be read at all raises `FileUnreadableError`, also an `OSError`)."""


class FileUnreadableError(OSError, InputError):
    """A file that cannot be read (missing, a folder, no permission): an `InputError` and an `OSError`, with
    ``errno``, ``strerror`` (``no such file``) and ``filename`` set; its message names the file."""

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF: its ``%PDF-`` signature within the first kilobyte, as PDF readers accept it."""
    return b"%PDF-" in data[:1024]


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Decode ``data`` (UTF-8 with or without BOM by default, UTF-16 by its BOM; ``auto``: see `decode_as`),
    refusing binary and undecodable input.

    Raises `InputError` naming the line and column of the first undecodable byte; never substitutes characters.
    """
    return decode_as(data, encoding)[0]


def decode_as(data: bytes, encoding: str = "utf-8") -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in. A byte-order mark says the encoding (UTF-8, UTF-16)
    whatever ``encoding`` is asked; ``auto`` reads UTF-8, else Windows-1252 (every byte then decodes: the caller
    should say so). Files in a format of their own (PDF apart: see `is_pdf`) are refused with what to do."""
    foreign = _foreign_format(data)
    if foreign is not None:
        raise InputError(foreign)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # (its BOM read and dropped)
    elif b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes), not text")
    elif encoding.lower().replace("_", "-") in ("utf-8", "utf8") or data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif encoding == "auto":
        try:
            return _checked(data.decode("utf-8-sig")), "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = data[error.start : error.start + 1].hex()
        raise InputError(
            f"line {line}, column {column}: byte 0x{byte} is not {error.encoding} text "
            "(try --encoding auto, or name it: --encoding cp1252)"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    return _checked(text), "utf-8" if encoding == "utf-8-sig" else encoding


def _checked(text: str) -> str:
    if not text.strip():
        raise InputError("empty file")
    return text


def _foreign_format(data: bytes) -> str | None:
    """What to do with a file in a format iomparse does not read, known by its signature; None for text."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if data.startswith(b"PK\x03\x04"):
        return (
            "a Word, OpenDocument or other zipped file, not text: save it as PDF or plain text first (LibreOffice: "
            "soffice --headless --convert-to pdf FILE)"
        )
    if head.startswith(b"{\\rtf"):
        return "an RTF file, not text: save it as PDF or plain text first (soffice --headless --convert-to pdf FILE)"
    if head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "an HTML page, not text: save the page as PDF or as plain text (a browser's Save as, Text) first"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return (
            "a legacy Word (.doc) file, not text: save it as PDF or plain text first "
            "(soffice --headless --convert-to pdf FILE)"
        )
    return None


def check_encoding(encoding: str) -> None:
    """`InputError` unless ``encoding`` is ``auto`` or a codec Python knows (a usage error, told once)."""
    if encoding == "auto":
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (utf-8, cp1252, latin-1, utf-16, … or auto)") from None


def read_document_text(path: str | os.PathLike[str], encoding: str = "utf-8") -> str:
    """The decoded text of the file at ``path`` (see `decode`)."""
    return decode(read_bytes(path), encoding)


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path``; `InputError` saying why when it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        reason = _REASONS.get(type(error)) or error.strerror or str(error)
        raise FileUnreadableError(error.errno, reason, os.fspath(path)) from None


_REASONS: dict[type[OSError], str] = {
    IsADirectoryError: "is a folder, not a file",
    FileNotFoundError: "no such file",
    PermissionError: "permission denied",
}


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, renamed into place; the file's
    permissions are an existing file's, else those the umask leaves (``0644`` under ``022``), as ``open`` gives.
    Ctrl-C during the write takes effect once the file is in place: never a temporary file left behind."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    with _interrupts_held():
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


_HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) and SIGTERM back while the block runs, and deliver one that came meanwhile at its
    end, so that ``KeyboardInterrupt`` never falls between a temporary file's creation and the ``try`` that
    removes it. Off the main thread, where Python cannot set signal handlers, the block just runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []
    held = {
        number: signal.signal(number, lambda caught, _: came.append(caught))
        for number in _HELD_SIGNALS
        if signal.getsignal(number) is not None  # (None: a handler set outside Python, left alone)
    }
    try:
        yield
    finally:
        for number, handler in held.items():
            signal.signal(number, handler)
        for signal_number in dict.fromkeys(came):
            signal.raise_signal(signal_number)  # (to the handler it was meant for)


def _umask() -> int:
    """The process's umask (read by setting it, then setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
