"""The engine under the knowledge base: migrations read as Alembic reads them, and not run when not needed."""

from __future__ import annotations

from pathlib import Path

from crossreach.models import Document, Extraction
from crossreach.store import open_knowledge_base
from crossreach.store.engine import MIGRATIONS, at_head, head_revisions


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
