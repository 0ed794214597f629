"""The engine under the knowledge base: migrations read as Alembic reads them, and not run when not needed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crossreach.models import Document, Extraction
from crossreach.store import open_knowledge_base
from crossreach.store.engine import MIGRATIONS, WAL_CHECKPOINT_PAGES, at_head, head_revisions
from crossreach.store.schema_template import create_from_template


def _extraction() -> Extraction:
    return Extraction(document=Document(doc_id="sha256:engine", source="a.txt", text="A text.", lang="en"))


def test_the_newest_migrations_are_read_as_alembic_reads_them() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revisions() == frozenset(ScriptDirectory.from_config(config).get_heads())


def test_an_up_to_date_knowledge_base_opens_without_migrating(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    open_knowledge_base(url).save(_extraction())
    reopened = open_knowledge_base(url)
    with reopened.engine.connect() as conn:
        assert at_head(conn)
    assert reopened.counts()["documents"] == 1


def _schema(path: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(path) as conn:
        rows = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
        return [*rows, *conn.execute("SELECT version_num FROM alembic_version").fetchall()]


def test_a_new_database_is_a_copy_of_the_migrated_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSREACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CROSSREACH_CACHE", raising=False)
    open_knowledge_base(f"sqlite:///{tmp_path / 'first.db'}").engine.dispose()  # migrated, and the template made
    assert len(list((tmp_path / "cache").glob("schema-*.sqlite3"))) == 1
    import alembic.command

    monkeypatch.setattr(alembic.command, "upgrade", lambda *_: pytest.fail("migrated again"))
    copied = open_knowledge_base(f"sqlite:///{tmp_path / 'second.db'}")
    copied.save(_extraction())
    assert copied.counts()["documents"] == 1
    copied.engine.dispose()
    monkeypatch.undo()  # Alembic back; without a cache, migrated as before
    monkeypatch.setenv("CROSSREACH_CACHE", "off")
    open_knowledge_base(f"sqlite:///{tmp_path / 'migrated.db'}").engine.dispose()
    assert _schema(tmp_path / "second.db") == _schema(tmp_path / "migrated.db")


@pytest.mark.parametrize("existing", [b"", b"not a database"])
def test_a_file_already_there_is_not_replaced_by_the_template(tmp_path: Path, existing: bytes,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSREACH_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "kb.db"
    path.write_bytes(existing)
    assert not create_from_template(path, lambda made: pytest.fail("no template needed"))
    assert path.read_bytes() == existing


def _stored_ids(url: str) -> list[str]:
    kb = open_knowledge_base(url)
    with kb.reading() as conn:
        ids = [row[0] for row in conn.exec_driver_sql("SELECT doc_id FROM documents")]
    kb.close()
    return ids


def test_closing_leaves_the_whole_knowledge_base_in_its_file(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    kb = open_knowledge_base(f"sqlite:///{path}")
    kb.save(_extraction())
    kb.close()
    assert not Path(f"{path}-wal").exists()
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())
    assert _stored_ids(f"sqlite:///{copy}") == ["sha256:engine"]


def test_a_commit_folds_the_log_into_the_file_only_past_many_pages(tmp_path: Path) -> None:
    """A group's commit writes more than SQLite's default 1,000 pages of log: each fold syncs the disk."""
    kb = open_knowledge_base(f"sqlite:///{tmp_path / 'kb.db'}")
    with kb.reading() as conn:
        pages = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    kb.close()
    assert pages == WAL_CHECKPOINT_PAGES > 1000


@pytest.mark.parametrize("template", [True, False], ids=["template", "no-cache"])
def test_a_log_left_by_a_deleted_database_is_not_read_into_a_new_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template: bool) -> None:
    if not template:
        monkeypatch.setattr("crossreach.store.engine.create_from_template", lambda path, migrate: False)
    path = tmp_path / "kb.db"
    url = f"sqlite:///{path}"
    kb = open_knowledge_base(url)
    kb.save(_extraction())
    with sqlite3.connect(path) as held:  # a reader still open: the log stays beside the file
        held.execute("SELECT count(*) FROM documents").fetchone()
        kb.close()
        logs = {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("-wal", "-shm")}
    held.close()
    path.unlink()
    for suffix, content in logs.items():
        Path(f"{path}{suffix}").write_bytes(content)
    assert _stored_ids(url) == []
