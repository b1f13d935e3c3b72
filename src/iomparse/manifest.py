"""Incremental runs: a manifest beside the outputs says what each was made from, so that a rerun converts only
the inputs that changed.

The manifest (`MANIFEST`, a JSON file in the output folder) records the iomparse version, the hash of its rules
(`provenance.rules_hash`) and the options that shape an output, and for each output its input's path, sha256,
size, modification and status-change times, and the warnings its conversion had. An input is unchanged when its
output is still there and its size and times are those recorded (or, when they are not, its sha256 still is):
so a rerun over 20,000 files reads none of them unless they changed. As git does, the status-change time catches
an edit whose modification time was set back (``touch -d``, an archive restored), and an input changed within
`_RACY_NS` of the manifest's writing is hashed anyway. When the version, the rules or the options changed, every
input is converted again.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import orjson
from attrs import define, frozen

from .files import write_atomic

MANIFEST = ".iomparse-manifest.json"
_FORMAT = 1  # the manifest's own format
_RACY_NS = 2_000_000_000
"""Inputs modified this close to the manifest's writing are hashed whatever their size and time say."""


@frozen
class Entry:
    """What one output was made from."""

    source: str
    sha256: str
    size: int
    mtime_ns: int
    ctime_ns: int  # (changed by any write, and not set back as a modification time can be: touch -d, tar, rsync)
    warnings: int


@define
class Manifest:
    """The manifest of one output ``folder``, for a run with ``settings`` (what shapes the outputs)."""

    folder: Path
    settings: dict[str, Any]
    entries: dict[str, Entry]  # by output path, relative to the folder
    written_ns: int = 0  # when the manifest read was written
    redo_reason: str | None = None  # why every input is converted again (None: the manifest holds)

    @classmethod
    def open(cls, folder: str | os.PathLike[str], settings: Mapping[str, Any]) -> Manifest:
        """The manifest in ``folder`` (an empty one when there is none yet, or when it was written by another
        version, with other rules or other options: `redo_reason` says which)."""
        path = Path(folder) / MANIFEST
        settings = dict(settings)
        try:
            data = orjson.loads(path.read_bytes())
        except FileNotFoundError:
            return cls(Path(folder), settings, {}, redo_reason="no manifest yet")
        except (OSError, orjson.JSONDecodeError) as error:
            return cls(Path(folder), settings, {}, redo_reason=f"the manifest {path} is unreadable ({error})")
        if not isinstance(data, dict) or data.get("manifest") != _FORMAT:
            return cls(Path(folder), settings, {}, redo_reason=f"{path} is not an iomparse manifest")
        changed = [key for key in settings if data.get("settings", {}).get(key) != settings[key]]
        if changed:
            return cls(Path(folder), settings, {}, redo_reason=_changed(changed))
        try:
            entries = {output: Entry(**fields) for output, fields in data["outputs"].items()}
            return cls(Path(folder), settings, entries, written_ns=int(data["written_ns"]))
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            reason = f"the manifest {path} is unreadable ({type(error).__name__}: {error})"
            return cls(Path(folder), settings, {}, redo_reason=reason)

    def key(self, output: str) -> str:
        """An output's key: its path relative to the manifest's folder (``/`` between folders), however either
        is spelt (``out//a.json``, ``./out/a.json``)."""
        output, inside = os.path.normpath(output), os.path.join(os.path.normpath(self.folder), "")
        relative = output[len(inside) :] if output.startswith(inside) else os.path.relpath(output, self.folder)
        return relative.replace(os.sep, "/")

    def unchanged(self, source: str, output: str) -> Entry | None:
        """The entry of ``output`` when it is there and was made from ``source`` as it is now, else ``None``."""
        entry = self.entries.get(self.key(output))
        if entry is None or not os.path.exists(output):
            return None
        try:
            status = os.stat(source)
        except OSError:
            return None  # (its conversion will say why)
        stat = (status.st_size, status.st_mtime_ns, status.st_ctime_ns)
        if stat == (entry.size, entry.mtime_ns, entry.ctime_ns) and not self._racy(entry):
            return entry
        if status.st_size != entry.size or file_sha256(source) != entry.sha256:
            return None
        kept = Entry(source, entry.sha256, *stat, entry.warnings)
        self.entries[self.key(output)] = kept  # (touched, not changed: its new time is recorded)
        return kept

    def _racy(self, entry: Entry) -> bool:
        return max(entry.mtime_ns, entry.ctime_ns) >= self.written_ns - _RACY_NS

    def gone(self, outputs: Iterable[str]) -> list[str]:
        """The outputs recorded whose input is no longer among this run's (deleted, or left out), dropped
        from the manifest; their files are kept."""
        planned = {self.key(output) for output in outputs}
        left = sorted(key for key in self.entries if key not in planned)
        for key in left:
            del self.entries[key]
        return [str(self.folder / key) for key in left]

    def record(self, output: str, entry: Entry | None) -> None:
        """Record what ``output`` was made from; ``None`` forgets it (its conversion failed: tried again next run)."""
        if entry is None:
            self.entries.pop(self.key(output), None)
        else:
            self.entries[self.key(output)] = entry

    def save(self) -> None:
        """Write the manifest (atomically: an interrupted run leaves the last one whole)."""
        self.written_ns = time.time_ns()
        data = {
            "manifest": _FORMAT,
            "settings": self.settings,
            "written_ns": self.written_ns,
            "outputs": {key: _fields(entry) for key, entry in sorted(self.entries.items())},
        }
        write_atomic(self.folder / MANIFEST, orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")


def _fields(entry: Entry) -> dict[str, Any]:
    """An entry as JSON (attrs.asdict's result, an order of magnitude sooner: 20,000 are written a run)."""
    return {
        "source": entry.source,
        "sha256": entry.sha256,
        "size": entry.size,
        "mtime_ns": entry.mtime_ns,
        "ctime_ns": entry.ctime_ns,
        "warnings": entry.warnings,
    }


def stamp(source: str) -> Entry:
    """An input's entry as it is now (its warnings yet unknown: 0), taken before it is read for conversion, so
    that a change made while it is converted shows at the next run."""
    status = os.stat(source)
    return Entry(source, file_sha256(source), status.st_size, status.st_mtime_ns, status.st_ctime_ns, 0)


def file_sha256(path: str) -> str:
    """The sha256 of a file's bytes, hex."""
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _changed(keys: list[str]) -> str:
    names = {"version": "iomparse's version", "rules": "iomparse's rules"}
    return " and ".join(names.get(key, f"--{key.replace('_', '-')}") for key in keys) + " changed since the last run"
