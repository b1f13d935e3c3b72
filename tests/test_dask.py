"""Corpus runs on Dask (`iomparse.dask`, ``--dask``): the outputs of a local run, byte for byte, a killed worker
survived, a file that kills its workers failed alone. Skipped without the dask extra."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES
from test_cli import SCRIPT, run, stderr_lines

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")

import iomparse.dask  # noqa: E402 (after the skips)
from iomparse.batch import WorkerLostError  # noqa: E402
from iomparse.cli import build_argument_parser, convert, plan  # noqa: E402

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # (the workers cannot import a test module)


def square_or_die(item: int) -> int:
    """Squares, fails on 13, and kills its worker's process on 7 every time it is tried."""
    if item == 7:
        os.kill(os.getpid(), signal.SIGKILL)
    if item == 13:
        raise ValueError("unlucky")
    return item * item


@pytest.fixture(scope="module")
def client():
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), iomparse.dask.client_for(workers=2) as made:
        yield made


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    samples = sorted(SAMPLES.glob("*.txt"))
    for copy in range(6):  # (enough files for several partitions)
        for sample in samples:
            target = folder / f"set{copy}" / sample.name
            target.parent.mkdir(exist_ok=True)
            shutil.copy(sample, target)
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def serial(corpus: Path, tmp_path: Path) -> dict[str, bytes]:
    result = run(corpus, "-o", tmp_path / "serial", "-q")
    assert result.returncode == 0, result.stderr
    return outputs(tmp_path / "serial")


def test_the_outputs_are_a_local_runs_byte_for_byte(client, corpus, tmp_path):
    found = iomparse.dask.convert(corpus, tmp_path / "dask", address=client.scheduler.address)
    assert len(found) == len(outputs(corpus)) and all(outcome.ok for outcome in found)
    assert [outcome.source for outcome in found] == [str(corpus / name) for name in outputs(corpus)]
    assert outputs(tmp_path / "dask") == serial(corpus, tmp_path)


def test_a_worker_killed_mid_run_is_survived(client, corpus, tmp_path):
    args = build_argument_parser().parse_args([str(corpus), "-o", str(tmp_path / "dask"), "-f", "json"])
    jobs = plan(args)
    pids = list(client.run(os.getpid).values())
    found = []
    for job, outcome in iomparse.dask.isolated_on(client, convert, jobs):
        if len(found) == 1:
            os.kill(pids[0], signal.SIGKILL)  # (as the out-of-memory killer would, with work left)
        found.append((job.source, outcome))
    assert [source for source, _ in found] == [job.source for job in jobs]
    assert all(outcome.ok for _, outcome in found)
    assert outputs(tmp_path / "dask") == serial(corpus, tmp_path)
    client.wait_for_workers(2, timeout=60)  # (the nanny starts another)


def test_an_item_that_kills_its_workers_fails_alone(client):
    items = list(range(40))
    found = dict(iomparse.dask.isolated_on(client, square_or_die, items))
    assert list(found) == items
    assert isinstance(found[7], WorkerLostError)
    assert isinstance(found[13], ValueError) and str(found[13]) == "unlucky"
    assert all(found[n] == n * n for n in items if n not in (7, 13))
    client.wait_for_workers(2, timeout=60)


def test_the_converter_runs_on_a_local_cluster(corpus, tmp_path):
    result = run("--dask", corpus, "-o", tmp_path / "out", "-j", "2")  # (--dask corpus/: the input, not an address)
    assert result.returncode == 0, result.stderr
    assert stderr_lines(result) == [f"{len(outputs(corpus))} converted, 0 with warnings, 0 failed"]
    assert outputs(tmp_path / "out") == serial(corpus, tmp_path)


def test_a_scheduler_that_cannot_be_reached_is_an_error_not_a_hang(tmp_path):
    command = [str(SCRIPT), str(SAMPLES / "scpf-paper-a.txt"), "-o", str(tmp_path / "out"), "--dask", "127.0.0.1:9"]
    environment = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}  # (30 s by default)
    result = subprocess.run(command, capture_output=True, env=environment, timeout=120, check=False)
    assert result.returncode == 2, result.stderr
    assert stderr_lines(result)[-1].startswith("iomparse: error: cannot reach the Dask scheduler at 127.0.0.1:9: ")
