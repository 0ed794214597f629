"""Full-text search in documents and facts, also after re-extraction and migration."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

import crossreach.store
from crossreach import query
from crossreach.models import Extraction
from crossreach.store import KnowledgeBase, open_knowledge_base

# --- search ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Livestream", "document", "Livestream"),         # German, English: FTS5 or tsvector
    ("spectateurs", "fact", "spectateurs"),
    ("Louvre Weibo", "document", "Louvre"),           # every word, anywhere in the document
    ("卢浮宫", "document", "卢浮宫"),                   # Chinese: substrings
    ("盧浮宮", "document", "卢浮宫"),                   # in traditional characters too
])
def test_search_finds_known_words(kb: KnowledgeBase, text: str, kind: str, expected: str) -> None:
    page = query.search(kb, text, limit=50)
    hits = [h for h in page.items if h.kind == kind]
    assert hits and page.total >= len(page.items)
    assert any(expected.casefold() in h.snippet.casefold() for h in hits)
    assert any("[" in h.snippet and "]" in h.snippet for h in hits)


def test_fact_hits_are_titled_with_their_fact(kb: KnowledgeBase) -> None:
    hits = [h for h in query.search(kb, "spectateurs").items if h.kind == "fact"]
    assert hits and all(h.title and h.title.startswith(("metric:", "partnership:", "role:", "quote:")) for h in hits)
    assert all(query.fact_sources(kb, int(h.id)).fact.id == h.id for h in hits)


@pytest.mark.parametrize(("text", "same_as"), [
    ("", None), ("   ", None), ("&", None), ("«»", None),
    ("Louvre*", "Louvre"), ('"Louvre"', "Louvre"), ("(Louvre)", "Louvre"), ("LOUVRE", "Louvre"),
])
def test_search_reads_operators_as_plain_text(kb: KnowledgeBase, text: str, same_as: str | None) -> None:
    expected = query.search(kb, same_as).total if same_as else 0
    assert query.search(kb, text).total == expected
    assert expected > 0 or same_as is None


def test_search_pages(kb: KnowledgeBase) -> None:
    everything = query.search(kb, "Kuaishou", limit=100)
    first, second = query.search(kb, "Kuaishou", limit=3), query.search(kb, "Kuaishou", limit=3, offset=3)
    assert first.total == second.total == everything.total > 6
    assert [h.id for h in first.items + second.items] == [h.id for h in everything.items[:6]]


def test_search_follows_reextraction(disputed_kb: KnowledgeBase, make_article: Callable[..., Extraction]) -> None:
    before = query.search(disputed_kb, "followers August")
    disputed_kb.save(make_article("rival", "2.4 million", 2_400_000), force=True)
    after = query.search(disputed_kb, "followers August")
    assert after.total == before.total == 8   # 4 documents, 4 facts
    for hit in (h for h in after.items if h.kind == "fact"):
        assert query.fact_sources(disputed_kb, int(hit.id)).fact.evidence


def test_search_indexes_what_was_stored_before_the_migration(db_url: str,
                                                             make_article: Callable[..., Extraction]) -> None:
    stored = open_knowledge_base(db_url)
    stored.save(make_article("older", "2.6 million", 2_600_000))
    stored.engine.dispose()
    engine = create_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(Path(crossreach.store.__file__).parent / "migrations"))
    with engine.begin() as conn:  # back to the schema before full-text search, the data kept
        config.attributes["connection"] = conn
        command.downgrade(config, "0003_fact_groups")
    engine.dispose()
    kb = open_knowledge_base(db_url)
    try:
        assert {h.kind for h in query.search(kb, "followers").items} == {"document", "fact"}
    finally:
        kb.engine.dispose()
