"""A user's corrections of facts: recorded with who, when and why, applied at once, and kept when the
document is extracted again (``reextract``), as entity merges are."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crossreach import query
from crossreach.batch import reextract_stored
from crossreach.ingest import Article, prepare
from crossreach.pipeline import extract
from crossreach.store import KnowledgeBase
from crossreach.store import schema as t
from crossreach.store.corrections import check_changes, correct_fact, corrections_of
from crossreach.store.repository import StoreError

TEXT = ("Burberry on WeChat\n\nLONDON, 3 August 2020\n\n"
        "Burberry said its WeChat account had 2.6 million followers in July 2020.\n\n"
        "Its first livestream on Tencent Video drew more than 3 million viewers.\n")


@pytest.fixture
def kb(any_kb: KnowledgeBase, domain) -> KnowledgeBase:
    any_kb.save(extract(prepare(Article(source="burberry.txt", text=TEXT, lang="en")), domain))
    return any_kb


def _metric(kb: KnowledgeBase, value: float) -> int:
    with kb.engine.connect() as conn:
        return int(conn.scalar(select(t.facts.c.id).where(t.facts.c.type == "metric", t.facts.c.value == value)))


def _reviews(kb: KnowledgeBase) -> dict[float, str | None]:
    with kb.engine.connect() as conn:
        return {row.value: row.review for row in conn.execute(
            select(t.facts.c.value, t.facts.c.review).where(t.facts.c.type == "metric"))}


def test_a_rejected_fact_is_shown_nowhere_and_stays_rejected_after_reextraction(kb: KnowledgeBase) -> None:
    fact_id = _metric(kb, 3_000_000)
    done = correct_fact(kb, fact_id, "reject", reason="a guess", author="ana")
    assert (done.review, done.author, done.reason) == ("rejected", "ana", "a guess")
    assert 3_000_000 not in {f.value for f in query.metrics(kb, include_uncertain=True).items}
    assert query.fact_sources(kb, fact_id).fact.review == "rejected"   # its own page still opens

    reextract_stored(kb, all_documents=True)

    assert _reviews(kb)[3_000_000] == "rejected"
    assert 3_000_000 not in {f.value for f in query.metrics(kb, include_uncertain=True).items}
    assert all(f.get("value") != 3_000_000 for r in kb.document_records() for f in r["facts"])  # nor exported
    [history] = corrections_of(kb, _metric(kb, 3_000_000))
    assert history.action == "reject" and history.author == "ana"


def test_a_fix_changes_kind_owner_and_date_and_is_applied_again(kb: KnowledgeBase) -> None:
    fact_id = _metric(kb, 2_600_000)
    correct_fact(kb, fact_id, "fix", {"kind": "users", "subject": "Tencent Video", "date": "2020-06"}, author="ana")
    for _ in range(2):   # now, and after re-extraction
        [row] = [f for f in query.metrics(kb, kind="users").items if f.value == 2_600_000]
        assert (row.subject, row.date, row.review) == ("Tencent Video", "2020-06", "fixed")
        assert row.record["kind"] == "users"
        assert query.metrics(kb, kind="users", subject="Tencent Video").items
        reextract_stored(kb, all_documents=True)


def test_a_confirmed_fact_leaves_the_review_queue(kb: KnowledgeBase) -> None:
    queue = query.review_queue(kb)
    confidences = [f.confidence for f in queue.items]
    assert confidences == sorted(confidences) and queue.total == len(queue.items)
    fact_id = queue.items[0].id
    correct_fact(kb, fact_id, "confirm")
    assert fact_id not in {f.id for f in query.review_queue(kb).items}
    reextract_stored(kb, all_documents=True)
    assert query.review_queue(kb).total == queue.total - 1


@pytest.mark.parametrize(("fact_type", "action", "changes", "message"), [
    ("metric", "delete", {}, "unknown correction"),
    ("metric", "fix", {}, "needs at least one"),
    ("metric", "reject", {"kind": "views"}, "changes nothing"),
    ("metric", "fix", {"value": "3"}, "not 'value'"),
    ("metric", "fix", {"kind": "sharks"}, "unknown metric kind"),
    ("metric", "fix", {"date": "2021-13-45"}, "is not a date"),
    ("metric", "fix", {"date": "2021-02-30"}, "is not a date"),
    ("partnership", "fix", {"kind": "views"}, "has no kind"),
    ("quote", "fix", {"date": "2020"}, "has no date"),
])
def test_impossible_corrections_are_refused_with_a_reason(fact_type, action, changes, message) -> None:
    with pytest.raises(StoreError, match=message):
        check_changes(fact_type, action, changes)


@pytest.mark.parametrize(("fact_type", "action", "changes"), [
    ("metric", "fix", {"kind": "views", "date": "2020-Q3"}),
    ("partnership", "fix", {"date": "2020-08-26"}),
    ("role", "confirm", {}),
    ("quote", "reject", {}),
])
def test_possible_corrections_pass(fact_type, action, changes) -> None:
    check_changes(fact_type, action, changes)


def test_an_unknown_fact_cannot_be_corrected(kb: KnowledgeBase) -> None:
    with pytest.raises(StoreError, match="no fact with id"):
        correct_fact(kb, 10**9, "reject")


def test_a_knowledge_base_from_before_corrections_is_migrated_with_its_facts(db_url: str, domain) -> None:
    from pathlib import Path

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    import crossreach.store
    from crossreach.store import open_knowledge_base

    stored = open_knowledge_base(db_url)
    stored.save(extract(prepare(Article(source="burberry.txt", text=TEXT, lang="en")), domain))
    before = list(stored.document_records())
    stored.engine.dispose()
    engine = create_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(Path(crossreach.store.__file__).parent / "migrations"))
    with engine.begin() as conn:  # back to the schema before migration 0006, the data kept
        config.attributes["connection"] = conn
        command.downgrade(config, "0005_index_evidence_per_document")
    engine.dispose()
    kb = open_knowledge_base(db_url)
    try:
        assert list(kb.document_records()) == before
        fact_id = _metric(kb, 3_000_000)
        correct_fact(kb, fact_id, "reject")
        assert query.fact_sources(kb, fact_id).fact.review == "rejected"
        assert query.search(kb, "livestream").total > 0   # the full-text triggers of 0004 are still there
    finally:
        kb.engine.dispose()
