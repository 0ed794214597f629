"""Export the knowledge base: FACTS.md records (jsonl, json) or a flat fact table (csv, parquet)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

FORMATS = ("jsonl", "json", "csv", "parquet")

#: Columns of the flat fact table: one row a fact, ready for a spreadsheet or pandas.
FLAT_COLUMNS = (
    "doc_id", "source", "lang", "published", "fact_type", "subject", "kind", "value", "range_low",
    "range_high", "qualifier", "platform", "date", "currency", "parties", "person", "organization",
    "title", "speaker", "quote", "evidence", "evidence_start", "evidence_end", "confidence",
)


def flat_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One flat row per fact of the given document records."""
    for record in records:
        for fact in record.get("facts", []):
            rng = fact.get("range") or [None, None]
            span = fact.get("span") or [None, None]
            kind = fact.get("type")
            yield {
                "doc_id": record.get("doc_id"), "source": record.get("source"), "lang": record.get("lang"),
                "published": record.get("published"), "fact_type": kind,
                "subject": fact.get("subject"), "kind": fact.get("kind"), "value": fact.get("value"),
                "range_low": rng[0], "range_high": rng[1], "qualifier": fact.get("qualifier"),
                "platform": fact.get("platform"), "date": fact.get("date"), "currency": fact.get("currency"),
                "parties": "; ".join(fact.get("parties") or []) or None,
                "person": fact.get("person"), "organization": fact.get("organization"),
                "title": fact.get("title"), "speaker": fact.get("speaker"),
                "quote": fact.get("text") if kind == "quote" else None,
                "evidence": fact.get("evidence"), "evidence_start": span[0], "evidence_end": span[1],
                "confidence": fact.get("confidence"),
            }


def write_export(records: Iterable[dict[str, Any]], fmt: str, out: Path | None, stdout: TextIO) -> int:
    """Write the records in ``fmt`` to ``out`` (or stdout for text formats); the number of documents."""
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet export needs --out FILE")
        return _write_parquet(records, out)
    buffer = io.StringIO() if out is not None else stdout
    count = 0
    if fmt == "jsonl":
        for record in records:
            buffer.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        items = list(records)
        count = len(items)
        json.dump(items, buffer, ensure_ascii=False, indent=2)
        buffer.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(buffer, fieldnames=FLAT_COLUMNS)
        writer.writeheader()
        seen: set[str] = set()
        for row in flat_rows(_counting(records, seen)):
            writer.writerow(row)
        count = len(seen)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if out is not None:
        assert isinstance(buffer, io.StringIO)
        out.write_text(buffer.getvalue(), encoding="utf-8")
    return count


def _counting(records: Iterable[dict[str, Any]], seen: set[str]) -> Iterator[dict[str, Any]]:
    for record in records:
        seen.add(record.get("doc_id") or "")
        yield record


def _write_parquet(records: Iterable[dict[str, Any]], out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    seen: set[str] = set()
    rows = list(flat_rows(_counting(records, seen)))
    columns = {name: [row[name] for row in rows] for name in FLAT_COLUMNS}
    types = {"value": pa.float64(), "range_low": pa.float64(), "range_high": pa.float64(),
             "confidence": pa.float64(), "evidence_start": pa.int64(), "evidence_end": pa.int64()}
    table = pa.table({name: pa.array(values, type=types.get(name, pa.string()))
                      for name, values in columns.items()})
    pq.write_table(table, out)
    return len(seen)
