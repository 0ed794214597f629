"""The Parquet parts of extract's tables: rows and Arrow tables interleaved keep their order."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from crossreach import fact_tables
from crossreach.fact_tables import DOCUMENT_SCHEMA, PartWriter


def _row(n: int) -> dict[str, str | None]:
    return {"source": f"a{n}.txt", "doc_id": str(n), "extraction": "{}", "skipped": None}


def test_rows_and_tables_are_written_in_the_order_given_in_parts_of_bounded_size(tmp_path: Path,
                                                                                   monkeypatch) -> None:
    monkeypatch.setattr(fact_tables, "_ROWS_PER_FILE", 4)
    writer = PartWriter(tmp_path / "documents", DOCUMENT_SCHEMA)
    writer.add([_row(0), _row(1)])
    writer.add_table(pa.Table.from_pylist([_row(2), _row(3), _row(4)], schema=DOCUMENT_SCHEMA))
    writer.add([_row(5)])
    writer.flush()
    writer.flush()  # nothing pending: no empty part
    parts = sorted((tmp_path / "documents").glob("*.parquet"))
    assert len(parts) == 2
    sources = [row["source"] for part in parts for row in pq.read_table(part).to_pylist()]
    assert sources == [f"a{n}.txt" for n in range(6)]
