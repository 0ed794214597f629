"""The rows and Parquet files of the tables ``extract`` writes, shared by its engines.

A module of its own, light on imports, because Ray workers import it: they build the
tables' rows themselves, so that the driver only writes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from crossreach.codec import encode_extraction
from crossreach.export import FLAT_COLUMNS, flat_rows
from crossreach.ingest import Skipped
from crossreach.models import Extraction
from crossreach.record import document_record

DOCUMENT_COLUMNS = ("source", "doc_id", "extraction", "skipped")
_ROWS_PER_FILE = 2000

DOCUMENT_SCHEMA = pa.schema([(name, pa.string()) for name in DOCUMENT_COLUMNS])
_FACT_TYPES = {"value": pa.float64(), "range_low": pa.float64(), "range_high": pa.float64(),
               "confidence": pa.float64(), "evidence_start": pa.int64(), "evidence_end": pa.int64()}
FACT_SCHEMA = pa.schema([(name, _FACT_TYPES.get(name, pa.string())) for name in FLAT_COLUMNS])


@dataclass
class ExtractSummary:
    """What an ``extract`` run wrote: articles extracted, inputs skipped, facts."""

    documents: int = 0
    skipped: int = 0
    facts: int = 0


def document_row(extraction: Extraction) -> dict[str, Any]:
    """The documents-table row of an extraction: the encoded extraction, as JSON."""
    return {"source": extraction.document.source, "doc_id": extraction.document.doc_id,
            "extraction": json.dumps(encode_extraction(extraction), ensure_ascii=False), "skipped": None}


def skipped_row(skipped: Skipped) -> dict[str, Any]:
    """The documents-table row of an input that was not read, with the reason."""
    where = f"{skipped.source}:{skipped.line}" if skipped.line is not None else skipped.source
    return {"source": where, "doc_id": None, "extraction": None, "skipped": skipped.reason}


def fact_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """The flat fact rows of an extraction, as ``export --format parquet`` writes them."""
    return list(flat_rows([document_record(extraction)]))


#: The documents table's metadata key for the user lexicons its documents were extracted with (JSON list),
#: so that ``load`` records them as ``ingest`` does and a later ``reextract`` uses them again.
LEXICONS_KEY = b"crossreach.lexicons"


class PartWriter:
    """Rows (or tables of them) into numbered Parquet files of bounded size, so memory stays flat."""

    def __init__(self, directory: Path, schema: pa.Schema, prefix: str = "local") -> None:
        self.directory, self.schema, self.prefix = directory, schema, prefix
        directory.mkdir(parents=True, exist_ok=True)
        self.tables: list[pa.Table] = []
        self.rows: list[dict[str, Any]] = []
        self.pending = 0
        self.parts = 0

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.rows.append(row)
            self.pending += 1
        if self.pending >= _ROWS_PER_FILE:
            self.flush()

    def add_table(self, table: pa.Table) -> None:
        """Rows already built (by a Ray worker), in order after those added before."""
        if self.rows:
            self.tables.append(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []
        self.tables.append(table)
        self.pending += table.num_rows
        if self.pending >= _ROWS_PER_FILE:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.tables.append(pa.Table.from_pylist(self.rows, schema=self.schema))
        if self.pending:
            table = pa.concat_tables(self.tables) if len(self.tables) > 1 else self.tables[0]
            table = table.replace_schema_metadata(self.schema.metadata)  # a worker's tables carry none
            pq.write_table(table, self.directory / f"part-{self.prefix}-{self.parts:05d}.parquet")
            self.parts += 1
        self.tables, self.rows, self.pending = [], [], 0


def documents_writer(out_dir: Path, lexicons: Sequence[str]) -> PartWriter:
    """The documents table, its files noting the user lexicons the extraction used."""
    recorded = json.dumps(list(lexicons)).encode()
    return PartWriter(out_dir / "documents", DOCUMENT_SCHEMA.with_metadata({LEXICONS_KEY: recorded}))
