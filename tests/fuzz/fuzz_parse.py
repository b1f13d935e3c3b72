"""Fuzz `iomparse.parse`, lenient and strict, with seeds from ``samples/``.

Every input is the fuzzer's bytes decoded as UTF-8 with ``surrogateescape`` (so the seed files are read
exactly as written, and invalid bytes become lone surrogates). Each input is parsed twice:

* ``iomparse.parse(text)`` must return a `iomparse.Document` (lenient mode never raises);
* ``iomparse.parse(text, strict=True)`` must return a `Document` or raise `iomparse.ParseError` with
  ``line >= 1``; any other exception is a crash.

Engines:

* ``atheris`` (the default when it is installed): coverage-guided libFuzzer over the ``iomparse`` code,
  with a dictionary of the line shapes the classifier knows. ``--count N`` is libFuzzer's ``-runs=N``;
  arguments after ``--`` go to libFuzzer unchanged (``-max_total_time=600``, ``-timeout=10``, ...). A crash
  stops the run and leaves ``crash-<sha1>`` in the working directory; replay it with ``--replay crash-<sha1>``.
  With ``--keep-going DIR`` a crash does not stop the run: each distinct crash (exception type and the
  innermost ``iomparse`` frame) is minimized, saved to ``DIR`` and reported once, then counted.
* ``hypothesis``: a long Hypothesis run of ``--count`` examples (seed fragments shuffled and mutated,
  plus arbitrary text); slower, needs nothing but the test dependencies.

See ``tests/fuzz/README.md`` for the commands.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout without installing

# Tokens the line classifier and the inline parser react to (libFuzzer dictionary entries).
DICTIONARY = (
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\f",
    "\t",
    "\ufeff",
    "\u00a0",
    "**",
    "*",
    "_",
    "#",
    "¹",
    "²",
    "¹²",
    "⁰",
    "(a) ",
    "(b) ",
    "(i) ",
    "(ii) ",
    "(1) ",
    "- ",
    "• ",
    "– ",
    "- (a) ",
    "1. ",
    "12. ",
    "I. ",
    "IV. ",
    "V.1 ",
    "II.3. ",
    "Objective 3: ",
    "MC/INF/274",
    "MC/1842",
    "C/106/54/Rev.1",
    "C/Sp/7/L/1",
    "S/18/9",
    "SCPF/92",
    "MICEM/9/2002",
    "/Rev.1",
    "/Corr.2",
    "Original: English",
    "Original: French",
    "4 November 2004",
    "31 February 2004",
    "EIGHTY-EIGHTH SESSION",
    "101ST SESSION",
    "Seventh Special Session",
    "Annex I",
    "ANNEX II",
    "Appendix A",
    "Page 3",
    "Page ii/iv",
    "_____",
    "-----",
    "RESOLUTION No. 923 (LXXI)",
    "DRAFT RESOLUTION",
    "(Adopted by the Council at its 407th meeting on 29 November 1995)",
    "The Council,",
    "Resolves:",
    "Decides:",
    "Recalling ",
    "Noting ",
    "Distinguished delegates, ladies and gentlemen,",
    "Resolution No. 923 (LXXI)",
    "Resolutions Nos. 1310 and 1311",
    "IOM STRATEGY",
    ".",
    ",",
    ";",
    ":",
    "“",
    "”",
)


def _check(text: str) -> None:
    """The property every input must satisfy; raises on a violation."""
    import iomparse

    document = iomparse.parse(text)
    if not isinstance(document, iomparse.Document):
        raise AssertionError(f"lenient parse returned {type(document).__name__}, not a Document")
    try:
        strict = iomparse.parse(text, strict=True)
    except iomparse.ParseError as error:
        if not (isinstance(error.line, int) and error.line >= 1):
            raise AssertionError(f"ParseError with line={error.line!r}") from error
    else:
        if not isinstance(strict, iomparse.Document):
            raise AssertionError(f"strict parse returned {type(strict).__name__}, not a Document")


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


class _Counter:
    def __init__(self, every: int, keep_going: _KeepGoing | None = None) -> None:
        self.count = 0
        self.every = every
        self.keep_going = keep_going
        self.started = time.monotonic()

    def tick(self) -> None:
        self.count += 1
        if self.count % self.every == 0:
            elapsed = time.monotonic() - self.started
            crashes = f"; crashes: {self.keep_going.summary()}" if self.keep_going else ""
            print(f"[fuzz_parse] {self.count} inputs in {elapsed:.0f} s{crashes}", file=sys.stderr, flush=True)


def _signature(error: BaseException) -> str:
    """What distinguishes one crash from another: the exception type and its innermost iomparse frame."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/iomparse/" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{type(error).__name__} at {where}"


def _fails_the_same(text: str, signature: str) -> bool:
    try:
        _check(text)
    except Exception as error:
        return _signature(error) == signature
    return False


def minimize(text: str, signature: str) -> str:
    """A greedy shrink of ``text`` that keeps the crash: drop line runs, then single lines, then characters."""
    lines = text.split("\n")
    size = len(lines) // 2 or 1
    while size >= 1:
        index = 0
        while index < len(lines):
            candidate = lines[:index] + lines[index + size :]
            if candidate and _fails_the_same("\n".join(candidate), signature):
                lines = candidate
            else:
                index += size
        size //= 2
    text = "\n".join(lines)
    index = 0
    while index < len(text):
        candidate = text[:index] + text[index + 1 :]
        if _fails_the_same(candidate, signature):
            text = candidate
        else:
            index += 1
    return text


class _KeepGoing:
    """Records crashes instead of stopping: the first input of each kind is minimized and saved."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.seen: dict[str, int] = {}

    def run(self, text: str) -> None:
        try:
            _check(text)
        except Exception as error:
            signature = _signature(error)
            self.seen[signature] = self.seen.get(signature, 0) + 1
            if self.seen[signature] == 1:
                small = minimize(text, signature)
                number = len(self.seen)
                (self.directory / f"crash-{number}.txt").write_text(text, "utf-8", errors="surrogateescape")
                (self.directory / f"crash-{number}-min.txt").write_text(small, "utf-8", errors="surrogateescape")
                print(
                    f"[fuzz_parse] NEW CRASH {number}: {signature}; minimal input {small!r}\n"
                    + "".join(traceback.format_exception(error)),
                    file=sys.stderr,
                    flush=True,
                )

    def summary(self) -> str:
        if not self.seen:
            return "no crash"
        return "; ".join(f"{count} x {signature}" for signature, count in self.seen.items())


# --------------------------------------------------------------------------------------------------
# atheris


def run_atheris(
    count: int | None, corpus: Path | None, max_len: int, extra: list[str], keep_going: Path | None
) -> None:
    # lark is imported before instrumentation starts, so that only iomparse's own code is instrumented
    import atheris
    import lark  # noqa: F401

    with atheris.instrument_imports(include=["iomparse"]):
        import iomparse  # noqa: F401

    recorder = _KeepGoing(keep_going) if keep_going else None
    counter = _Counter(every=50_000, keep_going=recorder)

    def one_input(data: bytes) -> None:
        counter.tick()
        if recorder:
            recorder.run(_decode(data))
        else:
            _check(_decode(data))

    work = Path(tempfile.mkdtemp(prefix="iomparse-fuzz-"))
    dictionary = work / "iomparse.dict"
    dictionary.write_text(
        "".join(f'"{_dict_escape(token)}"\n' for token in DICTIONARY),
        encoding="ascii",
    )
    if corpus is None:
        corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for sample in sorted(SAMPLES.glob("*.txt")):
        target = corpus / sample.name
        if not target.exists():
            target.write_bytes(sample.read_bytes())
    argv = [sys.argv[0], f"-dict={dictionary}", f"-max_len={max_len}", "-print_final_stats=1"]
    if count is not None:
        argv.append(f"-runs={count}")
    argv += [*extra, str(corpus)]
    print(f"[fuzz_parse] libFuzzer {' '.join(argv[1:])}", file=sys.stderr, flush=True)
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def _dict_escape(token: str) -> str:
    """A libFuzzer dictionary value: printable ASCII as is, everything else as ``\\xNN`` UTF-8 bytes."""
    out = []
    for byte in token.encode("utf-8"):
        char = chr(byte)
        if 0x20 <= byte < 0x7F and char not in '"\\':
            out.append(char)
        else:
            out.append(f"\\x{byte:02X}")
    return "".join(out)


# --------------------------------------------------------------------------------------------------
# Hypothesis


def run_hypothesis(count: int) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    seeds = [sample.read_text("utf-8") for sample in sorted(SAMPLES.glob("*.txt"))]
    lines = sorted({line for text in seeds for line in text.split("\n")})

    @st.composite
    def documents(draw) -> str:
        picked = draw(st.lists(st.sampled_from(lines), max_size=60))
        noise = draw(st.lists(st.text(max_size=20), max_size=5))
        for piece in noise:
            picked.insert(draw(st.integers(0, len(picked))), piece)
        text = draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n\f"])).join(picked)
        cut = draw(st.integers(0, len(text)))
        return text[:cut] if draw(st.booleans()) else text

    counter = _Counter(every=10_000)

    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(documents(), st.text(), st.binary().map(_decode)))
    def fuzz(text: str) -> None:
        counter.tick()
        _check(text)

    fuzz()
    print(f"[fuzz_parse] done: {counter.count} inputs, no crash", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("atheris", "hypothesis"), default=None)
    parser.add_argument("--count", type=int, default=None, help="number of inputs (libFuzzer -runs)")
    parser.add_argument("--corpus", type=Path, default=None, help="working corpus directory (default: a temp dir)")
    parser.add_argument("--max-len", type=int, default=4096, help="largest input, in bytes (atheris)")
    parser.add_argument("--keep-going", type=Path, default=None, metavar="DIR", help="record crashes in DIR, go on")
    parser.add_argument("--replay", type=Path, nargs="+", help="run these input files once each and report")
    parser.add_argument("--minimize", type=Path, default=None, metavar="FILE", help="shrink a crashing input")
    args, extra = parser.parse_known_args()
    extra = [a for a in extra if a != "--"]

    if args.replay:
        failed = 0
        for path in args.replay:
            try:
                _check(_decode(path.read_bytes()))
                print(f"{path}: ok")
            except Exception:
                failed += 1
                print(f"{path}: CRASH")
                traceback.print_exc()
        sys.exit(1 if failed else 0)

    if args.minimize:
        text = _decode(args.minimize.read_bytes())
        try:
            _check(text)
        except Exception as error:
            print(repr(minimize(text, _signature(error))))
            sys.exit(0)
        print(f"{args.minimize}: does not crash")
        sys.exit(1)

    engine = args.engine
    if engine is None:
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    if engine == "atheris":
        run_atheris(args.count, args.corpus, args.max_len, extra, args.keep_going)
    else:
        run_hypothesis(args.count or 1_000_000)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
