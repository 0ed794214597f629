"""The repository: whole documents committed in groups, idempotent ingest, re-extraction, entity resolution."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import inspect

from crossreach.models import Entity, Extraction, Mention, Role
from crossreach.query import find_entity
from crossreach.record import document_record
from crossreach.store import BatchWriter, KnowledgeBase, open_knowledge_base
from crossreach.store.repository import StoreError
from one_metric import TEXT, followers_extraction


def _extraction(source: str = "a.txt", text: str = TEXT, doc_id: str = "sha256:1") -> Extraction:
    return followers_extraction(text, doc_id, source, published="2020-08-01")


def test_migrations_create_the_schema(any_kb: KnowledgeBase) -> None:
    tables = set(inspect(any_kb.engine).get_table_names())
    assert {"documents", "sources", "entities", "aliases", "mentions", "facts", "evidence",
            "alembic_version"} <= tables


def test_save_twice_stores_once_and_keeps_both_sources(any_kb: KnowledgeBase) -> None:
    assert any_kb.save(_extraction("a.txt")).status == "added"
    assert any_kb.save(_extraction("copy/a.txt")).status == "duplicate"
    counts = any_kb.counts()
    assert counts["documents"] == 1 and counts["sources"] == 2 and counts["metrics"] == 1


def test_forced_save_replaces_facts_without_duplicating(any_kb: KnowledgeBase) -> None:
    any_kb.save(_extraction())
    assert any_kb.save(_extraction(), force=True).status == "reextracted"
    assert any_kb.counts()["metrics"] == 1


def test_record_round_trip_keeps_evidence_and_values(any_kb: KnowledgeBase) -> None:
    any_kb.save(_extraction())
    [record] = any_kb.document_records()
    assert record["published"] == "2020-08-01"
    [fact] = record["facts"]
    assert fact["value"] == 2600000 and fact["platform"] == "WeChat" and fact["evidence"] == TEXT
    assert fact["span"] == [40, 51]
    assert {e["name"] for e in record["entities"]} == {"Burberry", "WeChat"}


def test_the_exported_record_names_entities_as_written_and_the_knowledge_base_canonically(
        any_kb: KnowledgeBase) -> None:
    extraction = _extraction()
    written = replace(extraction.mentions[0], text="Burberry Group")
    any_kb.save(replace(extraction, mentions=[written, extraction.mentions[1]]))
    [record] = any_kb.document_records()
    assert {e["name"] for e in record["entities"]} == {"Burberry Group", "WeChat"}
    assert record["facts"][0]["subject"] == "Burberry Group"
    assert find_entity(any_kb, "Burberry").name == "Burberry"


def test_entities_resolve_across_documents(any_kb: KnowledgeBase) -> None:
    any_kb.save(_extraction("a.txt", doc_id="sha256:1"))
    any_kb.save(_extraction("b.txt", text=TEXT + " More.", doc_id="sha256:2"))
    assert any_kb.counts()["entities"] == 2


def test_stored_documents_round_trip(any_kb: KnowledgeBase) -> None:
    any_kb.save(_extraction())
    [doc] = any_kb.stored_documents()
    assert doc.text == TEXT and doc.lang == "en" and doc.published == "2020-08-01"


def test_a_batch_commits_its_documents_in_groups(any_kb: KnowledgeBase) -> None:
    with any_kb.batch(documents_per_commit=2, seconds_per_commit=3600) as writer:
        writer.save(_extraction("a.txt", doc_id="sha256:1"))
        assert writer.has_current("sha256:1")  # the writer sees its own group
        assert any_kb.counts()["documents"] == 0  # others do not, until it commits
        writer.save(_extraction("b.txt", text=TEXT + " B.", doc_id="sha256:2"))
        assert any_kb.counts()["documents"] == 2
        writer.save(_extraction("c.txt", text=TEXT + " C.", doc_id="sha256:3"))
        writer.add_source("sha256:1", "copy/a.txt")
        assert any_kb.counts()["documents"] == 3  # the group of two is full again
    assert any_kb.counts()["sources"] == 4


def test_a_document_that_fails_leaves_no_trace_and_its_group_is_kept(
        any_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = BatchWriter._extraction_rows

    def failing(self, document_id, write, entities, group):  # type: ignore[no-untyped-def]
        if write.extraction.document.doc_id == "sha256:2":
            raise RuntimeError("disk full")
        return rows(self, document_id, write, entities, group)

    monkeypatch.setattr(BatchWriter, "_extraction_rows", failing)
    with pytest.raises(RuntimeError, match="disk full"), any_kb.batch(documents_per_commit=10) as writer:
        writer.save(_extraction("a.txt", doc_id="sha256:1"))
        writer.save(_extraction("b.txt", text=TEXT + " B.", doc_id="sha256:2"))
    counts = any_kb.counts()
    assert (counts["documents"], counts["sources"], counts["metrics"]) == (1, 1, 1)
    assert any_kb.has_current("sha256:1") and not any_kb.has_current("sha256:2")


def test_entities_resolve_across_the_documents_of_one_group(any_kb: KnowledgeBase,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    rows = BatchWriter._extraction_rows

    def failing_after_entities(self, document_id, write, entities, group):  # type: ignore[no-untyped-def]
        out = rows(self, document_id, write, entities, group)
        if write.extraction.document.doc_id == "sha256:2":
            raise RuntimeError("disk full")  # after its entities were resolved and remembered
        return out

    monkeypatch.setattr(BatchWriter, "_extraction_rows", failing_after_entities)
    failing = _extraction("b.txt", text=TEXT + " B.", doc_id="sha256:2")
    failing.entities.append(Entity("Zaoshang", "platform", None, ["Zaoshang"]))
    later = _extraction("c.txt", text=TEXT + " C.", doc_id="sha256:3")
    later.entities.append(Entity("Zaoshang", "platform", None, ["Zaoshang"]))
    with pytest.raises(RuntimeError), any_kb.batch(documents_per_commit=10) as writer:
        for extraction in (_extraction("a.txt", doc_id="sha256:1"), failing, later):
            writer.save(extraction)
    # Burberry and WeChat once for both documents; Zaoshang from the document that was kept.
    assert any_kb.counts()["entities"] == 3 and any_kb.counts()["documents"] == 2


def test_unopenable_database_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError, match="cannot open the knowledge base"):
        open_knowledge_base(f"sqlite:///{tmp_path / 'dir.db'}")


def test_every_evidence_of_a_merged_fact_is_stored(any_kb: KnowledgeBase) -> None:
    from dataclasses import replace

    from sqlalchemy import func, select

    from crossreach.store import schema as t

    extraction = _extraction()
    fact = extraction.facts[0]
    extraction.facts = [replace(fact, more_evidence=(replace(fact.evidence, start=0, end=8),))]
    any_kb.save(extraction)
    with any_kb.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(t.evidence)) == 2
        assert conn.scalar(select(t.facts.c.group_key)) is not None
        assert conn.scalar(select(t.documents.c.simhash)) is not None


def _migration(name: str):  # type: ignore[no-untyped-def]
    import importlib.util

    from crossreach.store.engine import MIGRATIONS

    path = MIGRATIONS / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_evidence_is_indexed_for_search_as_the_trigger_of_migration_0004_indexed_it(fresh_kb: KnowledgeBase) -> None:
    from sqlalchemy import text

    details = _migration("0005_index_evidence_per_document")._DETAILS  # 0004's trigger, kept for downgrade
    quoted = _extraction("b.txt", text=TEXT + " Later.", doc_id="sha256:2")
    quoted.facts.append(Role(person="Jane Doe", organization="Burberry", title="chief executive",
                             evidence=quoted.facts[0].evidence, confidence=0.7))
    with fresh_kb.batch() as writer:
        writer.save(_extraction())
        writer.save(quoted)
        writer.save(quoted, force=True)  # re-extracted: its old rows leave the index
    with fresh_kb.engine.connect() as conn:
        indexed = conn.execute(text("SELECT rowid, fact_id, sentence, details FROM facts_search ORDER BY rowid")).all()
        expected = conn.execute(text(f"SELECT e.id, e.fact_id, e.sentence, {details} FROM evidence e "
                                     "JOIN facts f ON f.id = e.fact_id ORDER BY e.id")).all()
    assert len(indexed) == 3 and indexed == expected
    assert any("chief executive Burberry" in row.details for row in indexed)


@pytest.mark.parametrize("groups", [
    [["a"]],                    # one document
    [["a", "b", "c"]],          # a group of three, one statement
    [["a", "b"], ["c"]],        # two groups
    [["a"], ["a", "b"]],        # a document again (a duplicate: indexed once), then a new one
])
def test_documents_are_indexed_for_search_as_the_trigger_of_migration_0004_indexed_them(
        fresh_kb: KnowledgeBase, groups: list[list[str]]) -> None:
    from sqlalchemy import text

    words = {"a": "Celtic", "b": "Rangers", "c": "Hibernian"}
    for group in groups:
        with fresh_kb.batch() as writer:
            for name in group:
                writer.save(_extraction(f"{name}.txt", text=f"{words[name]} {TEXT}", doc_id=f"sha256:{name}"))
    with fresh_kb.engine.connect() as conn:
        conn.execute(text("INSERT INTO documents_search(documents_search) VALUES ('integrity-check')"))
        triggers = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        for name, word in words.items():
            found = conn.scalars(text("SELECT d.doc_id FROM documents_search JOIN documents d "
                                      "ON d.id = documents_search.rowid WHERE documents_search MATCH :word"),
                                 {"word": word}).all()
            assert found == ([f"sha256:{name}"] if any(name in g for g in groups) else [])
    assert "documents_search_insert" not in triggers and "documents_search_delete" in triggers


def test_two_entities_of_a_document_sharing_a_stored_entity_keep_their_own_written_names(
        any_kb: KnowledgeBase) -> None:
    # A league that the document also calls by its organiser's acronym, and the organiser itself: the
    # knowledge base joins them on the shared name, the record still names each as the text does.
    extraction = _extraction()
    league = Entity("Ostliga", "organization", None, ["Ostliga Pro", "OFV"])
    organiser = Entity("OFV", "organization", None, ["Ostdeutscher Fussballverband"])
    mentions = [Mention(100 + 20 * i, 110 + 20 * i, text, name, "organization") for i, (name, text) in enumerate(
        [("Ostliga", "Ostliga Pro"), ("Ostliga", "OFV"), ("Ostliga", "Ostliga Pro"),
         ("OFV", "Ostdeutscher Fussballverband")])]
    extraction = replace(extraction, entities=[*extraction.entities, league, organiser],
                         mentions=[*extraction.mentions, *mentions])
    any_kb.save(extraction)
    [record] = any_kb.document_records()
    assert {e["name"] for e in record["entities"]} == {e["name"] for e in document_record(extraction)["entities"]}
    assert {"Ostliga Pro", "Ostdeutscher Fussballverband"} <= {e["name"] for e in record["entities"]}
