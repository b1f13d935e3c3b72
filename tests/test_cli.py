"""The installed ``iomparse`` console script, run as a user would: as a subprocess."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLES, SEEDS

import iomparse

SCRIPT = Path(sys.executable).parent / "iomparse"
STRATEGY = SAMPLES / f"{SEEDS['strategy']}.txt"
STATEMENT = SAMPLES / f"{SEEDS['statement']}.txt"


def run(*args: str | Path, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    assert SCRIPT.exists(), f"the console script is not installed at {SCRIPT}"
    return subprocess.run(
        [str(SCRIPT), *map(str, args)], input=stdin, capture_output=True, cwd=cwd, timeout=120, check=False
    )


def stderr_lines(result) -> list[str]:
    return result.stderr.decode().splitlines()


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"iomparse {iomparse.__version__}"


def test_python_dash_m_runs_the_same_converter():
    result = subprocess.run(
        [sys.executable, "-m", "iomparse", "--version"], capture_output=True, check=False, timeout=60
    )
    assert result.returncode == 0 and b"iomparse" in result.stdout


def test_file_to_json_on_stdout():
    result = run(STRATEGY)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["iomparse"] == 1
    assert iomparse.codecs.from_json(result.stdout) == iomparse.parse_file(STRATEGY)
    assert result.stderr == b""


def test_xml_and_text_formats(tmp_path):
    xml_result = run(STRATEGY, "-f", "xml")
    assert xml_result.returncode == 0
    assert iomparse.codecs.from_xml(xml_result.stdout) == iomparse.parse_file(STRATEGY)
    text_result = run(STATEMENT, "--format", "text")
    assert text_result.returncode == 0
    assert text_result.stdout.decode().startswith("MICEM/9/2002\n\n")


def test_akoma_ntoso_format(tmp_path):
    result = run(STATEMENT, "-f", "akn")
    assert result.returncode == 0, result.stderr
    assert b'<doc name="officialStatement"' in result.stdout
    out = tmp_path / "out"
    folder = run(STATEMENT, STRATEGY, "-f", "akn", "-o", out, "-q")
    assert folder.returncode == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{SEEDS['statement']}.akn.xml", f"{SEEDS['strategy']}.akn.xml"]
    )


def test_output_file_written(tmp_path):
    target = tmp_path / "out.json"
    result = run(STATEMENT, "-o", target)
    assert result.returncode == 0 and result.stdout == b""
    assert json.loads(target.read_text("utf-8"))["meta"]["speaker"] == "The Director General"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"], "no temporary file is left behind"


def test_reads_its_own_json_and_xml_back(tmp_path):
    as_json = tmp_path / "doc.json"
    as_json.write_bytes(run(STRATEGY).stdout)
    result = run(as_json, "-f", "xml")
    assert result.returncode == 0, result.stderr
    assert iomparse.codecs.from_xml(result.stdout) == iomparse.parse_file(STRATEGY)
    as_xml = tmp_path / "doc.xml"
    as_xml.write_bytes(result.stdout)
    again = run(as_xml, "--from", "xml")
    assert json.loads(again.stdout) == json.loads(as_json.read_bytes())


def test_standard_input():
    data = STATEMENT.read_bytes()
    piped = run(stdin=data)
    dashed = run("-", stdin=data)
    assert piped.returncode == dashed.returncode == 0
    assert piped.stdout == dashed.stdout
    from_stdin, from_file = json.loads(piped.stdout), json.loads(run(STATEMENT).stdout)
    assert (from_stdin["source"]["name"], from_file["source"]["name"]) == ("<stdin>", str(STATEMENT))
    assert from_stdin["source"]["sha256"] == from_file["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    from_stdin["source"]["name"] = from_file["source"]["name"]
    assert from_stdin == from_file


def test_folder_mirrored_into_output_folder(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    shutil.copy(STRATEGY, corpus / "a.txt")
    shutil.copy(STATEMENT, corpus / "sub" / "b.txt")
    (corpus / "notes.md").write_text("not picked up by the default glob")
    out = tmp_path / "out"
    result = run(corpus, "-o", out, "-f", "xml")
    assert result.returncode == 0, result.stderr
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == ["a.xml", "sub/b.xml"]
    assert stderr_lines(result)[-1] == "2 converted, 0 with warnings, 0 failed; skipped: 1 file not matching --glob"


def test_folders_match_any_case_pass_hidden_folders_over_and_count_what_they_leave(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / ".git").mkdir(parents=True)
    shutil.copy(STATEMENT, corpus / "UPPER.TXT")
    shutil.copy(STATEMENT, corpus / ".git" / "cached.txt")
    shutil.copy(STATEMENT, corpus / ".hidden.txt")
    (corpus / "notes.md").write_text("not picked up by the default glob")
    out = tmp_path / "out"
    result = run(corpus, "-o", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["UPPER.json"]
    assert stderr_lines(result)[-1] == (
        "1 converted, 0 with warnings, 0 failed; "
        "skipped: 1 file not matching --glob, 1 folder and 1 file hidden (--hidden takes them)"
    )
    hidden = run(corpus, "-o", tmp_path / "all", "--hidden")
    assert sorted(str(p.relative_to(tmp_path / "all")) for p in (tmp_path / "all").rglob("*") if p.is_file()) == [
        ".git/cached.json",
        ".hidden.json",
        "UPPER.json",
    ], hidden.stderr


def test_a_folder_with_nothing_to_convert_says_so(tmp_path):
    (tmp_path / "notes.md").write_text("a note")
    result = run(tmp_path, "-o", tmp_path / "out")
    assert result.returncode == 2
    assert stderr_lines(result) == [
        f"iomparse: error: no file to convert in {tmp_path} (--glob *.txt,*.pdf): skipped: 1 file not matching --glob"
    ]


def test_glob_and_jobs(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(4):
        shutil.copy(STATEMENT, corpus / f"s{number}.text")
    out = tmp_path / "out"
    result = run(corpus, "--glob", "*.text", "-o", out, "-j", "2", "-q")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["s0.json", "s1.json", "s2.json", "s3.json"]
    assert result.stderr == b"", "--quiet prints nothing when all is well"


def test_one_bad_input_does_not_stop_the_others(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    shutil.copy(STATEMENT, good)
    bad.write_bytes(b"caf\xe9 au lait\n")
    out = tmp_path / "out"
    result = run(good, bad, "-o", out)
    assert result.returncode == 1
    assert (out / "good.json").exists() and not (out / "bad.json").exists()
    lines = stderr_lines(result)
    assert (
        f"{bad}: error: line 1, column 4: byte 0xe9 is not utf-8 text (try --encoding auto, or name it: "
        "--encoding cp1252)" in lines
    )
    assert lines[-1] == "1 converted, 0 with warnings, 1 failed"


def test_encoding_option(tmp_path):
    source = tmp_path / "cp1252.txt"
    source.write_bytes("1. The caf\xe9 paragraph.\n".encode("cp1252"))
    result = run(source, "--encoding", "cp1252", "-f", "text")
    assert result.returncode == 0
    assert "café" in result.stdout.decode()


def test_encoding_auto_reads_utf8_and_windows_1252_alike_and_says_which_it_guessed(tmp_path):
    """A folder mixing UTF-8 and Windows-1252 files: ``--encoding auto`` reads both, the second with an
    ``encoding-guessed`` note; a UTF-16 file with its BOM is read whatever the encoding asked."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "utf8.txt").write_bytes("1. The café paragraph.\n".encode())
    (tmp_path / "in" / "windows.txt").write_bytes("1. The café paragraph.\n".encode("cp1252"))
    (tmp_path / "in" / "utf16.txt").write_bytes("1. The café paragraph.\n".encode("utf-16"))
    out = tmp_path / "out"
    result = run(tmp_path / "in", "--encoding", "auto", "-o", out, "-f", "text")
    assert result.returncode == 0, result.stderr
    assert {p.name: "café" in p.read_text("utf-8") for p in out.iterdir()} == {
        "utf8.txt": True,
        "windows.txt": True,
        "utf16.txt": True,
    }
    guessed = [iomparse.parse_file(tmp_path / "in" / name, encoding="auto") for name in ("utf8.txt", "windows.txt")]
    assert [[d.code for d in doc.diagnostics if d.code == "encoding-guessed"] for doc in guessed] == [
        [],
        ["encoding-guessed"],
    ]
    assert "The café paragraph." in iomparse.to_text(iomparse.parse_file(tmp_path / "in" / "utf16.txt"))


def test_an_unknown_encoding_is_a_usage_error_told_once(tmp_path):
    result = run(STATEMENT, "--encoding", "klingon")
    assert result.returncode == 2
    assert stderr_lines(result) == [
        "iomparse: error: --encoding: unknown encoding 'klingon' (utf-8, cp1252, latin-1, utf-16, … or auto)"
    ]


@pytest.mark.parametrize(
    ("name", "data", "advice"),
    [
        ("report.docx", b"PK\x03\x04\x14\x00\x06\x00", "a Word, OpenDocument or other zipped file, not text"),
        ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Word (.doc) file, not text"),
        ("report.rtf", b"{\\rtf1\\ansi Report}", "an RTF file, not text"),
        ("page.txt", b"<!DOCTYPE html>\n<html><body>MC/2300</body></html>", "an HTML page, not text"),
    ],
)
def test_a_file_in_a_format_of_its_own_is_answered_with_what_to_do(tmp_path, name, data, advice):
    (tmp_path / name).write_bytes(data)
    result = run(name, cwd=tmp_path)
    assert result.returncode == 1
    (line,) = stderr_lines(result)
    assert line.startswith(f"{name}: error: {advice}")
    assert "save it as PDF" in line or "save the page as PDF" in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "missing.txt: error: no such file"),
        (["empty.txt"], "empty.txt: error: empty file"),
        (["binary.txt"], "binary.txt: error: binary file (NUL bytes), not text"),
        (["broken.json"], "broken.json: error: not valid iomparse JSON: "),
        (["broken.xml"], "broken.xml: error: not valid iomparse XML: "),
    ],
)
def test_input_errors_are_one_clear_line(tmp_path, args, message):
    (tmp_path / "empty.txt").write_text("  \n\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "broken.json").write_text('{"iomparse": 1, "meta": ')
    (tmp_path / "broken.xml").write_text('<document xmlns="urn:iomparse:1"><meta>')
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 1
    (line,) = stderr_lines(result)
    assert line.startswith(message)
    assert "Traceback" not in result.stderr.decode()


def test_folder_without_output_is_a_usage_error(tmp_path):
    shutil.copy(STATEMENT, tmp_path / "statement.txt")
    result = run(tmp_path)
    assert result.returncode == 2
    assert stderr_lines(result) == [
        "iomparse: error: several inputs or a folder need -o/--output FOLDER "
        "(or -f jsonl, -f edges, or -f json --compact)"
    ]


def test_records_of_several_inputs_stream_to_standard_output_in_their_order(tmp_path):
    inputs = [SAMPLES / "scpf-paper-a.txt", STATEMENT]
    for jobs in ("1", "2"):
        result = run(*inputs, "-f", "jsonl", "-j", jobs)
        assert result.returncode == 0, result.stderr
        lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
        expected = [r.as_dict() for path in inputs for r in iomparse.records(iomparse.parse_file(path))]
        assert [(line["document"], line["id"], line["text"]) for line in lines] == [
            (r["document"], r["id"], r["text"]) for r in expected
        ]
        assert {line["document"] for line in lines} == {"S/18/9@en", "MICEM/9/2002@en"}


def test_compact_json_writes_a_document_a_line_for_a_folder(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(STATEMENT.read_bytes())
    result = run(tmp_path, "-f", "json", "--compact")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert [iomparse.from_json(line).source.name for line in lines] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]


def test_compact_goes_with_json_only():
    result = run(STATEMENT, "-f", "xml", "--compact")
    assert result.returncode == 2
    assert stderr_lines(result) == ["iomparse: error: --compact writes JSON on one line: it goes with -f json"]


def test_unknown_option_is_a_usage_error():
    result = run("--no-such-option")
    assert result.returncode == 2
    assert "usage: iomparse" in result.stderr.decode()


def test_unwritable_output(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(STATEMENT, "-o", blocker / "out.json")
    assert result.returncode == 1
    (line,) = stderr_lines(result)
    assert line.startswith(f"{STATEMENT}: error: cannot write {blocker / 'out.json'}: ")


def test_strict_mode_reports_file_line_column(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text("I. INTRODUCTION\n\n1. Text.\n\n(Adopted by the Council at its 5th meeting on 1 May 2000)\n")
    lenient = run(source, "-v")
    assert lenient.returncode == 0
    assert any(line.startswith(f"{source}:5: warning: an adoption line where") for line in stderr_lines(lenient))
    strict = run(source, "--strict")
    assert strict.returncode == 1
    (line,) = stderr_lines(strict)
    assert line.startswith(f"{source}:5:1: error: an adoption line cannot stand here: this part of a resolution")


def test_fail_on_warnings(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text("I. INTRODUCTION\n\n1. Text.\n\n(Adopted by the Council at its 5th meeting on 1 May 2000)\n")
    assert run(source, "--fail-on-warnings").returncode == 3
    assert run(STATEMENT, "--fail-on-warnings").returncode == 0


def test_progress_bar_on_a_terminal(tmp_path):
    """With standard error on a terminal, a folder run shows a progress bar (and still its summary)."""
    import fcntl
    import pty
    import struct
    import termios

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(3):
        shutil.copy(STATEMENT, corpus / f"s{number}.txt")
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a terminal 80 columns wide
    with subprocess.Popen(
        [str(SCRIPT), str(corpus), "-o", str(tmp_path / "out")], stdout=subprocess.DEVNULL, stderr=secondary
    ) as process:
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the terminal closes when the process ends
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=60) == 0
    os.close(primary)
    shown = b"".join(chunks).decode()
    assert "3/3" in shown and "file" in shown, shown
    assert "3 converted, 0 with warnings, 0 failed" in shown


def test_no_progress_bar_when_not_a_terminal(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(STATEMENT, corpus / "s.txt")
    shutil.copy(STRATEGY, corpus / "t.txt")
    result = run(corpus, "-o", tmp_path / "out")
    assert stderr_lines(result) == ["2 converted, 0 with warnings, 0 failed"]


def test_tokens_shows_the_lexers_decisions(tmp_path):
    result = run("--tokens", STATEMENT)
    assert result.returncode == 0, result.stderr
    rows = result.stdout.decode().splitlines()
    assert rows[0].split()[:4] == ["lines", "kind", "label", "decided"]
    speaker = next(row for row in rows if " SPEAKER " in row)
    assert speaker.split()[:3] == ["10", "SPEAKER", "speaker-by-position"]
    assert "The Director General" in speaker
    assert "decisions" in rows  # the legend: what each decision used means
    module = subprocess.run(
        [sys.executable, "-m", "iomparse.lexer", str(STATEMENT)], capture_output=True, check=False, timeout=60
    )
    assert module.returncode == 0 and module.stdout == result.stdout


def test_tokens_refuses_iomparse_json(tmp_path):
    data = tmp_path / "doc.json"
    data.write_bytes(run(STATEMENT).stdout)
    result = run("--tokens", data)
    assert result.returncode == 1
    assert stderr_lines(result) == [f"{data}: error: --tokens reads text or PDF; this is iomparse JSON or XML"]
    usage = run("--tokens", "--from", "json", data)
    assert usage.returncode == 2 and "--tokens" in usage.stderr.decode()


def test_all_cores_with_j_0(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_bytes(STATEMENT.read_bytes())
    result = run(tmp_path, "-o", tmp_path / "out", "-j", "0")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json", "c.json"]
    assert run(STATEMENT, "-j", "-1").returncode == 2


@pytest.mark.usefixtures("ctrl_c_heard")
def test_ctrl_c_ends_with_what_was_done(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(600):
        (folder / f"doc{number:03}.txt").write_bytes(STRATEGY.read_bytes())
    process = subprocess.Popen(
        [str(SCRIPT), str(folder), "-o", str(tmp_path / "out"), "-q"], stderr=subprocess.PIPE, stdout=subprocess.PIPE
    )
    while not (tmp_path / "out").exists() or len(list((tmp_path / "out").iterdir())) < 3:
        assert process.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    (line,) = stderr.decode("utf-8").splitlines()
    found = re.fullmatch(r"iomparse: interrupted after (\d+) of 600 inputs: (\d+) converted, 0 failed", line)
    assert found and found[1] == found[2], line
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert all(name.endswith(".json") for name in written), "no half-written file is left"
    assert int(found[2]) in (len(written), len(written) - 1)  # (one may be written as the interruption comes)


@pytest.mark.parametrize(
    ("output", "root"),
    [
        ("doc.xml", "{urn:iomparse:1}document"),
        ("doc.akn.xml", "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}akomaNtoso"),
    ],
)
def test_the_format_follows_the_outputs_extension_unless_given(tmp_path, output, root):
    from lxml import etree

    assert run(STATEMENT, "-o", tmp_path / output).returncode == 0
    assert etree.parse(str(tmp_path / output)).getroot().tag == root
    assert run(STATEMENT, "-o", tmp_path / "forced.xml", "-f", "json").returncode == 0
    assert json.loads((tmp_path / "forced.xml").read_bytes())["type"] == "Document"


def test_output_dash_is_standard_output_and_a_folder_takes_the_inputs_name(tmp_path):
    dashed = run(STATEMENT, "-o", "-", cwd=tmp_path)
    assert dashed.returncode == 0 and json.loads(dashed.stdout)["type"] == "Document"
    assert run(STATEMENT, "-f", "parquet", "-o", "-", cwd=tmp_path).returncode == 2
    assert run(STATEMENT, STRATEGY, "-o", "-", cwd=tmp_path).returncode == 2
    assert not (tmp_path / "-").exists()
    assert run(STATEMENT, "-o", f"{tmp_path / 'new'}/").returncode == 0
    assert [p.name for p in (tmp_path / "new").iterdir()] == [STATEMENT.stem + ".json"]
    (tmp_path / "there").mkdir()
    assert run(STATEMENT, "-f", "xml", "-o", tmp_path / "there").returncode == 0
    assert [p.name for p in (tmp_path / "there").iterdir()] == [STATEMENT.stem + ".xml"]


def test_outputs_take_the_umasks_permissions_and_keep_an_existing_files(tmp_path):
    made = tmp_path / "made.json"
    kept = tmp_path / "kept.json"
    kept.write_text("{}")
    kept.chmod(0o664)
    umask = os.umask(0o022)
    try:
        assert run(STATEMENT, "-o", made).returncode == 0
        assert run(STATEMENT, "-o", kept).returncode == 0
    finally:
        os.umask(umask)
    assert (made.stat().st_mode & 0o777, kept.stat().st_mode & 0o777) == (0o644, 0o664)


def test_warnings_are_seen_by_default_listed_with_v_and_everything_with_vv(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text("I. INTRODUCTION\n\n1. Text.\n\n(Adopted by the Council at its 5th meeting on 1 May 2000)\n")
    plain, listed, everything = (run(source, *flags) for flags in ((), ("-v",), ("-vv",)))
    assert [r.returncode for r in (plain, listed, everything)] == [0, 0, 0]
    (line,) = stderr_lines(plain)
    assert re.fullmatch(rf"{re.escape(str(source))}: \d+ warnings? \([a-z-]+(, [a-z-]+)*; -v to list\)", line)
    warned = [line for line in stderr_lines(listed) if ": warning: " in line or ": error: " in line]
    assert warned and not [line for line in stderr_lines(listed) if ": info: " in line]
    assert stderr_lines(listed)[-1].startswith(f"{source}: reading ")
    assert [line for line in stderr_lines(everything) if ": info: " in line]
    assert run(source, "-q").stderr == b""


def test_files_from_a_list_or_standard_input(tmp_path):
    """``find … | iomparse --files-from - -o out/``: the paths, one a line, are the inputs (blank lines and
    comments passed over), not a document to convert."""
    shutil.copy(STATEMENT, tmp_path / "a.txt")
    shutil.copy(STRATEGY, tmp_path / "b.txt")
    listing = f"{tmp_path / 'a.txt'}\n\n# the strategy\n{tmp_path / 'b.txt'}\n".encode()
    result = run("--files-from", "-", "-o", tmp_path / "out", stdin=listing)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json"]
    (tmp_path / "list.txt").write_bytes(listing)
    result = run("--files-from", tmp_path / "list.txt", "-f", "jsonl")
    assert result.returncode == 0, result.stderr
    assert {json.loads(line)["document"] for line in result.stdout.decode().splitlines()} == {
        "MICEM/9/2002@en",
        "MC/INF/274@en",
    }
    empty = run("--files-from", "-", stdin=b"\n# nothing\n")
    assert empty.returncode == 2
    assert stderr_lines(empty) == ["iomparse: error: --files-from -: no path listed"]


@pytest.mark.usefixtures("ctrl_c_heard")
def test_ctrl_c_before_any_conversion_is_said_in_a_line(tmp_path):
    """Interrupted while it reads its list of inputs (a pipe nobody writes to yet): one line, no traceback."""
    import threading

    fifo = tmp_path / "list"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [str(SCRIPT), "--files-from", str(fifo), "-o", str(tmp_path / "out")], stderr=subprocess.PIPE
    )
    opened = threading.Event()

    def open_for_writing() -> None:  # (returns once iomparse has the pipe open, reading it)
        with open(fifo, "w", encoding="utf-8"):
            opened.set()
            process.wait(timeout=60)

    writer = threading.Thread(target=open_for_writing, daemon=True)
    writer.start()
    assert opened.wait(timeout=60), "iomparse never opened the list"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode("utf-8").splitlines() == ["iomparse: interrupted before converting anything"]


def test_dask_without_its_extra_or_with_standard_input_is_a_usage_error(tmp_path):
    code = (
        "import sys; sys.modules['distributed'] = None\n"  # (as if the dask extra were not installed)
        "from iomparse.cli import main\n"
        f"sys.exit(main([{str(STATEMENT)!r}, '-o', {str(tmp_path / 'out')!r}, '--dask']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False, timeout=60)
    assert result.returncode == 2
    assert stderr_lines(result) == ['iomparse: error: --dask needs the dask extra: pip install "iomparse[dask]"']
    piped = run("-", "-o", tmp_path / "out.json", "--dask", stdin=STATEMENT.read_bytes())
    assert piped.returncode == 2 and "standard input cannot be one" in piped.stderr.decode()
    assert not (tmp_path / "out").exists() and not (tmp_path / "out.json").exists()
