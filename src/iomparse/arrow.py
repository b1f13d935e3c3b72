"""Arrow tables and Parquet files of documents, their records and their citations (the ``arrow`` extra).

`to_arrow` gives three `pyarrow.Table` s with fixed schemas (`DOCUMENTS`, `RECORDS`, `CITATIONS`), joined by
document id: one row per document (its header facts, counts, how sure the reading is, where it was read
from), one per record (`iomparse.records`) and one per citation (`iomparse.citation_graph`). `ParquetSink`
writes the same tables as Parquet files into a folder, a document at a time, for corpora larger than memory.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from .citations import Holders, citation_graph, cited, held_keys
from .model import Document, Paragraph
from .paths import blocks
from .records import records

if TYPE_CHECKING:
    import pyarrow as pa

INSTALL = 'the Arrow and Parquet output needs pyarrow: pip install "iomparse[arrow]"'
_REPEATED = (
    "{} document ids given to more than one document (a text and its PDF are one document), e.g. {}: their rows repeat"
)


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
            ("page", pa.int32()),
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


def document_row(document: Document, identity: str | None = None) -> dict[str, Any]:
    """The row of ``document`` in the documents table (``identity``: its `Document.id`, if known)."""
    meta, source, assurance = document.meta, document.source, document.assurance
    numbered = sum(1 for placed in blocks(document) if isinstance(placed.block, Paragraph) and placed.block.num)
    language = document.language
    identity = identity or document.id
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
    repeated = sorted(identity for identity, count in Counter(row["id"] for row in rows).items() if count > 1)
    if repeated:
        warnings.warn(_REPEATED.format(len(repeated), ", ".join(repeated[:3])), stacklevel=2)
    found = [r.as_dict() for d, row in zip(documents, rows, strict=True) for r in records(d, document_id=row["id"])]
    edges = [attrs.asdict(edge) for edge in citation_graph(documents)]
    return Tables(
        *(pa.Table.from_pylist(data, schema) for data, schema in zip((rows, found, edges), schemas, strict=True))
    )


def rows_of(document: Document) -> dict[str, Any]:
    """What a document adds to each table, as plain values (a worker's output for `ParquetSink`): its row,
    its records, its citations (targets not yet resolved) and the keys it answers to (its symbols, the
    resolutions it holds), by which `ParquetSink` resolves the corpus's citations."""
    row = document_row(document)
    citations = [{"source_document": row["id"], "target_document": None, **attrs.asdict(c)} for c in cited(document)]
    return {
        "document": row,
        "records": [record.as_dict() for record in records(document, document_id=row["id"])],
        "citations": citations,
        "keys": held_keys(document),
    }


class ParquetSink:
    """Writes `documents.parquet`, `records.parquet` and `citations.parquet` into ``folder``, a document at a
    time (`add` what `rows_of` gives); `close` resolves the citations' targets among the documents added (as
    `citation_graph` does) and writes them. Records are written in row groups of about ``batch`` rows.

    A document's rows are made into Arrow tables as it is added, so that one that cannot be (a value out of
    its column's range) fails alone, with a `ValueError`, and the others are kept. ``repeated`` lists the ids
    given to more than one document added (a text and its PDF are one document: their rows repeat)."""

    def __init__(self, folder: str | Path, batch: int = 50_000) -> None:
        pyarrow = _pyarrow()
        import pyarrow.parquet as pq

        self.folder = Path(folder)
        if self.folder.exists() and not self.folder.is_dir():
            raise NotADirectoryError(f"{self.folder}: not a folder (the Parquet files are written into one)")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.schemas = _schemas()
        self.pa, self.batch = pyarrow, batch
        self.writers = [
            pq.ParquetWriter(self.folder / f"{name}.parquet", schema)
            for name, schema in zip(_NAMES, self.schemas, strict=True)
        ]
        self.pending: list[list[pa.Table]] = [[], []]
        self.pending_rows = 0
        self.citations: list[tuple[dict[str, Any], str | None]] = []
        self.holders = Holders()
        self.ids: dict[str, int] = {}

    def add(self, rows: dict[str, Any]) -> None:
        """Add one document's rows (`rows_of`); `ValueError` if they do not fit the tables' schemas."""
        document = rows["document"]
        try:
            tables = [
                self.pa.Table.from_pylist(data, schema)
                for data, schema in zip(([document], rows["records"], rows["citations"]), self.schemas, strict=True)
            ]
        except (self.pa.ArrowException, TypeError, ValueError, OverflowError) as error:
            raise ValueError(f"cannot make the Parquet rows: {error}") from None
        self.pending[0].append(tables[0])
        self.pending[1].append(tables[1])
        self.pending_rows += tables[1].num_rows
        self.citations += [(citation, document["language"]) for citation in rows["citations"]]
        self.holders.add(document["id"], document["language"], rows["keys"])
        self.ids[document["id"]] = self.ids.get(document["id"], 0) + 1
        if self.pending_rows >= self.batch:
            self.flush()

    @property
    def repeated(self) -> list[str]:
        """The ids given to more than one document added."""
        return [identity for identity, count in self.ids.items() if count > 1]

    def flush(self) -> None:
        """Write the pending documents' and records' rows."""
        for index, tables in enumerate(self.pending):
            if tables:
                self.writers[index].write_table(self.pa.concat_tables(tables))
                tables.clear()
        self.pending_rows = 0

    def close(self) -> None:
        """Write what is pending and the citations, their targets resolved, and close the files."""
        self.flush()
        for citation, language in self.citations:
            citation["target_document"] = self.holders.resolve(citation["target"], language)
        citations = [citation for citation, _ in self.citations]
        self.writers[2].write_table(self.pa.Table.from_pylist(citations, self.schemas[2]))
        for writer in self.writers:
            writer.close()


_NAMES = ("documents", "records", "citations")
