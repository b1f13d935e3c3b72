"""Arrow tables and Parquet files (the ``arrow`` extra), queried with DuckDB as the README shows."""

from __future__ import annotations

import sys

import attrs
import orjson
import pytest
from conftest import SAMPLES
from test_cli import run, stderr_lines

import iomparse
from iomparse.arrow import ParquetSink, rows_of
from iomparse.model import DocRef, Document, Meta, Paragraph, Symbol, Text

TEXTS = sorted(SAMPLES.glob("*.txt"))


def test_without_pyarrow_the_message_says_which_extra_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ModuleNotFoundError, match=r'pip install "iomparse\[arrow\]"'):
        iomparse.to_arrow([])


def test_parquet_needs_an_output_folder():
    result = run(TEXTS[0], "-f", "parquet")
    assert result.returncode == 2
    assert stderr_lines(result) == [
        "iomparse: error: -f parquet writes documents.parquet, records.parquet and citations.parquet: give -o FOLDER"
    ]


def test_the_tables_hold_a_row_per_document_record_and_citation():
    pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
    documents = [iomparse.parse_file(path) for path in TEXTS]
    tables = iomparse.to_arrow(documents)
    assert tables.documents.num_rows == len(documents)
    assert tables.documents.column("id").to_pylist() == [d.id for d in documents]
    as_lists = [orjson.loads(orjson.dumps(r.as_dict())) for d in documents for r in iomparse.records(d)]
    assert tables.records.to_pylist() == as_lists
    edges = tables.citations.to_pylist()
    assert len(edges) == sum(len(d.citations()) for d in documents)
    assert {e["target_document"] for e in edges if e["target"] == "RES/923"} == {"MC/INF/274@en"}
    strategy = next(row for row in tables.documents.to_pylist() if row["id"] == "MC/INF/274@en")
    assert (strategy["kind"], strategy["session"], strategy["date"].isoformat()) == (
        "information_note",
        88,
        "2004-11-04",
    )
    assert strategy["source_sha256"] == documents[TEXTS.index(SAMPLES / "mc-inf-274-strategy.txt")].source.sha256


def test_the_converter_writes_parquet_that_duckdb_queries(tmp_path):
    pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed")
    result = run(SAMPLES, "--glob", "*.txt", "-f", "parquet", "-o", tmp_path, "-j", "2")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["citations.parquet", "documents.parquet", "records.parquet"]
    citing = duckdb.sql(
        f"SELECT DISTINCT source_document FROM '{tmp_path}/citations.parquet' WHERE target = 'RES/923'"
    ).fetchall()
    assert citing == [("MC/INF/274@en",)]
    per_session = dict(
        duckdb.sql(
            f"SELECT d.session, count(*) FROM '{tmp_path}/records.parquet' r "
            f"JOIN '{tmp_path}/documents.parquet' d ON r.document = d.id "
            "WHERE r.kind = 'paragraph' AND r.label IS NOT NULL GROUP BY d.session"
        ).fetchall()
    )
    strategy = iomparse.parse_file(SAMPLES / "mc-inf-274-strategy.txt")
    numbered = [r for r in iomparse.records(strategy) if r.kind == "paragraph" and r.label is not None]
    assert per_session[88] == len(numbered)


def test_one_input_and_standard_input_go_to_parquet_too(tmp_path):
    pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
    import pyarrow.parquet as pq

    one = run(SAMPLES / "mc-inf-274-strategy.txt", "-f", "parquet", "-o", tmp_path / "one")
    piped = run("-f", "parquet", "-o", tmp_path / "piped", stdin=(SAMPLES / "scpf-paper-a.txt").read_bytes())
    assert one.returncode == piped.returncode == 0, one.stderr + piped.stderr
    assert pq.read_table(tmp_path / "one" / "documents.parquet").column("id").to_pylist() == ["MC/INF/274@en"]
    piped_source = pq.read_table(tmp_path / "piped" / "documents.parquet").column("source_name").to_pylist()
    assert piped_source == ["<stdin>"]


def language_version(symbol: list[str], sentence: str, cites: str | None = None) -> Document:
    """A document of a symbol whose text is in one language, citing the document ``cites`` if given."""
    runs = [Text(sentence * 6)] + ([DocRef(Symbol(cites.split("/")), cites)] if cites else [])
    return Document(Meta(symbol=Symbol(symbol)), [Paragraph("1", runs)])


def test_a_citation_resolves_to_the_version_in_its_own_language_in_tables_and_parquet_alike(tmp_path):
    pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
    import pyarrow.parquet as pq

    english = "The Council took note of the report and of the statements made in the debate. "
    french = "Le Conseil a pris note du rapport et des déclarations faites dans le débat. "
    documents = [
        language_version(["MC", "9"], french),
        language_version(["MC", "9"], english),
        language_version(["MC", "10"], english, cites="MC/9"),
        language_version(["MC", "11"], french, cites="MC/9"),
    ]
    assert [d.id for d in documents] == ["MC/9@fr", "MC/9@en", "MC/10@en", "MC/11@fr"]
    tables = iomparse.to_arrow(documents)
    in_tables = [(e["source_document"], e["target_document"]) for e in tables.citations.to_pylist()]
    sink = ParquetSink(tmp_path)
    for document in documents:
        sink.add(rows_of(document))
    sink.close()
    in_parquet = pq.read_table(tmp_path / "citations.parquet").select(["source_document", "target_document"])
    assert in_tables == [tuple(row.values()) for row in in_parquet.to_pylist()]
    assert in_tables == [("MC/10@en", "MC/9@en"), ("MC/11@fr", "MC/9@fr")]


def test_a_document_whose_rows_do_not_fit_fails_alone(tmp_path):
    pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
    import pyarrow.parquet as pq

    sink = ParquetSink(tmp_path)
    good = iomparse.parse_file(SAMPLES / "scpf-paper-a.txt")
    sink.add(rows_of(good))
    with pytest.raises(ValueError, match="cannot make the Parquet rows"):
        sink.add(rows_of(attrs.evolve(good, pages=3_000_000_000)))  # (beyond the pages column's int32)
    sink.close()
    assert pq.read_table(tmp_path / "documents.parquet").num_rows == 1
    assert sink.repeated == []


def test_repeated_ids_are_said(recwarn):
    pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
    document = iomparse.parse_file(SAMPLES / "scpf-paper-a.txt")
    with pytest.warns(UserWarning, match="1 document ids given to more than one document"):
        iomparse.to_arrow([document, document])
