"""Arrow tables and Parquet files (the ``arrow`` extra), queried with DuckDB as the README shows."""

from __future__ import annotations

import sys

import orjson
import pytest
from conftest import SAMPLES
from test_cli import run, stderr_lines

import iomparse

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
