"""Incremental runs (``--incremental``, `iomparse.manifest`): a rerun converts only what changed."""

from __future__ import annotations

import json
import os
import shutil
import time

import pytest
from conftest import SAMPLES
from test_cli import run, stderr_lines

from iomparse.manifest import MANIFEST, Manifest, stamp

NAMES = ["scpf-paper-a.txt", "micem-9-2002-statement.txt", "adopted-resolution-a.txt"]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for name in NAMES[:2]:
        shutil.copy(SAMPLES / name, folder / name)
    shutil.copy(SAMPLES / NAMES[2], folder / "sub" / NAMES[2])
    return folder


def convert(corpus, *options):
    result = run(corpus, "-o", corpus.parent / "out", "--incremental", *options)
    assert result.returncode in (0, 1, 3), result.stderr
    return result, stderr_lines(result)


def times(out):
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*.json") if p.name != MANIFEST}


def test_a_rerun_converts_only_what_changed(corpus):
    out = corpus.parent / "out"
    _, lines = convert(corpus)
    assert lines == ["3 converted, 0 unchanged, 0 with warnings, 0 failed"]
    assert (out / MANIFEST).exists()
    before = times(out)
    _, lines = convert(corpus)
    assert lines == ["0 converted, 3 unchanged, 0 with warnings, 0 failed"]
    assert times(out) == before, "no output is written again"
    text = (corpus / NAMES[0]).read_text("utf-8")
    (corpus / NAMES[0]).write_text(text.replace(" the ", " the said ", 1), "utf-8")
    _, lines = convert(corpus)
    assert lines == ["1 converted, 2 unchanged, 0 with warnings, 0 failed"]
    after = times(out)
    assert [name for name in after if after[name] != before[name]] == ["scpf-paper-a.json"]
    assert " the said " in (out / "scpf-paper-a.json").read_text("utf-8")


def test_a_touched_input_is_unchanged_and_a_lost_output_is_made_again(corpus):
    out = corpus.parent / "out"
    convert(corpus)
    os.utime(corpus / NAMES[1])  # (a new time, the same bytes: hashed, and found the same)
    _, lines = convert(corpus)
    assert lines == ["0 converted, 3 unchanged, 0 with warnings, 0 failed"]
    (out / "sub" / "adopted-resolution-a.json").unlink()
    _, lines = convert(corpus)
    assert lines == ["1 converted, 2 unchanged, 0 with warnings, 0 failed"]
    assert (out / "sub" / "adopted-resolution-a.json").exists()


def test_inputs_gone_are_reported_and_their_outputs_kept(corpus):
    out = corpus.parent / "out"
    convert(corpus)
    (corpus / "sub" / NAMES[2]).unlink()
    _, lines = convert(corpus)
    assert lines == [
        "iomparse: 1 input converted before no longer given (deleted, or left out); their outputs are kept: "
        f"{out / 'sub' / 'adopted-resolution-a.json'}",
        "0 converted, 2 unchanged, 0 with warnings, 0 failed",
    ]
    assert (out / "sub" / "adopted-resolution-a.json").exists()
    _, lines = convert(corpus)
    assert lines == ["0 converted, 2 unchanged, 0 with warnings, 0 failed"], "said once"


def test_other_options_or_other_rules_convert_everything_again(corpus):
    out = corpus.parent / "out"
    convert(corpus)
    _, lines = convert(corpus, "--encoding", "auto")
    assert lines == [
        "iomparse: converting every input again: --encoding changed since the last run",
        "3 converted, 0 unchanged, 0 with warnings, 0 failed",
    ]
    manifest = json.loads((out / MANIFEST).read_bytes())
    manifest["settings"]["rules"] = "0" * 64  # (as an upgrade of iomparse would leave it)
    (out / MANIFEST).write_bytes(json.dumps(manifest).encode())
    _, lines = convert(corpus, "--encoding", "auto")
    assert lines[0] == "iomparse: converting every input again: iomparse's rules changed since the last run"
    (out / MANIFEST).write_text("{not json", "utf-8")
    _, lines = convert(corpus, "--encoding", "auto")
    assert lines[0].startswith(f"iomparse: converting every input again: the manifest {out / MANIFEST} is unreadable")
    assert lines[1] == "3 converted, 0 unchanged, 0 with warnings, 0 failed"


def test_a_failed_input_is_tried_again_and_warnings_are_still_counted(corpus):
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8 broken")  # (UTF-16 with a lone surrogate: undecodable)
    (corpus / "notes.txt").write_text("Shopping list\n\nmilk, eggs\n", "utf-8")  # (no IOM header: warned)
    result, lines = convert(corpus, "-q")
    assert result.returncode == 1
    result, lines = convert(corpus)
    assert result.returncode == 1
    assert lines[-1] == "0 converted, 4 unchanged, 1 with warnings, 1 failed"
    assert any(line.startswith(f"{corpus / 'bad.txt'}: error:") for line in lines)
    assert convert(corpus, "--fail-on-warnings")[0].returncode == 1  # (the failure first)
    (corpus / "bad.txt").unlink()
    assert convert(corpus, "--fail-on-warnings")[0].returncode == 3, "an unchanged output's warnings still count"


def test_a_single_file_keeps_its_manifest_beside_its_output(tmp_path):
    source = tmp_path / "doc.txt"
    shutil.copy(SAMPLES / NAMES[0], source)
    target = tmp_path / "made" / "doc.xml"
    for expected in (1, 0):
        result = run(source, "-o", target, "--incremental", "-v")
        assert result.returncode == 0, result.stderr
        assert len(stderr_lines(result)) == expected  # (-v: the one converted says how sure its reading is)
    assert (tmp_path / "made" / MANIFEST).exists()
    assert target.read_bytes().startswith(b"<?xml")


@pytest.mark.parametrize("options", [[], ["-f", "jsonl"], ["-f", "parquet", "-o", "out"], ["--tokens", "-o", "t"]])
def test_incremental_needs_output_files(tmp_path, options):
    result = run(SAMPLES / NAMES[0], "--incremental", *options, cwd=tmp_path)
    assert result.returncode == 2
    assert "--incremental converts into output files" in result.stderr.decode()


def test_an_input_rewritten_as_the_manifest_is_written_is_hashed_whatever_its_time_says(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text("one", "utf-8")
    output = tmp_path / "doc.json"
    output.write_text("{}", "utf-8")
    manifest = Manifest.open(tmp_path, {"format": "json"})
    manifest.record(str(output), stamp(str(source)))
    manifest.save()
    status = source.stat()
    source.write_text("two", "utf-8")  # (the same size, and then the same time)
    os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns))
    reopened = Manifest.open(tmp_path, {"format": "json"})
    assert reopened.unchanged(str(source), str(output)) is None
    source.write_text("one", "utf-8")
    os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert reopened.unchanged(str(source), str(output)) is not None
    old = time.time_ns() - 3_600_000_000_000  # (an input last changed an hour before the manifest: trusted …)
    os.utime(source, ns=(old, old))
    manifest.record(str(output), stamp(str(source)))
    manifest.save()
    assert Manifest.open(tmp_path, {"format": "json"}).unchanged(str(source), str(output)) is not None
    source.write_text("two", "utf-8")  # (… unless edited, its modification time set back: tar, rsync, touch -d)
    os.utime(source, ns=(old, old))
    assert Manifest.open(tmp_path, {"format": "json"}).unchanged(str(source), str(output)) is None, (
        "its status-change time, which no one sets back, says it changed"
    )


def test_an_entry_is_written_with_every_field_it_has(tmp_path):
    import attrs

    from iomparse.manifest import _fields

    source = tmp_path / "doc.txt"
    source.write_text("one", "utf-8")
    entry = stamp(str(source))
    assert _fields(entry) == attrs.asdict(entry)


def test_files_converted_one_at_a_time_into_one_folder_keep_each_other(tmp_path):
    """Two single-file runs share the folder's manifest: neither takes the other's output for one whose input is
    gone, and neither converts again what the other did."""
    for name in NAMES[:2]:
        shutil.copy(SAMPLES / name, tmp_path / name)
    for _ in range(2):
        for name in NAMES[:2]:
            result = run(tmp_path / name, "-o", tmp_path / "out" / name.replace(".txt", ".json"), "--incremental")
            assert result.returncode == 0 and stderr_lines(result) == [], result.stderr
    manifest = json.loads((tmp_path / "out" / MANIFEST).read_bytes())
    assert sorted(manifest["outputs"]) == sorted(name.replace(".txt", ".json") for name in NAMES[:2])


def test_a_folder_of_one_file_keeps_its_manifest_in_the_output_folder(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / NAMES[0], tmp_path / "in" / "sub" / NAMES[0])
    written = []
    for _ in range(2):
        assert run(tmp_path / "in", "-o", tmp_path / "out", "--incremental").returncode == 0
        written.append((tmp_path / "out" / "sub" / NAMES[0].replace(".txt", ".json")).stat().st_mtime_ns)
    assert written[0] == written[1], "not converted again"
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob(MANIFEST)] == [f"out/{MANIFEST}"]


def test_an_outputs_key_does_not_depend_on_how_its_path_is_spelt(tmp_path):
    manifest = Manifest.open(tmp_path / "out", {})
    assert {manifest.key(f"{tmp_path}/out//a.json"), manifest.key(f"{tmp_path}/out/./a.json")} == {"a.json"}


def test_a_manifest_missing_its_fields_is_said_unreadable_not_a_traceback(tmp_path):
    (tmp_path / MANIFEST).write_text('{"manifest": 1, "settings": {}, "outputs": {"a.json": {"source": 1}}}', "utf-8")
    manifest = Manifest.open(tmp_path, {})
    assert manifest.entries == {} and "is unreadable (TypeError" in (manifest.redo_reason or "")
