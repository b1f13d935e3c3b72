"""What a Python user expects of the library's surface: clear errors for the wrong argument, one base class for
iomparse's own exceptions, compact JSON on request."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import sample_text

import iomparse

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "scpf-paper-a.txt"


@pytest.mark.parametrize("given", [SAMPLE, str(SAMPLE).encode(), b"S/18/9\n", None, 42])
def test_parse_refuses_what_is_not_text_and_points_to_parse_file(given):
    with pytest.raises(TypeError, match=r"parse\(\) takes the text of a document \(str\), not .*parse_file"):
        iomparse.parse(given)


def test_parse_file_takes_a_path_or_its_name():
    assert iomparse.parse_file(SAMPLE) == iomparse.parse_file(str(SAMPLE))


def test_iomparses_exceptions_share_a_base_class_and_stay_value_errors(tmp_path):
    for kind in (iomparse.ParseError, iomparse.InputError, iomparse.CodecError, iomparse.PdfError):
        assert issubclass(kind, iomparse.Error) and issubclass(kind, ValueError)
    with pytest.raises(iomparse.Error):
        iomparse.parse_file(tmp_path / "missing.txt")
    with pytest.raises(iomparse.Error):
        iomparse.from_json("{}")
    with pytest.raises(iomparse.Error):
        iomparse.parse("1. Text.\n\n2. More text.\n\n4 November 2004\n\n3. And more.\n", strict=True)


def test_json_on_one_line_on_request_reads_back_the_same():
    document = iomparse.parse(sample_text("scpf-paper-b"))
    compact = iomparse.to_json(document, indent=None)
    assert "\n" not in compact and len(compact) < len(iomparse.to_json(document))
    assert iomparse.from_json(compact) == document
    with pytest.raises(ValueError, match="indent must be 2 or None"):
        iomparse.to_json(document, indent=4)


def test_parse_given_a_file_name_says_so():
    document = iomparse.parse(str(SAMPLE))
    (warning,) = [d for d in document.diagnostics if d.code == "text-is-a-file-name"]
    assert warning.severity == "warning" and "parse_file(path)" in warning.message
    assert "text-is-a-file-name" not in {d.code for d in iomparse.parse("Geneva").diagnostics}


def test_a_documents_repr_is_short_and_pretty_outlines_it():
    document = iomparse.parse_file(SAMPLE.parent / "mc-inf-274-strategy.txt")
    assert repr(document) == (
        "<Document MC/INF/274: information_note, 1 page, 8 blocks, 3 annexes, 8 footnotes, 8 diagnostics>"
    )
    assert repr(document.annexes[1]) == "<Annex 'Annex II': 1 block>"
    outline = document.pretty(width=60).splitlines()
    assert outline[:3] == [
        repr(document),
        "sec_I  INTRODUCTION",
        "  para_1  The International Organization for Migration (IOM…",
    ]
    assert all(len(line) <= 60 for line in outline[1:])
    assert len(outline) == 1 + len(list(iomparse.blocks(document))) + len(document.footnotes)
    assert outline[-1].startswith("footnote_8  ")


def test_a_file_that_cannot_be_read_is_an_input_error_and_an_os_error_naming_it(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(iomparse.FileUnreadableError) as caught:
        iomparse.parse_file(missing)
    error = caught.value
    assert isinstance(error, OSError) and isinstance(error, iomparse.InputError) and isinstance(error, iomparse.Error)
    assert (error.errno, error.filename, str(error)) == (errno.ENOENT, str(missing), f"{missing}: no such file")
    with pytest.raises(OSError, match="is a folder, not a file"):
        iomparse.parse_file(tmp_path)


def test_importing_iomparse_loads_neither_the_parser_nor_the_lexer_until_a_parse():
    """``import iomparse`` (and the converter's module) stays light: the parser loads on first use, so that the
    command line is read and Ctrl-C answered before it does; ``iomparse.parse`` is there all the same."""
    code = (
        "import sys, iomparse, iomparse.cli\n"
        "assert 'iomparse.parser' not in sys.modules and 'iomparse.lexer' not in sys.modules, 'the parser loaded'\n"
        "assert str(iomparse.parse('MC/INF/274').meta.symbol) == 'MC/INF/274'\n"
        "assert 'iomparse.parser' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
