"""The ``iomparse`` converter: text or PDF (or iomparse JSON/XML) in, JSON, XML or canonical text out.

Exit codes: 0 all good; 1 some inputs failed (the others are still converted); 2 usage error;
3 warnings under ``--fail-on-warnings``.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs
import orjson
from attrs import define, frozen

from . import __version__
from .batch import isolated
from .errors import ParseError
from .files import FileUnreadableError, InputError, check_encoding, decode, is_pdf, read_bytes, write_atomic
from .manifest import MANIFEST, Entry, Manifest, stamp
from .model import Document

FORMATS = ("json", "jsonl", "edges", "parquet", "xml", "akn", "text")  # jsonl: records; edges: citations
INPUT_FORMATS = ("json", "xml", "text")
EXTENSIONS = {
    "json": ".json",
    "jsonl": ".jsonl",
    "edges": ".edges.jsonl",
    "xml": ".xml",
    "akn": ".akn.xml",
    "text": ".txt",
    "tokens": ".tokens.txt",
    "pdf-text": ".pdf.txt",
}
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_WARNINGS = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # (128 + SIGINT, as shells report it)


class UsageError(Exception):
    """A command line that cannot be carried out; exits with status 2."""


@frozen
class Job:
    """One conversion: where to read, where to write (``None`` for stdout), and how."""

    source: str  # a path, or "-" for standard input
    output: str | None
    to_format: str
    from_format: str | None
    strict: bool
    encoding: str
    verbose: int  # 0: a line for a file with warnings; 1: its warnings listed; 2: every diagnostic
    compact: bool = False


@frozen
class Outcome:
    """What a worker reports back: small, so it crosses process boundaries cheaply; ``data`` is the output
    for standard output (empty when written to a file), written by the main process in the inputs' order."""

    source: str
    ok: bool
    warnings: int
    messages: tuple[str, ...]
    data: bytes = b""


def build_argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iomparse",
        description="Convert IOM governing-body documents (text or PDF) into structured JSON, XML or canonical text.",
        epilog="Exit status: 0 success, 1 some inputs failed, 2 usage error, 3 warnings with --fail-on-warnings, "
        "130 interrupted (Ctrl-C: what was converted is kept, and said).",
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="FILE",
        help="text or PDF files, or folders, to convert ('-' or none with piped input: standard input)",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: as -o's extension says, .xml, .akn.xml, .txt, .jsonl, .edges.jsonl; else "
        "json; jsonl: a JSON record a line for every paragraph, item, heading, footnote, table row…; edges: a JSON "
        "line for every citation; parquet: the documents, records and citations tables into the folder -o (the "
        "arrow extra); akn: Akoma Ntoso 3.0)",
    )
    parser.add_argument(
        "--compact",
        action="store_true",
        help="with -f json: each document on one line (JSON Lines), so that several go to standard output",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="output file; a folder when converting several files or a folder (required, but -f jsonl, -f edges "
        "and -f json --compact write them all to standard output), and always with -f parquet",
    )
    parser.add_argument(
        "--tokens",
        action="store_const",
        const="tokens",
        dest="format",
        help="print the lexer's decisions instead: one row per logical line (kind, label, deciding rule, text)",
    )
    parser.add_argument(
        "--pdf-text",
        action="store_const",
        const="pdf-text",
        dest="format",
        help="print the text read from a PDF (what the lexer reads: a line per printed line, **bold**, *italics*, "
        "superscript note markers, a form feed after each page) instead of converting it",
    )
    parser.add_argument(
        "--from", dest="from_format", choices=INPUT_FORMATS, help="input format (default: detected from the content)"
    )
    parser.add_argument(
        "--glob",
        default="*.txt,*.pdf",
        help="files to take from folders, recursively: patterns separated by commas, any case (default: "
        "*.txt,*.pdf); hidden ones are left out (see --hidden), and the summary counts what was",
    )
    parser.add_argument(
        "--files-from",
        metavar="LIST",
        help="read the inputs' paths from the file LIST, one a line ('-': standard input, as find … | iomparse "
        "--files-from - -o out/ gives them); blank lines and lines opening with # are passed over",
    )
    parser.add_argument(
        "--hidden", action="store_true", help="take hidden files and folders (.git, .cache …) from folders too"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="convert N files at a time (0: one per core; default 1, or with --dask a worker per core)",
    )
    parser.add_argument(
        "--dask",
        nargs="?",
        const="local",
        metavar="ADDRESS",
        help="convert on a Dask cluster: the scheduler at ADDRESS (tcp://host:8786; its workers, not -j; the "
        "paths made whole), or without one a local cluster of -j worker processes (the dask extra); put it after "
        "the inputs, or write --dask=ADDRESS",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of text inputs: utf-8 (the default; a BOM, UTF-8's or UTF-16's, is always read), a codec "
        "name (cp1252, latin-1 …), or auto: UTF-8, else Windows-1252, said in the document (encoding-guessed)",
    )
    parser.add_argument(
        "--incremental",
        action="store_true",
        help=f"convert only the inputs that changed since the last run into the same outputs, as a manifest "
        f"({MANIFEST}) beside them records (input sha256, iomparse version and rules); inputs gone are reported",
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail on the first line the grammar cannot place (file:line:column)"
    )
    parser.add_argument("--fail-on-warnings", action="store_true", help="exit with status 3 if any input had warnings")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="list each file's warnings (file:line: severity: message) and how sure the reading is; -vv: every "
        "diagnostic, what was inferred too (without -v: a line for each file with warnings)",
    )
    parser.add_argument("--version", action="version", version=f"iomparse {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the converter; returns the exit status."""
    try:
        return _main(argv)
    except KeyboardInterrupt:  # (before any input was converted: reading the list of inputs, walking folders)
        print("iomparse: interrupted before converting anything", file=sys.stderr)
        return EXIT_INTERRUPTED


def _main(argv: Sequence[str] | None) -> int:
    parser = build_argument_parser()
    args = parser.parse_args(argv)
    args.output = None if args.output == "-" else args.output  # (-o -: standard output)
    args.format = args.format or _format_of(args.output) or "json"
    if args.dask and args.dask != "local" and not _address_like(args.dask):  # (--dask corpus/: an input)
        args.inputs.insert(0, args.dask)
        args.dask = "local"
    skipped = Skipped()
    try:
        jobs = plan(args, skipped)
    except UsageError as error:
        print(f"iomparse: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        sink = _sink(args)
    except (ModuleNotFoundError, OSError) as error:
        print(f"iomparse: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    total = len(jobs)
    incremental = Incremental.start(args, jobs) if args.incremental else None
    if incremental:
        jobs = incremental.todo
    outcomes: list[Outcome] = []
    try:
        run(jobs, args, sink, outcomes)
    except KeyboardInterrupt:  # (Ctrl-C: say what was done; what was written stays written)
        failed = sum(not o.ok for o in outcomes)
        print(
            f"iomparse: interrupted after {len(outcomes)} of {len(jobs)} inputs: "
            f"{len(outcomes) - failed} converted, {failed} failed",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except UsageError as error:  # (found once the run starts: a Dask scheduler that cannot be reached)
        print(f"iomparse: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if incremental:
            incremental.finish(outcomes)
    failed = sum(not o.ok for o in outcomes)
    warned = sum(o.ok and o.warnings > 0 for o in outcomes)
    unchanged = ""
    if incremental:
        warned += sum(entry.warnings > 0 for entry in incremental.kept)
        unchanged = f"{len(incremental.kept)} unchanged, "
    if not args.quiet and (total > 1 or str(skipped)):
        left = f"; {skipped}" if str(skipped) else ""
        converted = len(outcomes) - failed
        print(f"{converted} converted, {unchanged}{warned} with warnings, {failed} failed{left}", file=sys.stderr)
    if failed:
        return EXIT_FAILED
    if args.fail_on_warnings and warned:
        return EXIT_WARNINGS
    return EXIT_OK


def _address_like(value: str) -> bool:
    """Whether ``--dask``'s value is a scheduler's address (``tcp://host:8786``, ``host:8786``) rather than the
    first input, which ``--dask corpus/`` gives it."""
    return "://" in value or re.fullmatch(r"[\w.-]+:\d+", value) is not None


def _sink(args: argparse.Namespace) -> Callable[[bytes | None], None]:
    """Where the data that comes back from the conversions goes, called with ``None`` once they are over:
    standard output, or with ``-f parquet`` the Parquet files of the folder ``-o``."""
    if args.format != "parquet":
        return _to_stdout
    from .arrow import ParquetSink

    parquet = ParquetSink(args.output)

    def add(data: bytes | None) -> None:
        if data is not None:
            parquet.add(pickle.loads(data))  # (from our own worker: see render)
            return
        parquet.close()
        if parquet.repeated and not args.quiet:
            shown = ", ".join(parquet.repeated[:3])
            _stderr(
                f"iomparse: warning: {len(parquet.repeated)} ids given to more than one input ({shown}): "
                "a text and its PDF are one document, and their rows repeat; --glob chooses one"
            )

    return add


def _to_stdout(data: bytes | None) -> None:
    if data:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


def _format_of(output: str | None) -> str | None:
    """The format an output file's name asks for (``out.xml``: xml), as pandoc reads it; ``None`` for none."""
    if not output or output.endswith(("/", os.sep)) or Path(output).is_dir():
        return None
    name = output.lower()
    return next((fmt for fmt, suffix in _SUFFIXES if name.endswith(suffix)), None)


_SUFFIXES = [(fmt, EXTENSIONS[fmt]) for fmt in ("akn", "edges", "jsonl", "json", "xml", "text")]
"""Formats by the end of an output's name, longest first where one ends another (``.akn.xml`` before ``.xml``)."""


def plan(args: argparse.Namespace, skipped: Skipped | None = None) -> list[Job]:
    """The conversions a command line asks for; `UsageError` when it cannot be carried out. The files of the
    folders given that it leaves out are counted in ``skipped``."""
    if args.jobs is not None and args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    try:
        check_encoding(args.encoding)
    except InputError as error:
        raise UsageError(f"--encoding: {error}") from None
    if args.format == "parquet" and not args.output:
        raise UsageError("-f parquet writes documents.parquet, records.parquet and citations.parquet: give -o FOLDER")
    if args.dask and args.format in ("tokens", "pdf-text"):
        raise UsageError(f"--{args.format} shows how one text is read: it does not go with --dask")
    if args.dask and "-" in args.inputs:
        raise UsageError("--dask reads files on the cluster's workers: standard input cannot be one")
    if args.dask:
        try:
            import distributed  # noqa: F401 (checked before any work: the extra may be missing)
        except ModuleNotFoundError:
            raise UsageError('--dask needs the dask extra: pip install "iomparse[dask]"') from None
    if args.incremental and (args.format in ("parquet", "tokens", "pdf-text") or not args.output):
        raise UsageError("--incremental converts into output files, beside their manifest: give -o FOLDER or FILE")
    if args.compact and args.format != "json":
        raise UsageError("--compact writes JSON on one line: it goes with -f json")
    if args.format in ("tokens", "pdf-text") and args.from_format not in (None, "text"):
        raise UsageError(f"--{args.format} shows how a text is read: it cannot be combined with --from json or xml")
    if args.files_from == "-" and "-" in args.inputs:
        raise UsageError("--files-from - reads the list from standard input: it cannot be an input too")
    inputs = list(args.inputs) + _listed(args.files_from)
    if not inputs and args.files_from:
        raise UsageError(f"--files-from {args.files_from}: no path listed")
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: give a FILE or folder, or pipe text into standard input")
        inputs = ["-"]
    skipped = Skipped() if skipped is None else skipped
    sources = _sources(inputs, args.glob, skipped, hidden=args.hidden)
    several = len(sources) > 1 or any(Path(given).is_dir() for given in inputs if given != "-")
    if not sources:
        left = f": {skipped}" if str(skipped) else ""
        raise UsageError(f"no file to convert in {', '.join(inputs)} (--glob {args.glob}){left}")
    make = _job_factory(args)
    if args.format == "parquet":  # every input's rows to the one folder, by the main process
        if several and any(source == "-" for source, _ in sources):
            raise UsageError("standard input cannot be combined with other inputs")
        return [make(source, None) for source, _ in sources]
    if not several:
        source, _ = sources[0]
        return [make(source, _output_for(source, args.output, args.format))]
    if any(source == "-" for source, _ in sources):
        raise UsageError("standard input cannot be combined with other inputs")
    if not args.output and (args.format in ("jsonl", "edges") or args.compact):
        return [make(source, None) for source, _ in sources]
    if not args.output:
        raise UsageError(
            "several inputs or a folder need -o/--output FOLDER (or -f jsonl, -f edges, or -f json --compact)"
        )
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: not a folder (several inputs need -o FOLDER)")
    jobs = [
        make(source, os.path.join(folder, _without_suffix(relative) + EXTENSIONS[args.format]))
        for source, relative in sources
        if relative is not None
    ]
    _refuse_clashes(jobs)
    return jobs


@define
class Incremental:
    """An incremental run (``--incremental``): the jobs whose output is out of date (``todo``), the entries of
    those that are not (``kept``), and the manifest that records them."""

    manifest: Manifest
    todo: list[Job]
    kept: list[Entry]
    stamps: list[Entry | None]  # each job's input as it was before its conversion (None: unreadable)

    @classmethod
    def start(cls, args: argparse.Namespace, jobs: list[Job]) -> Incremental:
        """Open the manifest beside the outputs (in the folder ``-o`` names, or the one holding the output file
        of a single input) and sort out what is to be converted, saying (unless ``--quiet``) why everything is,
        and, for a run over folders or a list, which outputs' inputs are gone."""
        outputs = [job.output for job in jobs if job.output is not None]
        whole = len(jobs) > 1 or bool(args.files_from) or any(os.path.isdir(given) for given in args.inputs)
        into = whole or args.output.endswith(("/", os.sep)) or os.path.isdir(args.output)
        manifest = Manifest.open(args.output if into else os.path.dirname(outputs[0]), _settings(args))
        todo, kept = [], []
        for job in jobs:
            assert job.output is not None  # (plan: --incremental writes files)
            entry = manifest.unchanged(job.source, job.output)
            if entry is None:
                todo.append(job)
            else:
                kept.append(entry)
        if not args.quiet and manifest.redo_reason and manifest.redo_reason != "no manifest yet":
            _stderr(f"iomparse: converting every input again: {manifest.redo_reason}")
        gone = manifest.gone(outputs) if whole else []  # (a file converted alone says nothing of the others)
        if gone and not args.quiet:
            shown = ", ".join(gone[:3]) + (", …" if len(gone) > 3 else "")
            _stderr(
                f"iomparse: {_counted(len(gone), 'input')} converted before no longer given (deleted, or left out); "
                f"their outputs are kept: {shown}"
            )
        return cls(manifest, todo, kept, [_stamp(job.source) for job in todo])

    def finish(self, outcomes: list[Outcome]) -> None:
        """Record the outcomes of the jobs done (those of a run interrupted too) and save the manifest."""
        for job, outcome, entry in zip(self.todo, outcomes, self.stamps, strict=False):
            assert job.output is not None
            done = attrs.evolve(entry, warnings=outcome.warnings) if outcome.ok and entry is not None else None
            self.manifest.record(job.output, done)
        self.manifest.save()


def _settings(args: argparse.Namespace) -> dict[str, object]:
    """What shapes an output besides its input: the manifest's outputs are up to date only under the same."""
    from .provenance import rules_hash

    return {
        "version": __version__,
        "rules": rules_hash(),
        "format": args.format,
        "from": args.from_format,
        "strict": args.strict,
        "encoding": args.encoding,
        "compact": args.compact,
    }


def _stamp(source: str) -> Entry | None:
    try:
        return stamp(source)
    except OSError:
        return None


def _listed(files_from: str | None) -> list[str]:
    """The paths a ``--files-from`` list names, one a line (blank lines and ``#`` comments passed over)."""
    if files_from is None:
        return []
    try:
        text = sys.stdin.read() if files_from == "-" else Path(files_from).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"--files-from {files_from}: {getattr(error, 'strerror', None) or error}") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _output_for(source: str, output: str | None, to_format: str) -> str | None:
    """Where one input's output goes: standard output for none (``-o -``); inside a folder (an existing one, or
    ``DIR/``) under the input's name with the format's extension; else the file named."""
    if output is None:
        return None
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        stem = "stdin" if source == "-" else Path(source).stem
        return str(Path(output) / f"{stem}{EXTENSIONS[to_format]}")
    return output


def _refuse_clashes(jobs: list[Job]) -> None:
    """`UsageError` when two inputs would be written to one output (``a.txt`` and ``a.pdf`` → ``a.json``)."""
    seen: dict[str, str] = {}
    for job in jobs:
        assert job.output is not None
        if job.output in seen:
            raise UsageError(
                f"{seen[job.output]} and {job.source} would both be written to {job.output}: "
                "convert them apart, or choose one with --glob"
            )
        seen[job.output] = job.source


@define
class Skipped:
    """The files of the folders given that a run leaves out: not matching ``--glob``, or hidden (a name
    opening with a dot, or inside such a folder: ``.git``, ``.venv``), unless ``--hidden``."""

    unmatched: int = 0
    hidden: int = 0  # files
    hidden_folders: int = 0  # (not walked: a .git may hold thousands)

    def __str__(self) -> str:
        parts = [_counted(self.unmatched, "file") + " not matching --glob"] if self.unmatched else []
        hidden = [_counted(n, what) for n, what in ((self.hidden_folders, "folder"), (self.hidden, "file")) if n]
        parts += [f"{' and '.join(hidden)} hidden (--hidden takes them)"] if hidden else []
        return f"skipped: {', '.join(parts)}" if parts else ""


def _counted(number: int, what: str) -> str:
    return f"{number} {what}{'s' if number != 1 else ''}"


def _sources(inputs: list[str], glob: str, skipped: Skipped, *, hidden: bool = False) -> list[tuple[str, str | None]]:
    """Each input file, with its path relative to the output folder (``None`` for standard input); folders
    are searched recursively for files matching ``glob`` (``*.txt`` takes ``A.TXT`` too), hidden files and
    folders passed over unless ``hidden``, and what was left out counted in ``skipped``."""
    patterns = [pattern.strip().lower() for pattern in glob.split(",") if pattern.strip()]
    sources: list[tuple[str, str | None]] = []
    for given in inputs:
        if given == "-":
            sources.append(("-", None))
            continue
        if not os.path.isdir(given):
            sources.append((given, Path(given).name))
            continue
        top = str(Path(given))  # (as pathlib writes it: a.txt under ./in/ is in/a.txt)
        inside = 0 if top == "." else len(os.path.join(top, ""))
        found = []  # (paths as strings: 20,000 files a run, where pathlib costs a quarter of a second)
        for folder, folders, files in os.walk(top):
            if not hidden:
                skipped.hidden_folders += sum(1 for name in folders if name.startswith("."))
                folders[:] = [name for name in folders if not name.startswith(".")]
            for name in files:
                if name.startswith(".") and not hidden:
                    skipped.hidden += 1
                elif any(fnmatch.fnmatchcase(name.lower(), pattern) for pattern in patterns):
                    found.append(os.path.join(folder, name).removeprefix(f".{os.sep}" if not inside else ""))
                else:
                    skipped.unmatched += 1
        found.sort(key=lambda path: path.split(os.sep))  # (pathlib's order: folder by folder)
        sources.extend((path, path[inside:]) for path in found)
    return sources


def _without_suffix(path: str) -> str:
    """``path`` without its file name's suffix, as pathlib tells it (``a.b.txt`` → ``a.b``; ``.profile`` and
    ``notes.`` have none), at string speed."""
    name = path[path.rfind(os.sep) + 1 :]
    dot = name.rfind(".")
    return path[: len(path) - len(name) + dot] if 0 < dot < len(name) - 1 else path


def _job_factory(args: argparse.Namespace) -> Callable[[str, str | None], Job]:
    def make(source: str, output: str | None) -> Job:
        return Job(
            source, output, args.format, args.from_format, args.strict, args.encoding, args.verbose, args.compact
        )

    return make


def run(
    jobs: list[Job],
    args: argparse.Namespace,
    sink: Callable[[bytes | None], None] = _to_stdout,
    outcomes: list[Outcome] | None = None,
) -> list[Outcome]:
    """Convert every job (in ``-j`` worker processes, `iomparse.batch.isolated`: a worker that dies fails its
    input alone), reporting each in the inputs' order; ``outcomes`` gathers them as they come (so that an
    interrupted run still has them)."""
    results = (_outcome_of(job, result) for job, result in conversions(jobs, args))
    return _report(results, len(jobs), args, sink, [] if outcomes is None else outcomes)


def conversions(jobs: list[Job], args: argparse.Namespace) -> Iterator[tuple[Job, Outcome | Exception]]:
    """Each job's outcome (or the error its worker died of), in order: in ``-j`` local worker processes, or on
    a Dask cluster with ``--dask`` (`iomparse.dask`)."""
    if not args.dask:
        yield from isolated(convert, jobs, 1 if args.jobs is None or len(jobs) <= 1 else args.jobs)
        return
    if not jobs:
        return  # (an incremental run with nothing changed: no cluster to start)
    from .dask import LOCAL, client_for, isolated_on

    if args.dask != LOCAL:  # the workers run elsewhere, in folders of their own: they are given whole paths
        jobs = [attrs.evolve(job, source=os.path.abspath(job.source), output=_absolute(job.output)) for job in jobs]
    with client_for(args.dask, args.jobs or 0) as client:
        yield from isolated_on(client, convert, jobs)


def _absolute(path: str | None) -> str | None:
    return None if path is None else os.path.abspath(path)


def _outcome_of(job: Job, result: Outcome | Exception) -> Outcome:
    """A job's outcome, or a failed one for the error its worker met (``convert`` catches all others)."""
    if isinstance(result, Outcome):
        return result
    name = "<stdin>" if job.source == "-" else job.source
    return Outcome(name, False, 0, (f"{name}: error: {result}",))


def _written(outcome: Outcome, sink: Callable[[bytes | None], None]) -> Outcome:
    """``outcome`` once its data is given to ``sink`` (in the inputs' order), or failed if it cannot be."""
    try:
        sink(outcome.data)
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        return Outcome(outcome.source, False, 0, (f"{outcome.source}: error: cannot write its output: {reason}",))
    return attrs.evolve(outcome, data=b"")


def _report(
    results: Iterator[Outcome],
    total: int,
    args: argparse.Namespace,
    sink: Callable[[bytes | None], None],
    outcomes: list[Outcome],
) -> list[Outcome]:
    progress = None
    if total > 1 and not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(total=total, unit="file", file=sys.stderr)
    try:
        for result in results:
            outcome = _written(result, sink) if result.data else result
            outcomes.append(outcome)
            for message in outcome.messages:
                if not outcome.ok or not args.quiet:
                    (progress.write if progress else _stderr)(message)
            if progress:
                progress.update()
    finally:  # (interrupted too: what was converted is written, the Parquet files closed)
        sink(None)
        if progress:
            progress.close()
    return outcomes


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def convert(job: Job) -> Outcome:
    """Read, parse (or load) and write one input. Never raises: problems come back in the `Outcome`."""
    name = "<stdin>" if job.source == "-" else job.source
    document = None
    try:
        if job.to_format in ("tokens", "pdf-text"):
            data = token_view(job)
        else:
            document = load(job, name)
            data = render(document, job.to_format, compact=job.compact)
        if job.output is not None:
            if Path(job.output).resolve() == Path(name).resolve():
                raise InputError(f"output {job.output} would overwrite the input")
            write_atomic(job.output, data)
            data = b""
    except ParseError as error:
        return Outcome(name, False, 0, (f"{name}:{error.line}:{error.column}: error: {_reason(error)}",))
    except InputError as error:  # (a file's own: its name is said once, at the start)
        reason = error.strerror if isinstance(error, FileUnreadableError) else error
        return Outcome(name, False, 0, (f"{name}: error: {reason}",))
    except OSError as error:
        target = job.output or "standard output"
        return Outcome(name, False, 0, (f"{name}: error: cannot write {target}: {error.strerror or error}",))
    except Exception as error:  # a bug in iomparse: say so in one line, keep converting the others
        return Outcome(name, False, 0, (f"{name}: error: internal error ({type(error).__name__}: {error})",))
    return _outcome(name, document, job, data)


def _outcome(name: str, document: Document | None, job: Job, data: bytes) -> Outcome:
    """A conversion that succeeded: its warnings' count, the messages to print, the data for standard output."""
    if document is None:  # the token view: no document, no diagnostics
        return Outcome(name, True, 0, (), data)
    warnings = [d for d in document.diagnostics if d.severity in ("warning", "error")]
    shown = document.diagnostics if job.verbose > 1 else warnings if job.verbose else ()
    messages = tuple(f"{name}:{d.line or 0}: {d.severity}: {d.message}" for d in shown)
    if job.verbose:
        messages += (f"{name}: reading {document.assurance}",)
    elif warnings:
        count = f"{len(warnings)} warning{'s' if len(warnings) > 1 else ''}"
        messages = (f"{name}: {count} ({', '.join(sorted({d.code for d in warnings}))}; -v to list)",)
    return Outcome(name, True, len(warnings), messages, data)


def _reason(error: ParseError) -> str:
    return str(error).split(": ", 1)[-1]


def load(job: Job, name: str) -> Document:
    """The document of one input: parsed from text, or read back from iomparse JSON/XML."""
    from .codecs import CodecError, from_json, from_xml
    from .parser import parse_bytes

    data = sys.stdin.buffer.read() if job.source == "-" else read_bytes(job.source)
    kind = job.from_format or detect_format(data)
    if kind == "pdf":
        from .pdf import parse_pdf

        return parse_pdf(data, strict=job.strict, source=name)
    if kind == "text":
        return parse_bytes(data, strict=job.strict, encoding=job.encoding, source=name)
    try:
        return from_json(data) if kind == "json" else from_xml(data)
    except CodecError as error:
        raise InputError(f"not valid iomparse {kind.upper()}: {error}") from None


def token_view(job: Job) -> bytes:
    """The lexer's decisions on a text or PDF input (see `iomparse.lexer.format_tokens`), or with
    ``--pdf-text`` the text read from a PDF."""
    from .lexer import format_tokens, lex

    data = sys.stdin.buffer.read() if job.source == "-" else read_bytes(job.source)
    kind = detect_format(data) if job.from_format is None else "text"
    if kind in ("json", "xml"):
        raise InputError(f"--{job.to_format} reads text or PDF; this is iomparse JSON or XML")
    if job.to_format == "pdf-text" and kind != "pdf":
        raise InputError("--pdf-text reads a PDF; this is text")
    if kind == "pdf":
        from .pdf import pdf_text

        text = pdf_text(data)
    else:
        text = decode(data, job.encoding)
    return (text if job.to_format == "pdf-text" else format_tokens(lex(text))).encode("utf-8")


def detect_format(data: bytes) -> str:
    """``pdf`` for a PDF, ``json`` or ``xml`` when ``data`` looks like iomparse output, else ``text``."""
    if is_pdf(data):
        return "pdf"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") and b'"iomparse"' in data[:4096]:
        return "json"
    if head.startswith(b"<") and b"urn:iomparse" in data[:4096]:
        return "xml"
    return "text"


def render(document: Document, to_format: str, *, compact: bool = False) -> bytes:
    """``document`` in the output format, as bytes ready to write (``compact``: JSON on one line)."""
    from .codecs import to_json, to_text, to_xml

    if to_format == "json":
        return to_json(document, indent=None if compact else 2).encode("utf-8") + b"\n"
    if to_format == "jsonl":
        from .records import records

        return b"".join(orjson.dumps(record.as_dict()) + b"\n" for record in records(document))
    if to_format == "edges":
        from .citations import citation_graph

        return b"".join(orjson.dumps(attrs.asdict(edge)) + b"\n" for edge in citation_graph([document]))
    if to_format == "parquet":  # the document's rows, for the main process's ParquetSink
        from .arrow import rows_of

        return pickle.dumps(rows_of(document))
    if to_format == "xml":
        return to_xml(document)
    if to_format == "akn":
        from .codecs.akn import to_akn

        return to_akn(document)
    return to_text(document).encode("utf-8")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
