"""Print a SQLite knowledge base's contents in an order-independent form, for ``scripts/export_digest.sh``.

Every table's rows (but the full-text indexes' own tables and Alembic's), sorted, with the values that
record when the run happened (``2026-12-07 09:13:05.123456``) masked; then both full-text indexes as their
vocabularies (term, row id, column, offset), which hold what they index whatever the order of the
inserts and merges that built them.

    .venv/bin/python scripts/store_dump.py kb.db > kb.tables
"""

from __future__ import annotations

import re
import sqlite3
import sys

_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2})?$")
_FULL_TEXT = ("documents_search", "facts_search")


def dump(path: str) -> list[str]:
    """The lines of the dump of the database at ``path``."""
    conn = sqlite3.connect(path)
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                  if name != "alembic_version" and not name.startswith(_FULL_TEXT) and not name.startswith("sqlite_")]
        lines: list[str] = []
        for table in tables:
            rows = ["|".join("TIME" if isinstance(v, str) and _TIME.match(v) else repr(v) for v in row)
                    for row in conn.execute(f'SELECT * FROM "{table}"')]
            lines.extend(f"{table}|{row}" for row in sorted(rows))
        for index in _FULL_TEXT:
            conn.execute(f"CREATE VIRTUAL TABLE temp.vocab_{index} USING fts5vocab(main, '{index}', 'instance')")
            rows = [repr(row) for row in conn.execute(f"SELECT * FROM temp.vocab_{index}")]
            lines.extend(f"{index}|{row}" for row in sorted(rows))
        return lines
    finally:
        conn.close()


if __name__ == "__main__":
    sys.stdout.write("".join(f"{line}\n" for line in dump(sys.argv[1])))
