"""Corpus runs (``benchmarks/run.py --corpus N``): the converter over N documents, as a user runs it.

N text files are made from the texts the repository holds (its samples and the blind corpus, in turn, each
copy under a name of its own, a thousand a folder), then ``iomparse FOLDER -o OUT -q`` runs as a process with
``-j 1``, ``-j 2``, ``--dask -j 2`` (a LocalCluster of two worker processes, the dask extra) and
``--incremental`` (a full run, then one file changed and the run again). Each row gives the wall time,
documents a second, and the peak memory of the whole process tree (the resident sizes of the converter and
of every process under it summed, sampled every 50 ms).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PER_FOLDER = 1000
_PAGE = os.sysconf("SC_PAGE_SIZE")


def texts() -> list[Path]:
    """The texts the documents are copied from: the samples, then the blind corpus's."""
    return sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").rglob("*.txt"))


def make_corpus(count: int, folder: Path) -> int:
    """Write ``count`` documents into ``folder``; their total size in bytes."""
    sources = texts()
    total = 0
    for number in range(count):
        source = sources[number % len(sources)]
        target = folder / f"part{number // PER_FOLDER:03}" / f"{number:06}-{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        total += target.stat().st_size
    return total


def _tree_rss(root: int) -> int:
    """The resident bytes of process ``root`` and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stream:
                fields = stream.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = int(fields[21]) * _PAGE
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree)


def timed(argv: Sequence[str]) -> dict[str, float]:
    """Run ``argv``; its wall seconds and the peak resident bytes of its process tree (Linux's /proc)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.05):
            peak = max(peak, _tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {process.returncode}: {stderr.decode()[-2000:]}")
    return {"seconds": seconds, "peak_mb": peak / 1e6}


def measure(count: int, script: str, dask: bool) -> dict[str, Any]:
    """The corpus runs on ``count`` documents with the console script ``script``."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        size = make_corpus(count, folder)
        runs: dict[str, Sequence[str]] = {"-j 1": ["-j", "1"], "-j 2": ["-j", "2"]}
        if dask:
            runs["--dask -j 2"] = ["--dask", "-j", "2"]
        rows = []
        for name, options in runs.items():
            out = Path(scratch) / "out"
            shutil.rmtree(out, ignore_errors=True)
            rows.append({"run": name, **timed([script, str(folder), "-o", str(out), "-q", *options])})
        out = Path(scratch) / "incremental"
        full = timed([script, str(folder), "-o", str(out), "-q", "-j", "2", "--incremental"])
        rows.append({"run": "--incremental -j 2, first run", **full})
        changed = next(folder.rglob("*.txt"))
        changed.write_text(changed.read_text("utf-8") + "\nOne more line.\n", "utf-8")
        rows.append(
            {
                "run": "--incremental, one file changed",
                **timed([script, str(folder), "-o", str(out), "-q", "--incremental"]),
            }
        )
    for row in rows:
        row["documents_per_s"] = count / row["seconds"] if "one file" not in row["run"] else None
    return {"documents": count, "megabytes": size / 1e6, "runs": rows}


def report(results: dict[str, Any]) -> str:
    """The corpus runs as a Markdown table, with the issue's targets."""
    rows = {row["run"]: row for row in results["runs"]}
    lines = [
        f"### Corpus runs: {results['documents']:,} documents ({results['megabytes']:.0f} MB)",
        "",
        "| run | seconds | documents/s | peak memory (MB, all processes) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for row in results["runs"]:
        speed = f"{row['documents_per_s']:.0f}" if row["documents_per_s"] else "–"
        lines.append(f"| `{row['run']}` | {row['seconds']:.2f} | {speed} | {row['peak_mb']:.0f} |")
    one, two = rows["-j 1"]["seconds"], rows["-j 2"]["seconds"]
    lines += ["", f"- `-j 2` over `-j 1`: {one / two:.2f}× (target ≥ 1.7×)"]
    if "--dask -j 2" in rows:
        dask = rows["--dask -j 2"]["seconds"]
        lines.append(f"- `--dask` (LocalCluster, 2 workers) over `-j 2`: {dask / two:.2f}× the time (target ≤ 1.15×)")
    rerun = rows["--incremental, one file changed"]["seconds"]
    lines.append(f"- `--incremental` rerun with one file changed: {rerun:.2f} s (target < 1 s at 20,000 documents)")
    return "\n".join(lines)
