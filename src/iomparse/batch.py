"""Batch runs that isolate failure: one bad or killed document is one failure, and the run goes on.

`isolated` runs a function over items in worker processes and yields each item's result, or the exception it
raised, in the items' order. A worker that dies (the out-of-memory killer, a crash in a native library) breaks
its pool: the items it was working on are run again each alone in a fresh process, so that the one that kills
its worker fails alone, with `WorkerLostError`, and the run goes on in a new pool. `parse_many` parses files
this way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

from .errors import Error
from .model import Document

T = TypeVar("T")
R = TypeVar("R")

_AHEAD = 4
"""Items submitted ahead per worker: enough to keep each busy, few to redo when a pool breaks."""


class WorkerLostError(Error, RuntimeError):
    """The worker process reading an item died (killed, or crashed in native code) and died again when the item
    was read alone: the item is failed, the run goes on."""

    def __init__(self) -> None:
        super().__init__("the worker process reading it died each time it was tried (killed: out of memory?)")


def worker_count(jobs: int) -> int:
    """The number of worker processes ``jobs`` asks for: ``0`` means one per core this process may use."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, not {jobs}")
    if jobs:
        return jobs
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def isolated(work: Callable[[T], R], items: Sequence[T], jobs: int = 1) -> Iterator[tuple[T, R | Exception]]:
    """``(item, work(item))`` for each item, in order, or ``(item, exception)`` where ``work`` raised one; in
    ``jobs`` worker processes (``work`` and the items picklable) when ``jobs`` is not 1 (0: one per core)."""
    workers = worker_count(jobs)
    if workers == 1 or len(items) <= 1:
        for item in items:
            try:
                yield item, work(item)
            except Exception as error:  # (one item's failure is its result)
                yield item, error
        return
    yield from _Pooled(work, items, workers).run()


class _Pooled(Generic[T, R]):
    """One isolated run in a process pool, renewed whenever a worker dies."""

    def __init__(self, work: Callable[[T], R], items: Sequence[T], workers: int) -> None:
        self.work, self.items, self.workers = work, items, workers
        self.done: dict[int, R | Exception] = {}

    def run(self) -> Iterator[tuple[T, R | Exception]]:
        position = 0  # the next item to yield
        submitted = 0  # the next item to submit
        while position < len(self.items):
            pool = ProcessPoolExecutor(max_workers=self.workers)
            running: dict[Future[R], int] = {}
            try:
                while position < len(self.items):
                    submitted, refused = self.fill(pool, running, submitted)
                    if position in self.done:
                        yield self.items[position], self.done.pop(position)
                        position += 1
                        continue
                    finished, _ = wait(running, return_when=ALL_COMPLETED if refused else FIRST_COMPLETED)
                    broken = self.collect(finished, running)
                    if broken or refused:
                        self.alone(broken)
                        break  # a new pool for the rest
            finally:  # (also when the run is interrupted, or its reader stops early: then no waiting on it)
                pool.shutdown(wait=position >= len(self.items), cancel_futures=True)

    def fill(self, pool: ProcessPoolExecutor, running: dict[Future[R], int], submitted: int) -> tuple[int, bool]:
        """Submit items to ``pool`` up to `_AHEAD` a worker; the next item to submit, and whether the pool
        refused one, broken by a worker that died since the last wait (its running items then all end)."""
        while submitted < len(self.items) and len(running) < self.workers * _AHEAD:
            try:
                running[pool.submit(self.work, self.items[submitted])] = submitted
            except BrokenProcessPool:
                return submitted, True
            submitted += 1
        return submitted, False

    def collect(self, finished: set[Future[R]], running: dict[Future[R], int]) -> list[int]:
        """Record the finished futures' results; the items of a broken pool (all it was running) if it broke."""
        for future in finished:
            index = running.pop(future)
            try:
                self.done[index] = future.result()
            except BrokenProcessPool:
                return sorted([index, *running.values()])
            except Exception as error:
                self.done[index] = error
        return []

    def alone(self, indexes: list[int]) -> None:
        """Run each of ``indexes`` in a process of its own: the one that kills it again fails alone."""
        for index in indexes:
            with ProcessPoolExecutor(max_workers=1) as pool:
                try:
                    self.done[index] = pool.submit(self.work, self.items[index]).result()
                except BrokenProcessPool:
                    self.done[index] = WorkerLostError()
                except Exception as error:
                    self.done[index] = error


def _parse_path(path: str) -> Document:
    from .parser import parse_file

    return parse_file(path)


def parse_many(paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1) -> Iterator[tuple[str, Document | Exception]]:
    """Each file of ``paths`` parsed (`iomparse.parse_file`), in order, with its `Document` or the exception it
    raised (`iomparse.InputError`, `WorkerLostError` …): one file's failure never stops the others. ``jobs``
    worker processes (0: one per core)."""
    names = [os.fspath(path) for path in paths]
    yield from isolated(_parse_path, names, jobs)
