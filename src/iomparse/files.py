"""Reading and writing files safely: decoding with clear errors, atomic writes."""

from __future__ import annotations

import os
import stat
import tempfile
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
    """Decode ``data`` (UTF-8 with or without BOM by default), refusing binary and undecodable input.

    Raises `InputError` naming the byte offset of the first undecodable byte; never substitutes characters.
    """
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes), not text")
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        byte = data[error.start : error.start + 1].hex()
        raise InputError(
            f"not valid {error.encoding} text: byte 0x{byte} at offset {error.start} (try --encoding, e.g. cp1252)"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    if not text.strip():
        raise InputError("empty file")
    return text


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
    permissions are an existing file's, else those the umask leaves (``0644`` under ``022``), as ``open`` gives."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it, then setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
