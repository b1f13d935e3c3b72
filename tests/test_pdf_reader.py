"""PDFs read directly (``iomparse.parse_pdf``, the ``pdf`` extra): the sample PDFs give the tree of their
converter text, bold, italics and footnote markers included; PDFs from a second typesetter (LibreOffice) hold
their gold facts; a PDF that cannot be read is refused in one line, and a page lost is reported."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import pytest
import test_pdf_text
from conftest import sample_text

import iomparse
from iomparse.cli import main
from iomparse.scoring import check, score_gold

pytest.importorskip("pypdfium2", reason="the pdf extra (pypdfium2) is not installed")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
ERRORS = Path(__file__).resolve().parent / "fixtures" / "pdf-errors"
CORPUS = Path(__file__).resolve().parent / "corpus"
STEMS = test_pdf_text.STEMS

# Documents of the corpus typeset by LibreOffice (from .fodt or python-docx files), not by reportlab.
LIBREOFFICE = (
    "agenda-2021",
    "council-report-2024",
    "draft-resolutions-2019",
    "info-note-2024",
    "scpf-report-2022",
    "statement-2018",
)


def with_faces(document: iomparse.Document) -> iomparse.Document:
    """`test_pdf_text.comparable` without flattening bold and italics: what a PDF carries besides the text."""
    flattened = test_pdf_text.flattened
    test_pdf_text.flattened = lambda node: node
    try:
        return test_pdf_text.comparable(document)
    finally:
        test_pdf_text.flattened = flattened


@functools.cache
def read(stem: str) -> iomparse.Document:
    return iomparse.parse_pdf(SAMPLES / f"{stem}.pdf")


def test_every_sample_has_its_pdf():
    assert len(STEMS) == 14


@pytest.mark.parametrize("stem", STEMS)
def test_a_sample_pdf_gives_the_tree_of_its_converter_text_faces_and_markers_included(stem):
    assert with_faces(read(stem)) == with_faces(iomparse.parse(sample_text(stem)))


@pytest.mark.parametrize("stem", STEMS)
def test_a_sample_pdf_has_the_pages_and_furniture_pdftotext_gives(stem):
    layout = iomparse.parse((test_pdf_text.FIXTURES / f"{stem}.layout.txt").read_text("utf-8"))
    assert read(stem).pages == layout.pages
    assert [(f.kind, f.text) for f in read(stem).furniture] == [(f.kind, f.text) for f in layout.furniture]


def test_the_text_read_marks_faces_and_raised_markers_as_a_converter_writes_them():
    text = iomparse.pdf_text(SAMPLES / "scpf-paper-a.pdf")
    lines = [line.strip() for line in text.splitlines()]
    assert "**Original: English**" in lines
    assert "(in Swiss francs)" in lines  # (over a table's columns: plain, as the table's other lines)
    assert any(line.endswith("made a payment under its payment plan;¹") for line in lines)
    assert any(line.startswith("¹ Payment plans are concluded") for line in lines)
    assert text.count("\f") == 2


def test_a_heading_label_a_tab_away_is_outside_the_bold_of_its_words_and_italics_are_marked():
    lines = [line.strip() for line in iomparse.pdf_text(SAMPLES / "mc-inf-274-strategy.pdf").splitlines()]
    assert "I.     **INTRODUCTION**" in lines
    assert "• *encourage social and economic development through migration; and*" in lines


def test_a_row_of_columns_is_printed_plain_at_its_columns():
    lines = iomparse.pdf_text(SAMPLES / "scpf-paper-b.pdf").splitlines()
    headings = [line for line in lines if "2008 approved" in line]
    assert headings and all("*" not in line for line in headings)


def test_the_numbers_opening_footnotes_set_level_by_libreoffice_are_markers():
    text = iomparse.pdf_text(CORPUS / "scpf-report-2022.pdf")
    assert "represented:¹ Afghanistan" in text
    assert any(line.startswith("¹ The list of participants") for line in text.splitlines())
    assert [f.marker for f in iomparse.parse_pdf(CORPUS / "scpf-report-2022.pdf").footnotes] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("name", LIBREOFFICE)
def test_a_libreoffice_pdf_holds_its_gold_facts_as_well_as_pdftotext_layout_does(name):
    scored = {r.form: r for r in score_gold(CORPUS / f"{name}.gold.json", iomparse.parse, pdf=True)}
    pdf, layout = scored["pdf"], scored["pdftotext -layout"]
    assert pdf.held >= layout.held - 1, [f.name for f in pdf.facts if not f.held]


def test_a_pdf_is_known_by_its_signature_whatever_its_name(tmp_path):
    disguised = tmp_path / "report.txt"
    disguised.write_bytes((SAMPLES / "scpf-paper-a.pdf").read_bytes())
    assert iomparse.parse_file(disguised).meta.symbol == read("scpf-paper-a").meta.symbol


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("encrypted.pdf", "encrypted PDF: it needs a password to open"),
        ("scanned.pdf", "no text layer (a scanned PDF?): run OCR first"),
        ("damaged.pdf", "damaged PDF"),
    ],
)
def test_a_pdf_that_cannot_be_read_is_refused_in_one_line_and_nothing_is_written(name, message, tmp_path, capsys):
    with pytest.raises(iomparse.PdfError, match=message.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        iomparse.parse_pdf(ERRORS / name)
    output = tmp_path / "out.json"
    assert main([str(ERRORS / name), "-o", str(output)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{ERRORS / name}: error: {message}")
    assert not output.exists()


def test_a_page_without_text_is_reported_and_the_others_kept():
    document = iomparse.parse_pdf(ERRORS / "half-scanned.pdf")
    assert document.pages == 2
    (lost,) = [d for d in document.diagnostics if d.code == "pdf-page-without-text"]
    assert lost.severity == "warning" and lost.message.startswith("page 2:")
    assert document.meta.symbol is not None and str(document.meta.symbol) == "C/999/1"


def test_without_the_pdf_extra_the_error_names_the_install_command(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import pypdfium2 now raises ImportError
    with pytest.raises(iomparse.PdfError, match=r'pip install "iomparse\[pdf\]"'):
        iomparse.parse_pdf(SAMPLES / "scpf-paper-a.pdf")
    assert main([str(SAMPLES / "scpf-paper-a.pdf")]) == 1
    assert 'reading PDFs needs the pdf extra: pip install "iomparse[pdf]"' in capsys.readouterr().err


def test_the_converter_reads_a_pdf_and_prints_the_text_it_read(capsys):
    assert main([str(SAMPLES / "scpf-paper-a.pdf")]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["title"].startswith("STATUS REPORT ON OUTSTANDING")
    assert main(["--pdf-text", str(SAMPLES / "scpf-paper-a.pdf")]) == 0
    assert capsys.readouterr().out == iomparse.pdf_text(SAMPLES / "scpf-paper-a.pdf")
    assert main(["--pdf-text", str(SAMPLES / "scpf-paper-a.txt")]) == 1
    assert "--pdf-text reads a PDF; this is text" in capsys.readouterr().err


def test_a_folder_run_takes_pdfs_beside_texts_and_refuses_to_write_two_inputs_to_one_output(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(sample_text("scpf-paper-b"), "utf-8")
    (folder / "b.pdf").write_bytes((SAMPLES / "scpf-paper-a.pdf").read_bytes())
    assert main([str(folder), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json"]
    (folder / "b.txt").write_text(sample_text("scpf-paper-b"), "utf-8")
    assert main([str(folder), "-o", str(tmp_path / "again")]) == 2
    assert "b.pdf and " in capsys.readouterr().err and not (tmp_path / "again").exists()


def test_the_tree_read_from_a_pdf_round_trips_through_json():
    document = read("mc-101st-session-a")
    assert iomparse.from_json(iomparse.to_json(document)) == document


def test_a_page_pdfium_cannot_read_is_reported_and_the_others_kept(monkeypatch):
    import pypdfium2

    get_page = pypdfium2.PdfDocument.__getitem__

    def refuse_the_second(document, index):
        if index == 1:
            raise pypdfium2.PdfiumError("Failed to load page.")
        return get_page(document, index)

    monkeypatch.setattr(pypdfium2.PdfDocument, "__getitem__", refuse_the_second)
    document = iomparse.parse_pdf(SAMPLES / "mc-101st-session-a.pdf")
    (lost,) = [d for d in document.diagnostics if d.code == "pdf-page-unreadable"]
    assert lost.severity == "warning" and lost.message.startswith("page 2:")
    assert document.pages == 3
    assert document.meta.symbol == read("mc-101st-session-a").meta.symbol


def test_the_corpus_pdfs_read_directly_hold_their_facts():
    """The corpus's PDFs (60 typeset by reportlab, 6 by LibreOffice, 3 drawn with fpdf2) read with `parse_pdf`:
    98.2% of their facts when the last of them came in (their `pdftotext -layout` text: 98.3%)."""
    facts = [
        fact
        for gold in sorted(CORPUS.glob("*.gold.json"))
        if (pdf := CORPUS / gold.name.replace(".gold.json", ".pdf")).exists()
        for fact in check(iomparse.parse_pdf(pdf), json.loads(gold.read_text("utf-8"))["facts"])
    ]
    assert len(facts) > 6000
    assert sum(fact.held for fact in facts) / len(facts) >= 0.98


def test_a_table_turned_on_the_page_is_read_as_if_the_page_were_turned_and_said_so():
    document = iomparse.parse_pdf(ERRORS / "turned.pdf")
    (turned,) = [d for d in document.diagnostics if d.code == "pdf-text-turned"]
    assert turned.severity == "info" and turned.message.startswith("page 1: 9 words set at an angle")
    lines = [line.split() for line in iomparse.pdf_text(ERRORS / "turned.pdf").splitlines() if line.strip()]
    assert lines[1:] == [["Region", "2030", "2031"], ["Africa", "1,200", "1,350"], ["Asia", "900", "950"]]
    assert not [d for d in read("scpf-paper-a").diagnostics if d.code == "pdf-text-turned"]
