"""Pathological inputs timed, on demand: ``python benchmarks/pathological.py [--bound 20]``.

The cases of ``tests/test_pathological.py`` (which counts the calls a parse makes), timed with the CPU clock
of this process: for each case, N is doubled until parsing N repetitions takes at least 20 ms (best of 3),
then 10×N is timed and the ratio printed (linear code near 10, quadratic near 100). It sees what a count of
calls cannot: a regular expression backtracking inside one call, as on the one-line inputs of 1 MB. Run it on
an idle machine; exit status 1 when a ratio is above the bound.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_pathological import CASES, LONG_LINE_UNITS, long_line

import iomparse

TARGET_SECONDS = 0.020


def seconds(text: str) -> float:
    """The CPU time of one parse of ``text``, best of 3."""
    best = float("inf")
    for _ in range(3):
        gc.collect()
        started = time.process_time()
        iomparse.parse(text)
        best = min(best, time.process_time() - started)
    return best


def calibrated(make: Callable[[int], str], n: int) -> tuple[int, float]:
    """The smallest doubling of ``n`` whose parse takes `TARGET_SECONDS` at least, and that time."""
    while True:
        small = seconds(make(n))
        if small >= TARGET_SECONDS or n > 1_000_000:
            return n, small
        n *= 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bound", type=float, default=20.0, help="the highest ratio allowed (default 20)")
    args = parser.parse_args(argv)
    cases = [(name, make, n, None) for name, (make, n) in CASES.items()]
    cases += [(f"one line of {unit!r}", long_line(unit), 100_000, 0.0) for unit in LONG_LINE_UNITS]
    print("| case | N | N ms | 10×N ms | ratio |\n|---|---:|---:|---:|---:|")
    worst = 0.0
    for name, make, start, fixed in cases:
        n, small = (start, seconds(make(start))) if fixed is not None else calibrated(make, start)
        big = seconds(make(10 * n))
        ratio = big / small if small else float("inf")
        worst = max(worst, ratio)
        print(f"| {name} | {n} | {1000 * small:.1f} | {1000 * big:.1f} | {ratio:.1f} |", flush=True)
    print(f"\nworst ratio {worst:.1f} (bound {args.bound:g})")
    return 0 if worst <= args.bound else 1


if __name__ == "__main__":
    sys.exit(main())
