"""The distributed path: extract to Parquet (local processes or Ray on loopback), then load."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from synthetic import write_corpus, write_jsonl_shards

from crossreach.batch import ingest
from crossreach.distributed import extract_to_parquet, load_parquet
from crossreach.store import KnowledgeBase, open_knowledge_base


def _kb(path: Path) -> KnowledgeBase:
    return open_knowledge_base(f"sqlite:///{path}")


def test_local_engine_then_load_equals_ingest(tmp_path: Path, comparable) -> None:
    corpus = write_corpus(tmp_path / "corpus", 20)
    summary = extract_to_parquet([str(corpus)], tmp_path / "out", engine="local", workers=2)
    assert summary.documents == 20 and summary.skipped == 0
    loaded, ingested = _kb(tmp_path / "loaded.db"), _kb(tmp_path / "ingested.db")
    report = load_parquet(tmp_path / "out", loaded)
    ingest([str(corpus)], ingested)
    assert report.added == 20
    assert comparable(loaded) == comparable(ingested)


def test_load_again_changes_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 5)
    extract_to_parquet([str(corpus)], tmp_path / "out")
    kb = _kb(tmp_path / "kb.db")
    load_parquet(tmp_path / "out", kb)
    again = load_parquet(tmp_path / "out", kb)
    assert again.added == 0 and again.duplicates == 5
    assert kb.counts()["documents"] == 5


def test_skipped_inputs_are_kept_with_their_reason(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    extract_to_parquet([str(tmp_path / "in")], tmp_path / "out")
    report = load_parquet(tmp_path / "out", _kb(tmp_path / "kb.db"))
    assert [s.reason for s in report.skipped] == ["empty file"]


def test_load_without_tables_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no documents"):
        load_parquet(tmp_path, _kb(tmp_path / "kb.db"))


def test_ray_engine_gives_the_same_facts_as_one_process(tmp_path: Path, comparable) -> None:
    pytest.importorskip("ray")
    shards = write_jsonl_shards(tmp_path / "shards", 300, per_shard=100)
    shard_paths = sorted(str(p) for p in shards.glob("*.jsonl"))
    summary = extract_to_parquet(shard_paths, tmp_path / "out", engine="ray", workers=2)
    assert summary.documents == 300
    documents = pq.read_table(tmp_path / "out" / "documents")
    assert documents.num_rows == 300
    by_ray, by_ingest = _kb(tmp_path / "ray.db"), _kb(tmp_path / "ingest.db")
    load_parquet(tmp_path / "out", by_ray)
    ingest(shard_paths, by_ingest)
    assert comparable(by_ray) == comparable(by_ingest)


def test_sigkill_during_load_then_rerun_equals_an_uninterrupted_load(tmp_path: Path, cli: str, comparable,
                                                                     kill_when_stored) -> None:
    corpus = write_corpus(tmp_path / "corpus", 150)
    extract_to_parquet([str(corpus)], tmp_path / "out", workers=2)
    reference = _kb(tmp_path / "reference.db")
    load_parquet(tmp_path / "out", reference)

    db = tmp_path / "kb.db"
    kb = _kb(db)
    kill_when_stored([cli, "--db", str(db), "load", str(tmp_path / "out"), "--quiet"], kb, 5)
    assert kb.counts()["documents"] < 150
    rerun = subprocess.run([cli, "--db", str(db), "load", str(tmp_path / "out"), "--quiet"],
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert comparable(kb) == comparable(reference)
