"""What a document was read from (`Document.source`), and what it is (`Document.id`, its language, its IRI)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import attrs
import pytest

import iomparse
from iomparse import provenance
from iomparse.codecs import from_json, from_xml, to_json, to_xml
from iomparse.language import language_of

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "mc-inf-274-strategy.txt"
HEX64 = re.compile(r"[0-9a-f]{64}")


def test_a_text_parsed_records_its_utf8_size_and_hash_the_version_and_the_rules():
    text = "1. Le Conseil a pris note du rapport.\n"
    source = iomparse.parse(text).source
    data = text.encode("utf-8")
    assert source == iomparse.model.Source(
        None, len(data), hashlib.sha256(data).hexdigest(), iomparse.__version__, provenance.rules_hash()
    )
    assert HEX64.fullmatch(source.rules)
    assert iomparse.parse(text, source="note.txt").source.name == "note.txt"


def test_a_file_parsed_records_its_name_and_the_hash_of_its_bytes(tmp_path):
    path = tmp_path / "note.txt"
    data = "\ufeff1. The Council took note of the report.\n".encode()  # a BOM, which the text does not keep
    path.write_bytes(data)
    source = iomparse.parse_file(path).source
    assert (source.name, source.size, source.sha256) == (str(path), len(data), hashlib.sha256(data).hexdigest())


def test_a_pdf_parsed_records_the_hash_of_the_pdf():
    pytest.importorskip("pypdfium2", reason="the pdf extra is not installed")
    path = SAMPLES / "scpf-paper-a.pdf"
    source = iomparse.parse_pdf(path).source
    assert (source.name, source.sha256) == (str(path), hashlib.sha256(path.read_bytes()).hexdigest())
    assert iomparse.parse_pdf(path.read_bytes()).source.name is None


def test_the_rules_hash_follows_the_grammar(monkeypatch, tmp_path):
    assert provenance.rules_hash() == provenance.rules_hash.__wrapped__()
    changed = tmp_path / "document.lark"
    changed.write_text(provenance.grammar_path("document.lark").read_text("utf-8") + "\n// changed\n", "utf-8")
    monkeypatch.setattr(provenance, "grammar_path", _one_changed(changed))
    assert provenance.rules_hash.__wrapped__() != provenance.rules_hash()


def _one_changed(changed: Path):
    original = provenance.grammar_path

    def grammar_path(name: str) -> Path:
        return changed if name == changed.name else original(name)

    return grammar_path


def test_the_source_record_goes_through_json_and_xml_and_json_without_it_still_reads():
    document = iomparse.parse_file(SAMPLES / "scpf-paper-a.txt")
    assert from_json(to_json(document)).source == document.source
    assert from_xml(to_xml(document)).source == document.source
    data = json.loads(to_json(document))
    del data["source"]  # JSON written before the record was added
    assert from_json(json.dumps(data)) == attrs.evolve(document, source=None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Council took note of the report and of the statements made in the debate on the item. " * 4, "en"),
        ("Le Conseil a pris note du rapport et des déclarations faites dans le débat sur le point. " * 4, "fr"),
        ("El Consejo tomó nota del informe y de las declaraciones hechas en el debate sobre el tema. " * 4, "es"),
        ("MC/2081 C/112/19 2,345,000 1,234,000", None),
        ("The Council. Le Conseil. " * 10, None),
    ],
)
def test_the_language_is_told_by_common_words_or_not_at_all(text, language):
    assert language_of(text) == language


def test_a_document_with_a_symbol_is_identified_by_it_and_its_language():
    document = iomparse.parse_file(SEED)
    assert (document.id, document.language) == ("MC/INF/274@en", "en")


def test_a_document_without_a_symbol_is_identified_by_the_hash_of_its_input():
    text = "1. The Council took note of the report.\n"
    document = iomparse.parse(text)
    assert document.meta.symbol is None
    assert document.id == "sha256:" + hashlib.sha256(text.encode()).hexdigest()[:16]
    built = iomparse.Document(iomparse.Meta(), [iomparse.Paragraph("1", [iomparse.Text("Text.")])])
    assert re.fullmatch(r"sha256:[0-9a-f]{16}", built.id)
    assert built.id == iomparse.Document(iomparse.Meta(), [iomparse.Paragraph("1", [iomparse.Text("Text.")])]).id


def test_the_frbr_iri_is_the_one_the_akoma_ntoso_output_gives():
    from lxml import etree

    document = iomparse.parse_file(SEED)
    akn = etree.fromstring(iomparse.to_akn(document))
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    (uri,) = akn.xpath("//a:FRBRExpression/a:FRBRuri/@value", namespaces=ns)[:1]
    assert document.frbr_iri == uri
    assert document.frbr_iri.endswith("/MC-INF-274/eng@")
