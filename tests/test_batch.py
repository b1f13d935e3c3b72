"""Batch runs that isolate failure (`iomparse.batch`): order kept, errors captured, a killed worker survived."""

from __future__ import annotations

import os
import signal
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pytest
from conftest import SAMPLES

import iomparse
import iomparse.batch
from iomparse.batch import WorkerLostError, isolated, parse_many, worker_count


def square_or_fail(item: int) -> int:
    """A worker's work for the tests: fails on 13, kills its own process on 7 (as the out-of-memory killer
    would), squares the rest."""
    if item == 7:
        os.kill(os.getpid(), signal.SIGKILL)
    if item == 13:
        raise ValueError("unlucky")
    return item * item


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_order_with_each_failure_in_its_place(jobs):
    items = [n for n in range(30) if jobs != 1 or n != 7]  # (in one process, 7 would kill the test)
    found = list(isolated(square_or_fail, items, jobs))
    assert [item for item, _ in found] == items
    for item, result in found:
        if item == 13:
            assert isinstance(result, ValueError)
        elif item == 7:
            assert isinstance(result, WorkerLostError)
        else:
            assert result == item * item


def test_a_worker_killed_fails_its_item_alone_and_the_run_goes_on():
    items = list(range(40))
    found = dict(isolated(square_or_fail, items, 2))
    assert isinstance(found[7], WorkerLostError)
    assert isinstance(found[13], ValueError)
    assert all(found[n] == n * n for n in items if n not in (7, 13))


def test_zero_jobs_means_one_per_core_and_fewer_is_refused():
    assert worker_count(0) >= 1
    assert worker_count(3) == 3
    with pytest.raises(ValueError, match="jobs must be 0"):
        worker_count(-1)


def test_parse_many_gives_each_file_its_document_or_its_error(tmp_path):
    missing = tmp_path / "missing.txt"
    paths = [SAMPLES / "scpf-paper-a.txt", missing, SAMPLES / "micem-9-2002-statement.txt"]
    found = list(parse_many(paths, jobs=2))
    assert [name for name, _ in found] == [str(path) for path in paths]
    first, lost, last = (result for _, result in found)
    assert isinstance(first, iomparse.Document) and first.id == "S/18/9@en"
    assert isinstance(lost, iomparse.FileUnreadableError) and lost.filename == str(missing)
    assert isinstance(last, iomparse.Document) and last == iomparse.parse_file(paths[2])


class _PoolBrokenBetweenWaits:
    """A pool whose worker dies between two waits, as a killed one may: the item it ran ends broken, and the
    next submission is refused (`BrokenProcessPool` raised by ``submit``). Later pools work, in this process."""

    broken_once = False

    def __init__(self, max_workers: int) -> None:
        self.submitted = 0

    def submit(self, work, item):
        self.submitted += 1
        future: Future = Future()
        if not _PoolBrokenBetweenWaits.broken_once and self.submitted == 3:
            _PoolBrokenBetweenWaits.broken_once = True
            raise BrokenProcessPool("a child process terminated abruptly")
        if not _PoolBrokenBetweenWaits.broken_once and self.submitted == 2:
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        else:
            future.set_result(work(item))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def test_a_pool_broken_between_waits_refuses_a_submission_and_the_run_goes_on(monkeypatch):
    """A worker that dies while items are being submitted breaks the pool before any wait sees it: the next
    ``submit`` raises. The run takes that as the pool's breaking (its items run again alone) and goes on."""
    monkeypatch.setattr(_PoolBrokenBetweenWaits, "broken_once", False)
    monkeypatch.setattr(iomparse.batch, "ProcessPoolExecutor", _PoolBrokenBetweenWaits)
    items = list(range(12))
    found = list(isolated(abs, items, 2))
    assert found == [(n, n) for n in items]
