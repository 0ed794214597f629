"""New SQLite knowledge bases start as a copy of an empty one the migrations made once.

Opening a database that does not exist yet ran every Alembic migration: loading Alembic and
running them took a quarter of a CPU second, as much as storing a hundred articles, paid by each
first ingest (and each benchmark round). The first time, an empty database is migrated as before
and kept in the build cache (``build_cache.cache_dir()``), keyed by the bytes of the migrations,
the crossreach version and SQLite's; a new database is then a copy of it, up to date, with
nothing for Alembic to do. The copy is put in place only where no file stands yet, so that a
database another process created meanwhile is never overwritten. Without a cache (or where it
cannot be written) databases are migrated as before.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from crossreach.build_cache import cache_dir, cache_key

MIGRATIONS = Path(__file__).parent / "migrations"
#: The kind of the template files in the build cache.
_KIND = "schema"


def create_from_template(path: Path, migrate: Callable[[Path], None]) -> bool:
    """Create the database ``path`` (absent) as a copy of the migrated empty one, making that one
    first with ``migrate`` (which brings the database at a path up to date) when the cache has none.
    False when nothing was created: no cache, a file already there, or a template or copy that failed."""
    folder = cache_dir()
    if folder is None or path.exists():
        return False
    try:
        template = folder / f"{_KIND}-{template_key()}.sqlite3"
        if not template.exists():
            _make_template(folder, template, migrate)
        return _copy_if_absent(template, path)
    except Exception:  # (a template that cannot be made or copied: the database is migrated as before)
        return False


def template_key() -> str:
    """A hash of what the empty database is made from: the migrations, crossreach's and SQLite's versions."""
    files = sorted(p for p in MIGRATIONS.rglob("*") if p.is_file() and p.suffix in (".py", ".mako"))
    parts = [sqlite3.sqlite_version.encode()]
    for file in files:
        parts += [file.relative_to(MIGRATIONS).as_posix().encode(), file.read_bytes()]
    return cache_key(parts)


def _make_template(folder: Path, template: Path, migrate: Callable[[Path], None]) -> None:
    """Migrate an empty database in a scratch folder and move it into the cache whole (other
    processes read either no template or a complete one), removing older templates."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".schema-") as scratch:
        made = Path(scratch) / "empty.sqlite3"
        migrate(made)
        with sqlite3.connect(made) as conn:  # every page in the database file itself, none left in its log
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        os.replace(made, template)
    for old in folder.glob(f"{_KIND}-*.sqlite3"):
        if old != template:
            old.unlink(missing_ok=True)


def _copy_if_absent(template: Path, path: Path) -> bool:
    """Copy the template to ``path`` unless a file appeared there meanwhile (a hard link of a
    finished copy: it fails where a file exists)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, copy = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    os.close(handle)
    try:
        shutil.copyfile(template, copy)
        os.link(copy, path)
        return True
    except FileExistsError:
        return False
    finally:
        os.unlink(copy)
