"""Migration 0010: the SimHash of every stored document is computed again, with the current function."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, insert, select

from crossreach.resolve.near_duplicates import simhash
from crossreach.store import open_knowledge_base
from crossreach.store import schema as t
from crossreach.store.engine import MIGRATIONS

_TEXTS = ["The British Museum opened a flagship store on Tmall.", "故宫博物院与腾讯合作推出数字文物库", "one two", ""]


def test_stored_hashes_are_computed_again(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, "0009_index_documents_per_group")
        conn.execute(insert(t.documents), [
            {"id": i + 1, "doc_id": f"sha256:{i}", "source": f"{i}.txt", "lang": "en", "text": text,
             "extractor_version": "old", "ingested_at": datetime.now(UTC), "simhash": 12345}
            for i, text in enumerate(_TEXTS)])
    engine.dispose()
    kb = open_knowledge_base(db_url)  # migrated to the newest revision
    with kb.reading() as conn:
        stored = dict(conn.execute(select(t.documents.c.text, t.documents.c.simhash)).tuples().all())
    kb.engine.dispose()
    assert stored == {text: simhash(text) for text in _TEXTS}
    assert len(set(stored.values())) == len(_TEXTS)
