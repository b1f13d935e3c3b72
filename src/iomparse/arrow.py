"""Arrow tables and Parquet files of documents, their records and their citations (the ``arrow`` extra).

`to_arrow` gives three `pyarrow.Table` s with fixed schemas (`DOCUMENTS`, `RECORDS`, `CITATIONS`), joined by
document id: one row per document (its header facts, counts, how sure the reading is, where it was read
from), one per record (`iomparse.records`) and one per citation (`iomparse.citation_graph`). `ParquetSink`
writes the same tables as Parquet files into a folder, a document at a time, for corpora larger than memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .citations import citation_graph, cited
from .model import Document, Paragraph, Resolution
from .paths import blocks
from .records import records

if TYPE_CHECKING:
    import pyarrow as pa

INSTALL = 'the Arrow and Parquet output needs pyarrow: pip install "iomparse[arrow]"'


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ModuleNotFoundError:
        raise ModuleNotFoundError(INSTALL, name="pyarrow") from None
    return pyarrow


def _schemas() -> tuple[pa.Schema, pa.Schema, pa.Schema]:
    pa = _pyarrow()
    documents = pa.schema(
        [
            ("id", pa.string()),
            ("symbol", pa.string()),
            ("language", pa.string()),
            ("kind", pa.string()),
            ("title", pa.string()),
            ("date", pa.date32()),
            ("session", pa.int32()),
            ("organ", pa.string()),
            ("pages", pa.int32()),
            ("paragraphs", pa.int32()),
            ("footnotes", pa.int32()),
            ("assurance", pa.string()),
            ("warnings", pa.int32()),
            ("source_name", pa.string()),
            ("source_size", pa.int64()),
            ("source_sha256", pa.string()),
            ("iomparse", pa.string()),
            ("rules", pa.string()),
        ]
    )
    records_schema = pa.schema(
        [
            ("document", pa.string()),
            ("id", pa.string()),
            ("parent", pa.string()),
            ("kind", pa.string()),
            ("label", pa.string()),
            ("trail", pa.list_(pa.string())),
            ("text", pa.string()),
            ("markup", pa.string()),
            ("notes", pa.list_(pa.struct([("marker", pa.string()), ("text", pa.string())]))),
            ("citations", pa.list_(pa.string())),
            ("start", pa.int32()),
            ("end", pa.int32()),
        ]
    )
    citations = pa.schema(
        [
            ("source_document", pa.string()),
            ("source", pa.string()),
            ("target", pa.string()),
            ("target_document", pa.string()),
            ("kind", pa.string()),
            ("text", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
        ]
    )
    return documents, records_schema, citations


class Tables(NamedTuple):
    """The three tables of `to_arrow`."""

    documents: pa.Table
    records: pa.Table
    citations: pa.Table


def document_row(document: Document) -> dict[str, Any]:
    """The row of ``document`` in the documents table."""
    meta, source, assurance = document.meta, document.source, document.assurance
    numbered = sum(1 for placed in blocks(document) if isinstance(placed.block, Paragraph) and placed.block.num)
    language = document.language
    if meta.symbol is not None:  # (Document.id, without telling the language again)
        identity = f"{meta.symbol}@{language}" if language else str(meta.symbol)
    else:
        identity = document.id
    return {
        "id": identity,
        "symbol": str(meta.symbol) if meta.symbol else None,
        "language": language,
        "kind": meta.kind,
        "title": meta.title,
        "date": meta.date,
        "session": meta.session.number if meta.session else None,
        "organ": meta.organ,
        "pages": document.pages,
        "paragraphs": numbered,
        "footnotes": len(document.footnotes),
        "assurance": assurance.level,
        "warnings": sum(assurance.warnings.values()),
        "source_name": source.name if source else None,
        "source_size": source.size if source else None,
        "source_sha256": source.sha256 if source else None,
        "iomparse": source.iomparse if source else None,
        "rules": source.rules if source else None,
    }


def to_arrow(documents: Iterable[Document]) -> Tables:
    """The documents, records and citations tables of ``documents`` (citations' targets resolved among them)."""
    pa = _pyarrow()
    documents = list(documents)
    schemas = _schemas()
    rows = [document_row(document) for document in documents]
    found = [record.as_dict() for document in documents for record in records(document)]
    edges = [edge_row(edge) for edge in citation_graph(documents)]
    return Tables(
        *(pa.Table.from_pylist(data, schema) for data, schema in zip((rows, found, edges), schemas, strict=True))
    )


def edge_row(edge: Any) -> dict[str, Any]:
    """The row of an `iomparse.citations.Edge` in the citations table."""
    return {name: getattr(edge, name) for name in _EDGE_FIELDS}


_EDGE_FIELDS = ("source_document", "source", "target", "target_document", "kind", "text", "start", "end")


def rows_of(document: Document) -> dict[str, Any]:
    """What a document adds to each table, as plain values (a worker's output for `ParquetSink`): its row,
    its records, its citations (targets not yet resolved) and the keys it answers to (its symbols, the
    resolutions it holds), by which `ParquetSink` resolves the corpus's citations."""
    meta = document.meta
    keys = [str(symbol) for symbol in (meta.symbol, *meta.other_symbols) if symbol is not None]
    keys += [f"RES/{p.block.number}" for p in blocks(document) if isinstance(p.block, Resolution) and p.block.number]
    row = document_row(document)
    citations = [
        {"source_document": row["id"], "target_document": None, **{f: getattr(c, f) for f in _CITED_FIELDS}}
        for c in cited(document)
    ]
    return {
        "document": row,
        "records": [record.as_dict() for record in records(document)],
        "citations": citations,
        "keys": keys,
    }


_CITED_FIELDS = ("source", "target", "kind", "text", "start", "end")


class ParquetSink:
    """Writes `documents.parquet`, `records.parquet` and `citations.parquet` into ``folder``, a document at a
    time (`add` what `rows_of` gives); `close` resolves the citations' targets among the documents added and
    writes them. Batches of ``batch`` records are written as row groups."""

    def __init__(self, folder: str | Path, batch: int = 50_000) -> None:
        pa = _pyarrow()
        import pyarrow.parquet as pq

        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.schemas = _schemas()
        self.pa, self.batch = pa, batch
        self.writers = [
            pq.ParquetWriter(self.folder / f"{name}.parquet", schema)
            for name, schema in zip(_NAMES, self.schemas, strict=True)
        ]
        self.pending: list[list[dict[str, Any]]] = [[], []]
        self.citations: list[dict[str, Any]] = []
        self.holders: dict[str, str] = {}

    def add(self, rows: dict[str, Any]) -> None:
        """Add one document's rows (`rows_of`)."""
        self.pending[0].append(rows["document"])
        self.pending[1].extend(rows["records"])
        self.citations.extend(rows["citations"])
        for key in rows["keys"]:
            self.holders.setdefault(key, rows["document"]["id"])
        if len(self.pending[1]) >= self.batch:
            self.flush()

    def flush(self) -> None:
        for index, data in enumerate(self.pending):
            if data:
                self.writers[index].write_table(self.pa.Table.from_pylist(data, self.schemas[index]))
                data.clear()

    def close(self) -> None:
        """Write what is pending and the citations, their targets resolved, and close the files."""
        self.flush()
        for citation in self.citations:
            citation["target_document"] = self.holders.get(citation["target"])
        self.writers[2].write_table(self.pa.Table.from_pylist(self.citations, self.schemas[2]))
        for writer in self.writers:
            writer.close()


_NAMES = ("documents", "records", "citations")
