"""Export formats: FACTS.md records and flat fact tables."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq

from crossreach.export import FLAT_COLUMNS, write_export

RECORDS = [{
    "source": "a.txt", "doc_id": "sha256:1", "lang": "fr", "title": "t", "published": "2020-08-26",
    "entities": [{"name": "V&A", "type": "organization"}],
    "facts": [
        {"type": "metric", "subject": "V&A", "kind": "viewers", "value": 3800000, "qualifier": "exact",
         "platform": "Kuaishou", "date": "2020-08-26", "currency": None, "evidence": "3,8 millions",
         "span": [10, 22], "confidence": 0.9},
        {"type": "partnership", "parties": ["V&A", "Kuaishou"], "date": None, "evidence": "x",
         "span": [0, 1], "confidence": 0.5},
    ],
}]


def test_jsonl_is_one_record_per_line() -> None:
    buffer = io.StringIO()
    assert write_export(RECORDS, "jsonl", None, buffer) == 1
    assert json.loads(buffer.getvalue().splitlines()[0]) == RECORDS[0]


def test_csv_is_one_row_per_fact(tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    write_export(RECORDS, "csv", out, io.StringIO())
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["fact_type"] for r in rows] == ["metric", "partnership"]
    assert rows[0]["value"] == "3800000" and rows[1]["parties"] == "V&A; Kuaishou"
    assert tuple(rows[0]) == FLAT_COLUMNS


def test_parquet_has_typed_columns(tmp_path: Path) -> None:
    out = tmp_path / "facts.parquet"
    write_export(RECORDS, "parquet", out, io.StringIO())
    table = pq.read_table(out)
    assert table.num_rows == 2
    assert table.column("value").to_pylist() == [3800000.0, None]
