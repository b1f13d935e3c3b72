"""Writing files atomically: a whole file or none, never a temporary file left, even under Ctrl-C."""

import os
import signal

import pytest

from iomparse import files
from iomparse.files import write_atomic


def test_writes_the_file_whole_and_nothing_beside_it(tmp_path):
    target = tmp_path / "deep" / "out.json"
    write_atomic(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    assert os.listdir(target.parent) == ["out.json"]


def test_keeps_an_existing_files_permissions(tmp_path):
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_bytes(b"old")

    def failing_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["out.json"]


@pytest.mark.usefixtures("ctrl_c_heard")
@pytest.mark.parametrize("moment", ["mkstemp", "replace"])
def test_ctrl_c_during_the_write_comes_once_the_file_is_in_place(tmp_path, monkeypatch, moment):
    """The interruption (a real SIGINT to this process) raises `KeyboardInterrupt` after the write, never
    between the temporary file's creation and its removal (the window a CI run once fell into)."""
    target = tmp_path / "out.json"
    real = {"mkstemp": files.tempfile.mkstemp, "replace": files.os.replace}[moment]

    def interrupted(*arguments, **keywords):
        result = real(*arguments, **keywords)
        os.kill(os.getpid(), signal.SIGINT)  # (Python runs its handler at the next instruction)
        return result

    owner = files.tempfile if moment == "mkstemp" else files.os
    monkeypatch.setattr(owner, moment, interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"whole")
    assert target.read_bytes() == b"whole"
    assert os.listdir(tmp_path) == ["out.json"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # (the handler is given back)
