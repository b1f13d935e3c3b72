"""Corpus runs on a Dask cluster (the ``dask`` extra: ``pip install "iomparse[dask]"``).

The conversions of a run (`iomparse.cli.plan`: the same inputs, outputs and options as the converter's) become a
`dask.bag` over the files, computed on a `distributed` cluster, a partition at a time: each worker reads its
inputs and writes their outputs itself, so the outputs are those of a local run, byte for byte. A worker that
dies (killed, or out of memory) has its partition run again by the scheduler on another; a partition that keeps
killing its workers is run again a file at a time, so that the file that kills fails alone (`WorkerLostError`)
and the run goes on. Outcomes come back in the inputs' order, as `iomparse.batch.isolated` gives them.

``iomparse corpus/ -o out/ --dask`` starts a `LocalCluster` (a worker process per core, or ``-j N``);
``--dask tcp://scheduler:8786`` uses a running cluster (``dask scheduler`` on one host, ``dask worker
tcp://scheduler:8786`` on others, with iomparse installed and the files at the same paths on every host).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from .batch import WorkerLostError, worker_count
from .cli import Outcome, UsageError, _outcome_of, _sink, _written, build_argument_parser, conversions, plan

if TYPE_CHECKING:
    from distributed import Client

T = TypeVar("T")
R = TypeVar("R")

LOCAL = "local"
"""``--dask`` without an address: a `LocalCluster` on this machine."""

PARTITION_SIZE = 32
"""Files a partition: few enough to spread a corpus over the workers and to redo little when one dies."""

_AHEAD = 4
"""Partitions computed ahead per worker: the cluster busy, and few results held before their turn."""


def _dask() -> tuple[Any, Any]:
    try:
        import dask.bag
        import distributed
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            'runs on Dask need the dask extra: pip install "iomparse[dask]" (dask[bag] and distributed)'
        ) from None
    return dask.bag, distributed


@contextmanager
def client_for(address: str = LOCAL, workers: int = 0) -> Iterator[Client]:
    """A `distributed.Client` of the cluster at ``address``, or of a `LocalCluster` of ``workers`` processes
    (0: one per core) started for the run and closed after it."""
    _, distributed = _dask()
    if address != LOCAL:
        try:
            client = distributed.Client(address)  # (waits distributed.comm.timeouts.connect: 30 s by default)
        except OSError as error:
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        with client:
            yield client
        return
    with (
        distributed.LocalCluster(
            n_workers=worker_count(workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # (its HTTP server on a free port: never a clash with another cluster)
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def isolated_on(client: Client, work: Callable[[T], R], items: Sequence[T]) -> Iterator[tuple[T, R | Exception]]:
    """``(item, work(item))`` for each item, in order, computed on ``client``'s cluster as a `dask.bag`; in an
    item's place the exception ``work`` raised, or `WorkerLostError` where its worker died each time it was tried
    (as `iomparse.batch.isolated` does in local processes). The conversions: ``work`` = `iomparse.cli.convert`."""
    bag, distributed = _dask()
    if not items:
        return
    starts = range(0, len(items), PARTITION_SIZE)
    partitions = (  # (a bag a partition: a partition of one bag over all the items carries the whole graph, and
        # each computed alone would send it all again: quadratic in the items)
        bag.from_sequence(items[start : start + PARTITION_SIZE], npartitions=1).map(_caught, work).to_delayed()[0]
        for start in starts
    )
    ahead = max(1, len(client.scheduler_info()["workers"])) * _AHEAD
    running: deque[Any] = deque()
    waiting = iter(zip(starts, partitions, strict=True))
    try:
        while True:
            while len(running) < ahead and (next_one := next(waiting, None)) is not None:
                start, partition = next_one
                running.append((start, client.compute(partition)))  # type: ignore[no-untyped-call]
            if not running:
                return
            start, future = running.popleft()
            part = items[start : start + PARTITION_SIZE]
            try:
                results = future.result()
            except Exception:  # (its workers died each time: KilledWorker; or the cluster lost it)
                results = [_alone(client, work, item, distributed) for item in part]
            yield from zip(part, results, strict=True)
    finally:
        client.cancel([future for _, future in running])  # type: ignore[no-untyped-call]


def _caught(item: T, work: Callable[[T], R]) -> R | Exception:
    """``work(item)``, or the exception it raised: one item's failure is its result, not its partition's."""
    try:
        return work(item)
    except Exception as error:
        return error


def _alone(client: Client, work: Callable[[T], R], item: T, distributed: Any) -> R | Exception:
    """``work(item)`` computed by itself on the cluster, or the error that kept it from a result."""
    try:
        result: R | Exception = client.submit(_caught, item, work, pure=False).result()
    except distributed.KilledWorker:
        return WorkerLostError()
    except Exception as error:
        return error
    return result


def convert(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    to_format: str = "json",
    glob: str = "*.txt,*.pdf",
    encoding: str = "utf-8",
    strict: bool = False,
    address: str = LOCAL,
    workers: int = 0,
) -> list[Outcome]:
    """Convert files or folders (``inputs``, searched recursively for ``glob``) into the folder ``output`` on
    the Dask cluster at ``address`` (a `LocalCluster` of ``workers`` processes by default, 0: one per core),
    as ``iomparse INPUTS -o OUTPUT -f TO_FORMAT --dask`` does; the outcome of each input, in order (``ok``,
    ``warnings``, ``messages``). `iomparse.cli.UsageError` for what the converter refuses."""
    given = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    folder = os.path.join(os.fspath(output), "")  # (a folder, whatever the inputs: DIR/)
    argv = ["-o", folder, "-f", to_format, "--glob", glob, "--encoding", encoding]
    argv += [f"--dask={address}", "-j", str(workers), *(["--strict"] if strict else [])]
    argv += ["--", *(os.fspath(path) for path in given)]  # (an input named -x is no option)
    args = build_argument_parser().parse_args(argv)
    jobs = plan(args)
    sink = _sink(args)  # (-f parquet: the rows the workers send back, written here)
    outcomes = []
    try:
        for job, result in conversions(jobs, args):
            outcome = _outcome_of(job, result)
            outcomes.append(_written(outcome, sink) if outcome.data else outcome)
    finally:
        sink(None)
    return outcomes
