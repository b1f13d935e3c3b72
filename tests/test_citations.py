"""Citations (`Document.citations`, `iomparse.citation_graph`): every place a document cites, with offsets."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SAMPLES
from test_cli import run

import iomparse
from iomparse.model import (
    DocRef,
    Document,
    Footnote,
    Meta,
    Paragraph,
    Resolution,
    ResolutionRef,
    Symbol,
    Table,
    Text,
)

GOLD = SAMPLES.parent / "tests" / "gold"


@pytest.mark.parametrize("gold_file", sorted(GOLD.glob("*.gold.json")), ids=lambda p: p.name[:-10])
def test_the_samples_cite_what_their_hand_written_gold_lists(gold_file):
    gold = json.loads(gold_file.read_text("utf-8"))
    document = iomparse.parse_file(SAMPLES / gold_file.name.replace(".gold.json", ".txt"))
    found = document.citations()
    numbers = [re.findall(r"\b\d{3,4}\b", ref.split(" of ")[0]) for ref in gold.get("resolution_references", [])]
    articles = [re.search(r"Article (\w+)", ref)[1] for ref in gold.get("constitution_references", [])]
    assert {c.target for c in found if c.kind == "document"} == set(gold.get("document_references", []))
    assert {c.target for c in found if c.kind == "resolution"} == {f"RES/{n}" for ns in numbers for n in ns}
    if "constitution_references" in gold:  # (not every gold file lists them)
        assert {c.target for c in found if c.kind == "constitution"} == {f"CONSTITUTION/{a}" for a in articles}


def unit_texts(document: Document) -> dict[str, str]:
    """The plain text of every unit a citation can stand in, by its id."""
    texts = {record.id: record.text for record in iomparse.records(document)}
    parts = [("", document.meta)] + [(f"annex_{n}/", annex.meta) for n, annex in enumerate(document.annexes, 1)]
    for prefix, meta in parts:
        texts.update((f"{prefix}cover_note_{n}", note) for n, note in enumerate(meta.notes, 1))
        texts[f"{prefix}meta.title"] = meta.title or ""
        texts[f"{prefix}meta.subtitle"] = meta.subtitle or ""
    for placed in iomparse.blocks(document):
        if isinstance(placed.block, Resolution):
            texts[placed.path] = placed.block.title or ""
    return texts


def test_offsets_point_at_the_words_cited_in_the_units_text():
    checked = 0
    for sample in sorted(SAMPLES.glob("*.txt")):
        document = iomparse.parse_file(sample)
        texts = unit_texts(document)
        for citation in document.citations():
            if citation.start is not None:
                assert texts[citation.source][citation.start : citation.end] == citation.text, (sample.name, citation)
                checked += 1
    assert checked > 60


def small() -> Document:
    table = Table(["Resolution No. 1309   12,000"], [["Resolution No. 1309", "12,000"]])
    resolution = Resolution(1400, None, False, None, "On document MC/2400", None, (), None, ())
    paragraph = Paragraph("1", [Text("As "), DocRef(Symbol(["MC", "9"]), "MC/9", own=True), Text(" says.")], [table])
    footnote = Footnote("1", [Text("See "), ResolutionRef([923], "Resolution No. 923")], "para_1")
    meta = Meta(symbol=Symbol(["MC", "9"]), title="REPORT ON MC/2081", notes=("Submitted under C/110/11.",))
    return Document(meta, [paragraph, resolution], footnotes=[footnote])


def test_titles_cover_notes_rows_resolution_titles_and_footnotes_cite_the_document_itself_not():
    found = [(c.source, c.target, c.kind, c.text, c.start, c.end) for c in small().citations()]
    assert found == [
        ("meta.title", "MC/2081", "document", "MC/2081", 10, 17),
        ("cover_note_1", "C/110/11", "document", "C/110/11", 16, 24),
        ("para_1/table_1/row_1", "RES/1309", "resolution", "Resolution No. 1309", 0, 19),
        ("res_1", "MC/2400", "document", "MC/2400", 12, 19),
        ("footnote_1", "RES/923", "resolution", "Resolution No. 923", 4, 22),
    ]


def test_the_graph_resolves_targets_to_the_documents_given():
    citing = small()
    cited = Document(Meta(symbol=Symbol(["MC", "2081"])), [])
    holder = Document(
        Meta(symbol=Symbol(["C", "95", "RES", "923"])), [Resolution(923, None, False, None, None, None, (), None, ())]
    )
    edges = {(e.source, e.target): e.target_document for e in iomparse.citation_graph([citing, cited, holder])}
    assert edges[("meta.title", "MC/2081")] == cited.id
    assert edges[("footnote_1", "RES/923")] == holder.id
    assert edges[("cover_note_1", "C/110/11")] is None


def test_the_converter_writes_a_documents_citations_as_edges():
    sample = SAMPLES / "mc-inf-274-strategy.txt"
    result = run(sample, "-f", "edges")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    document = iomparse.parse_file(sample)
    assert [(e["source"], e["target"]) for e in lines] == [(c.source, c.target) for c in document.citations()]
    assert {e["source_document"] for e in lines} == {"MC/INF/274@en"}
    held = {e["target"]: e["target_document"] for e in lines}  # resolved within the file: the resolution it holds
    assert (held["RES/923"], held["MC/1842"]) == ("MC/INF/274@en", None)
