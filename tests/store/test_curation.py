"""A user's merges and splits of entities, and cross-document resolution by similar names.

Each correction must survive re-extraction: the tests re-extract every stored
document after correcting and check the graph is still as the user left it.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crossreach.batch import reextract_stored
from crossreach.ingest import Article, prepare
from crossreach.pipeline import extract
from crossreach.store import KnowledgeBase
from crossreach.store import schema as t
from crossreach.store.curation import merge_entities, split_entity
from crossreach.store.repository import StoreError


def _ingest(kb: KnowledgeBase, domain, *texts: str) -> None:
    for n, text in enumerate(texts):
        kb.save(extract(prepare(Article(source=f"doc{n}.txt", text=text, lang="en")), domain))


def _entity_of(kb: KnowledgeBase, name: str) -> int:
    with kb.engine.connect() as conn:
        ids = set(conn.scalars(select(t.aliases.c.entity_id).where(t.aliases.c.alias == name)))
    assert len(ids) == 1, f"{name}: {ids}"
    return ids.pop()


def _aliases(kb: KnowledgeBase, entity_id: int) -> dict[str, str]:
    with kb.engine.connect() as conn:
        rows = conn.execute(select(t.aliases.c.alias, t.aliases.c.reason).where(t.aliases.c.entity_id == entity_id))
        return {r.alias: r.reason for r in rows}


def _document_entity_ids(kb: KnowledgeBase, name: str) -> set[int]:
    with kb.engine.connect() as conn:
        return set(conn.scalars(select(t.document_entities.c.entity_id).where(t.document_entities.c.name == name)))


def test_similar_spellings_of_an_organization_are_one_entity(any_kb: KnowledgeBase, domain) -> None:
    _ingest(any_kb, domain, "The study came from Harbour Lane Consulting, the fund said.",
            "The study came from Harbor Lane Consulting, the fund said.")
    entity_id = _entity_of(any_kb, "Harbour Lane Consulting")
    assert _aliases(any_kb, entity_id)["Harbor Lane Consulting"].startswith("similar name")


def test_persons_who_share_a_surname_stay_apart(any_kb: KnowledgeBase, domain) -> None:
    _ingest(any_kb, domain, "“We grow,” said Maria Rossi, the director.", "“We grow,” said Mario Rossi, the director.")
    assert _entity_of(any_kb, "Maria Rossi") != _entity_of(any_kb, "Mario Rossi")


def test_a_merge_moves_everything_and_survives_reextraction(any_kb: KnowledgeBase, domain) -> None:
    _ingest(any_kb, domain, "Investors include Orme Capital, the fund said.",
            "The fund Harbour Lane Partners invested, a report said.")
    keep, absorb = _entity_of(any_kb, "Orme Capital"), _entity_of(any_kb, "Harbour Lane Partners")
    before = any_kb.counts()["entities"]

    correction = merge_entities(any_kb, keep, absorb)

    assert correction.aliases_moved == ["Harbour Lane Partners"] and correction.documents_outdated == 1
    assert any_kb.counts()["entities"] == before - 1
    reextract_stored(any_kb)  # the outdated document
    reextract_stored(any_kb, all_documents=True)
    assert _document_entity_ids(any_kb, "Harbour Lane Partners") == {keep}
    assert _aliases(any_kb, keep)["Harbour Lane Partners"].startswith("merged by user")
    assert any_kb.counts()["entities"] == before - 1


def test_a_split_takes_an_alias_away_for_good(any_kb: KnowledgeBase, domain) -> None:
    _ingest(any_kb, domain, "The study came from Harbour Lane Consulting, the fund said.",
            "The study came from Harbor Lane Consulting, the fund said.")
    merged = _entity_of(any_kb, "Harbour Lane Consulting")
    assert "Harbor Lane Consulting" in _aliases(any_kb, merged)  # joined by similarity: the user disagrees

    correction = split_entity(any_kb, merged, "Harbor Lane Consulting")
    reextract_stored(any_kb)
    reextract_stored(any_kb, all_documents=True)

    assert "Harbor Lane Consulting" not in _aliases(any_kb, merged)
    assert _entity_of(any_kb, "Harbor Lane Consulting") == correction.other_id != merged
    assert _document_entity_ids(any_kb, "Harbor Lane Consulting") == {correction.other_id}


@pytest.mark.parametrize(("alias", "message"), [
    ("Orme Capital", "is the name of entity"),
    ("Nothing Like It", "has no alias"),
])
def test_impossible_splits_are_refused_with_a_reason(fresh_kb: KnowledgeBase, domain, alias, message) -> None:
    _ingest(fresh_kb, domain, "Investors include Orme Capital, the fund said.")
    with pytest.raises(StoreError, match=message):
        split_entity(fresh_kb, _entity_of(fresh_kb, "Orme Capital"), alias)


def test_an_entity_cannot_be_merged_with_itself_or_a_missing_one(fresh_kb: KnowledgeBase, domain) -> None:
    _ingest(fresh_kb, domain, "Investors include Orme Capital, the fund said.")
    entity_id = _entity_of(fresh_kb, "Orme Capital")
    with pytest.raises(StoreError, match="itself"):
        merge_entities(fresh_kb, entity_id, entity_id)
    with pytest.raises(StoreError, match="no entity #999"):
        merge_entities(fresh_kb, entity_id, 999)


def test_a_dry_run_changes_nothing_and_says_what_would_change(fresh_kb: KnowledgeBase, domain) -> None:
    _ingest(fresh_kb, domain, "Investors include Orme Capital, the fund said.",
            "The fund Harbour Lane Partners invested, a report said.")
    keep, absorb = _entity_of(fresh_kb, "Orme Capital"), _entity_of(fresh_kb, "Harbour Lane Partners")
    before = list(fresh_kb.document_records()), fresh_kb.counts()
    merge = merge_entities(fresh_kb, keep, absorb, dry_run=True)
    assert merge.dry_run and merge.aliases_moved == ["Harbour Lane Partners"] and merge.documents_outdated == 1
    assert (list(fresh_kb.document_records()), fresh_kb.counts()) == before
    merge_entities(fresh_kb, keep, absorb)
    split = split_entity(fresh_kb, keep, "Harbour Lane Partners", dry_run=True)
    assert split.dry_run and split.aliases_moved == ["Harbour Lane Partners"]
    assert _entity_of(fresh_kb, "Harbour Lane Partners") == keep


def test_a_split_undoes_exactly_what_a_merge_did(any_kb: KnowledgeBase, domain) -> None:
    _ingest(any_kb, domain, "The study came from Harbour Lane Consulting, the fund said.",
            "The study came from Harbor Lane Consulting, the fund said.",
            "Investors include Orme Capital, the fund said.")
    first, second = _entity_of(any_kb, "Harbour Lane Consulting"), _entity_of(any_kb, "Orme Capital")
    before_first, before_second = set(_aliases(any_kb, first)), set(_aliases(any_kb, second))
    merge_entities(any_kb, second, first)   # "Harbour Lane Consulting" and "Harbor Lane Consulting" move
    reextract_stored(any_kb)

    undone = split_entity(any_kb, second, "Harbour Lane Consulting")
    reextract_stored(any_kb)
    reextract_stored(any_kb, all_documents=True)

    assert set(undone.aliases_moved) == before_first
    assert set(_aliases(any_kb, second)) == before_second           # no stale alias left behind
    assert set(_aliases(any_kb, undone.other_id)) == before_first
    assert _document_entity_ids(any_kb, "Harbor Lane Consulting") == {undone.other_id}
