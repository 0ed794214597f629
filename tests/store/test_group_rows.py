"""The group's rows as the driver's executemany writes them: the same rows SQLAlchemy's own would write."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from crossreach.store import open_knowledge_base
from crossreach.store import schema as t
from crossreach.store.group_rows import _execute, _plain_insert
from crossreach.store.statements import INSERT

_SEEN = datetime(2024, 3, 1, 8, 30, 5, 123456, tzinfo=UTC)
_DOCUMENT = {"id": 1, "doc_id": "sha256:1", "source": "a.txt", "url": None, "lang": "fr", "title": "T",
             "published": "2024-03-01", "author": None, "site_name": None, "text": "Texte.",
             "extractor_version": "v", "ingested_at": _SEEN, "simhash": -5, "lexicons": None, "repair": None}

# Each table with rows holding the values that SQLAlchemy converts (JSON, dates, floats, None).
_CASES: list[tuple[str, list[dict[str, Any]]]] = [
    ("documents", [_DOCUMENT, _DOCUMENT | {"id": 2, "doc_id": "sha256:2", "lexicons": ["/a.yaml"], "url": "u"}]),
    ("sources", [{"document_id": 1, "location": "a.txt", "seen_at": _SEEN},
                 {"document_id": 1, "location": "b.txt", "seen_at": _SEEN}]),
    ("entities", [{"id": 1, "name": "Gucci", "norm": "gucci", "type": "organization", "category": None,
                   "parent": None}]),
    ("facts", [{c.name: None for c in t.facts.columns} | {
        "id": 1, "document_id": 1, "type": "metric", "record": {"type": "metric", "value": 1.5e6, "note": "\u00e9"},
        "confidence": 0.75, "extractor_version": "v", "group_key": "k", "value": 1500000, "range_low": 1,
        "range_high": 2.5}]),
]


def _rows(url: str, table: str, rows: list[dict[str, Any]], plain: bool) -> list[tuple]:
    kb = open_knowledge_base(url)
    with kb.engine.begin() as conn:
        if table in ("sources", "facts"):
            conn.execute(INSERT["documents"], [_DOCUMENT])
        if plain:  # (it converts the rows' values in place: rows the store builds for one write)
            _execute(conn, INSERT[table], [dict(row) for row in rows])
        else:
            conn.execute(INSERT[table], rows)
        columns = t.metadata.tables[table].columns
        typed = conn.execute(text(f"SELECT {', '.join(f'{c.name}, typeof({c.name})' for c in columns)} "
                                  f"FROM {table} ORDER BY 1")).all()
        return [*typed, *conn.execute(select(t.metadata.tables[table]).order_by(text("1"))).all()]


@pytest.mark.parametrize(("table", "rows"), _CASES)
def test_the_drivers_executemany_writes_what_sqlalchemys_does(table: str, rows: list[dict[str, Any]],
                                                               tmp_path: Path) -> None:
    assert _plain_insert(open_knowledge_base(f"sqlite:///{tmp_path / 'k.db'}").engine.dialect, INSERT[table],
                         tuple(rows[0])) is not None
    assert _rows(f"sqlite:///{tmp_path / 'plain.db'}", table, rows, plain=True) \
        == _rows(f"sqlite:///{tmp_path / 'usual.db'}", table, rows, plain=False)


def test_a_statement_other_than_an_insert_goes_the_usual_way(tmp_path: Path) -> None:
    dialect = open_knowledge_base(f"sqlite:///{tmp_path / 'k.db'}").engine.dialect
    assert _plain_insert(dialect, text("SELECT 1"), ("a",)) is None
