"""The batch writer: a group of documents written at its commit, a few statements per table, whole or not at all."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from sqlalchemy import event, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from crossreach.models import Entity, Extraction
from crossreach.store import KnowledgeBase, open_knowledge_base
from crossreach.store import schema as t
from one_metric import TEXT, followers_extraction


def _extraction(n: int, source: str | None = None, value: float = 2_600_000.0,
                extra: Entity | None = None) -> Extraction:
    return followers_extraction(f"{TEXT} Note {n}.", f"sha256:{n}", source or f"{n}.txt", value, extra=extra)


def _count(kb: KnowledgeBase, table: t.Table) -> int:
    with kb.reading() as conn:
        return conn.scalar(select(func.count()).select_from(table)) or 0


def _indexed_as_evidence(kb: KnowledgeBase) -> bool:
    """SQLite's full-text index of facts holds one row for each evidence row, and no other."""
    if kb.engine.dialect.name != "sqlite":
        return True
    with kb.reading() as conn:
        indexed = conn.execute(text("SELECT rowid, fact_id FROM facts_search ORDER BY rowid")).all()
        evidence = conn.execute(text("SELECT id, fact_id FROM evidence ORDER BY id")).all()
    return [tuple(r) for r in indexed] == [tuple(r) for r in evidence]


def test_a_document_whose_rows_fail_in_the_middle_of_a_group_leaves_no_trace(any_kb: KnowledgeBase) -> None:
    broken = _extraction(2)
    broken = replace(broken, document=replace(broken.document, lang=None))  # documents.lang is NOT NULL
    with pytest.raises(IntegrityError), any_kb.batch(documents_per_commit=10) as writer:
        for extraction in (_extraction(1), broken, _extraction(3)):
            writer.save(extraction)
    assert (any_kb.counts()["documents"], any_kb.counts()["sources"], any_kb.counts()["metrics"]) == (2, 2, 2)
    assert [any_kb.has_current(f"sha256:{n}") for n in (1, 2, 3)] == [True, False, True]
    assert _indexed_as_evidence(any_kb)


def test_entities_shared_by_two_documents_of_one_group_resolve_to_one_entity(any_kb: KnowledgeBase) -> None:
    with any_kb.batch(documents_per_commit=10) as writer:
        writer.save(_extraction(1, extra=Entity("Harbour Lane", "organization", "brand", ["Harbour Lane"])))
        writer.save(_extraction(2, extra=Entity("Harbor Lane", "organization", "brand", ["Harbor Lane"])))
    assert _count(any_kb, t.entities) == 3  # Burberry, WeChat, and Harbour Lane under two spellings
    with any_kb.reading() as conn:
        reasons = dict(conn.execute(select(t.aliases.c.alias, t.aliases.c.reason)).all())
    assert reasons["Harbor Lane"].startswith("similar name")
    with any_kb.reading() as conn:
        linked = conn.execute(select(t.document_entities.c.entity_id).distinct()).all()
    assert len(linked) == 3


def test_a_duplicate_within_one_group_only_adds_its_new_source(any_kb: KnowledgeBase) -> None:
    with any_kb.batch(documents_per_commit=10) as writer:
        statuses = [writer.save(_extraction(1, source=source)).status for source in ("a.txt", "copy/a.txt", "a.txt")]
        assert writer.has_current("sha256:1")
    assert statuses == ["added", "duplicate", "duplicate"]
    assert (any_kb.counts()["documents"], any_kb.counts()["sources"], any_kb.counts()["metrics"]) == (1, 2, 1)


@pytest.mark.parametrize("same_group", [True, False])
def test_reextraction_replaces_a_documents_facts(any_kb: KnowledgeBase, same_group: bool) -> None:
    with any_kb.batch(documents_per_commit=10) as writer:
        writer.save(_extraction(1))
        writer.save(_extraction(2))
        if not same_group:
            writer.commit()
        outcome = writer.save(_extraction(1, value=3_000_000.0), force=True)
    assert (outcome.status, outcome.facts) == ("reextracted", 1)
    with any_kb.reading() as conn:
        values = sorted(conn.scalars(select(t.facts.c.value)))
    assert values == [2_600_000.0, 3_000_000.0]
    assert _count(any_kb, t.evidence) == 2 and _count(any_kb, t.mentions) == 4
    assert _indexed_as_evidence(any_kb)


def test_current_answers_for_stored_documents_and_the_groups_own(any_kb: KnowledgeBase) -> None:
    any_kb.save(_extraction(1))
    with any_kb.engine.begin() as conn:
        conn.execute(t.documents.update().where(t.documents.c.doc_id == "sha256:1").values(extractor_version="old"))
    any_kb.save(_extraction(2))
    with any_kb.batch(documents_per_commit=10) as writer:
        writer.save(_extraction(3))
        assert writer.current(f"sha256:{n}" for n in (1, 2, 3, 4)) == {"sha256:2", "sha256:3"}


def test_single_writes_after_a_group_take_new_ids(any_kb: KnowledgeBase) -> None:
    """A group gives ids itself; on PostgreSQL it moves the sequences on, so a plain insert still works."""
    with any_kb.batch(documents_per_commit=10) as writer:
        for n in (1, 2, 3):
            writer.save(_extraction(n, extra=Entity(f"Brand {n}", "organization", "brand", [f"Brand {n}"])))
    with any_kb.writing() as conn:
        entity_id = conn.execute(insert(t.entities).values(name="Later", norm="later", type="organization")
                                 ).inserted_primary_key[0]
        document_id = conn.execute(insert(t.documents).values(
            doc_id="sha256:later", source="later.txt", lang="en", text="Later.", extractor_version="x",
            ingested_at=func.now())).inserted_primary_key[0]
        fact_id = conn.execute(insert(t.facts).values(
            document_id=document_id, type="metric", record={}, confidence=1.0, extractor_version="x")
        ).inserted_primary_key[0]
    assert (entity_id, document_id, fact_id) == (6, 4, 4)
    any_kb.save(_extraction(5))  # and the next group reads the ids on from there
    assert any_kb.counts()["documents"] == 5


def test_a_group_takes_the_same_statements_however_many_documents_it_holds(any_kb: KnowledgeBase) -> None:
    def statements(documents: range) -> int:
        executed = []
        listener = lambda *args: executed.append(args[2])  # noqa: E731  # the statement's SQL
        event.listen(any_kb.engine, "before_cursor_execute", listener)
        try:
            with any_kb.batch(documents_per_commit=1000, seconds_per_commit=3600) as writer:
                writer.current(f"sha256:{n}" for n in documents)
                for n in documents:
                    writer.save(_extraction(n))
        finally:
            event.remove(any_kb.engine, "before_cursor_execute", listener)
        return len(executed)

    statements(range(1, 2))  # the entities are new to the first group only
    few, many = statements(range(10, 13)), statements(range(20, 60))
    assert few == many and many < 25
    assert any_kb.counts()["documents"] == 44


@pytest.mark.parametrize(("owner", "stored_earlier", "linked"), [
    ("Harbour Lane", True, True),     # named by an earlier document: its entity
    ("harbour lane", True, True),     # the same name, normalised
    ("Harbour Lane", False, False),   # named nowhere: no entity, the name stays
])
def test_a_metric_whose_owner_the_document_does_not_name_links_the_stored_entity(
        any_kb: KnowledgeBase, owner: str, stored_earlier: bool, linked: bool) -> None:
    if stored_earlier:
        any_kb.save(_extraction(1, extra=Entity("Harbour Lane", "organization", "brand", ["Harbour Lane"])))
    second = _extraction(2)
    second = replace(second, facts=[replace(second.facts[0], subject=owner)])
    any_kb.save(second)
    with any_kb.reading() as conn:
        subject_id, subject = conn.execute(select(t.facts.c.subject_id, t.facts.c.subject)  # the second's
                                           .order_by(t.facts.c.id.desc()).limit(1)).one()
        named = conn.scalar(select(t.entities.c.id).where(t.entities.c.name == "Harbour Lane"))
    assert subject == owner
    assert (subject_id == named and subject_id is not None) is linked


def _store_elsewhere(db_url: str, numbers: list[int]) -> list[str]:
    """What another process does: open the knowledge base and store these documents, each in its group."""
    other = open_knowledge_base(db_url)
    try:
        return [other.save(_extraction(n)).status for n in numbers]
    finally:
        other.close()


def test_two_writers_at_once_store_each_document_once_and_neither_waits_for_the_other(any_kb: KnowledgeBase,
                                                                                       db_url: str) -> None:
    """A writer holds the write lock only while it writes a group. While one has looked its documents up and
    keeps a save for its commit (as while it extracts the next), another opens the knowledge base, stores the
    same documents and commits; the first, committing after, looks them up again under the lock and records
    only their sources. (A writer that held the lock from its group's first look-up made the other wait for
    it: longer than SQLite waits for a lock, under load.)"""
    with ThreadPoolExecutor(max_workers=1) as pool, \
            any_kb.batch(documents_per_commit=10, seconds_per_commit=3600) as writer:
        assert writer.current(["sha256:1", "sha256:2"]) == set()
        assert writer.save(_extraction(1)).status == "added"
        assert pool.submit(_store_elsewhere, db_url, [1, 2]).result(timeout=20) == ["added", "added"]
        assert not writer.has_current("sha256:2")  # looked up before the other stored it: told so at the commit
        writer.save(_extraction(2))
        writer.save(_extraction(3))
    counts = any_kb.counts()
    assert (counts["documents"], counts["sources"], counts["metrics"]) == (3, 3, 3)
    assert _count(any_kb, t.entities) == 2 and _count(any_kb, t.aliases) == 2
    assert _indexed_as_evidence(any_kb)
