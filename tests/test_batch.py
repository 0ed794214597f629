"""Batch ingest under concurrency and faults: workers, two writers at once, SIGKILL mid-batch."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy import func, select
from synthetic import write_corpus

from crossreach.batch import ingest
from crossreach.store import KnowledgeBase, open_knowledge_base
from crossreach.store import schema as t


def _duplicate_entities(kb: KnowledgeBase) -> list[tuple]:
    with kb.engine.connect() as conn:
        return list(conn.execute(
            select(t.entities.c.norm, t.entities.c.type, func.count())
            .group_by(t.entities.c.norm, t.entities.c.type).having(func.count() > 1)))


def test_workers_give_the_same_knowledge_base_as_one_process(tmp_path: Path, comparable) -> None:
    corpus = write_corpus(tmp_path / "corpus", 12)
    one = open_knowledge_base(f"sqlite:///{tmp_path / 'one.db'}")
    two = open_knowledge_base(f"sqlite:///{tmp_path / 'two.db'}")
    ingest([str(corpus)], one, workers=1)
    report = ingest([str(corpus)], two, workers=2)
    assert report.added == 12
    assert comparable(one) == comparable(two)


def test_two_ingest_processes_at_once_never_duplicate(db_url: str, tmp_path: Path, cli: str) -> None:
    corpus = write_corpus(tmp_path / "corpus", 30)
    open_knowledge_base(db_url).engine.dispose()  # migrate once, as a deployment would
    procs = [subprocess.Popen([cli, "--db", db_url, "ingest", str(corpus), "--quiet", "--workers", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    kb = open_knowledge_base(db_url)
    counts = kb.counts()
    assert counts["documents"] == 30 and counts["sources"] == 30
    assert _duplicate_entities(kb) == []
    kb.engine.dispose()


def test_sigkill_mid_batch_then_rerun_equals_an_uninterrupted_run(db_url: str, tmp_path: Path, cli: str, comparable,
                                                                  kill_when_stored) -> None:
    corpus = write_corpus(tmp_path / "corpus", 150)
    reference = open_knowledge_base(f"sqlite:///{tmp_path / 'reference.db'}")
    ingest([str(corpus)], reference)

    kb = open_knowledge_base(db_url)
    kill_when_stored([cli, "--db", db_url, "ingest", str(corpus), "--quiet", "--workers", "1"], kb, 10)
    stored = kb.counts()["documents"]
    assert 10 <= stored < 150

    rerun = subprocess.run([cli, "--db", db_url, "ingest", str(corpus), "--quiet", "--workers", "1"],
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert kb.counts() == reference.counts()
    assert comparable(kb) == comparable(reference)
    kb.engine.dispose()


def test_reextract_reads_a_document_with_the_lexicons_it_was_ingested_with(tmp_path: Path) -> None:
    from crossreach.batch import ingest, reextract_stored
    from crossreach.store import open_knowledge_base

    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("- {name: Quarzo Lab, type: organization, category: brand, aliases: [quarzolab]}\n",
                       encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("quarzolab on Weibo\n\nPublished 1 August 2020\n\n"
                       "quarzolab said its Weibo account had 2 million followers in July 2020.\n", encoding="utf-8")
    kb = open_knowledge_base(f"sqlite:///{tmp_path / 'kb.db'}")

    def subjects() -> set[str]:
        return {f["subject"] for record in kb.document_records() for f in record["facts"] if f["type"] == "metric"}

    ingest([str(article)], kb, lexicon_files=[lexicon])
    assert subjects() == {"Quarzo Lab"}
    reextract_stored(kb, all_documents=True)   # no --lexicon given: the recorded one is used
    assert subjects() == {"Quarzo Lab"}
    assert kb.document_lexicons() == {(str(lexicon.resolve()),): 1}
