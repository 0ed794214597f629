"""The distributed path: extract to Parquet (local processes or Ray on loopback), then load."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from html import escape
from pathlib import Path

import pytest
from synthetic import EXAMPLES, synthetic_articles, write_corpus, write_jsonl_shards

from crossreach import ray_engine, ray_start
from crossreach.batch import ingest
from crossreach.distributed import EngineUnavailable, extract_to_parquet, load_parquet
from crossreach.export import write_export
from crossreach.forked_extractors import can_fork
from crossreach.ingest import Skipped, read_inputs
from crossreach.ingest.readers import jsonl_ranges, read_jsonl_range
from crossreach.process_guard import guard_supported
from crossreach.store import KnowledgeBase, open_knowledge_base
from processes import alive, command_line, descendants, naming, ray_or_skip
from record_names import metric_subject_names


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


def test_load_records_the_lexicons_extract_used_and_reextract_keeps_them(tmp_path: Path) -> None:
    from crossreach.batch import reextract_stored

    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("- {name: Quarzo Lab, type: organization, category: brand, aliases: [quarzolab]}\n",
                       encoding="utf-8")
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("quarzolab on Weibo\n\nPublished 1 August 2020\n\n"
                       "quarzolab said its Weibo account had 2 million followers in July 2020.\n", encoding="utf-8")
    extract_to_parquet([str(article.parent)], tmp_path / "out", lexicon_files=[lexicon])
    kb = _kb(tmp_path / "kb.db")
    load_parquet(tmp_path / "out", kb)

    assert kb.document_lexicons() == {(str(lexicon.resolve()),): 1}
    assert "Quarzo Lab" in metric_subject_names(kb)
    reextract_stored(kb, all_documents=True)   # no --lexicon given: the one extract used
    assert "Quarzo Lab" in metric_subject_names(kb)


def test_load_without_tables_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no documents"):
        load_parquet(tmp_path, _kb(tmp_path / "kb.db"))


def _every_input_kind(root: Path) -> list[str]:
    """A folder, a single file, a glob, HTML pages, an RSS feed and JSONL (with a bad line, an ``html``
    record and records without a source), plus an input that names nothing: what ``ingest`` reads."""
    folder = write_corpus(root / "folder", 6)
    (root / "folder" / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    single = write_corpus(root / "single", 1)
    pages = root / "pages"
    pages.mkdir()
    for page in sorted(EXAMPLES.glob("*.html"))[:2]:
        (pages / page.name).write_bytes(page.read_bytes())
    articles = synthetic_articles(12)
    items = "".join(f"<item><title>{name}</title><link>https://news.example/{name}</link>"
                    f"<description>{escape(text)}</description></item>" for name, text in articles[6:8])
    feed = root / "feed.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                    encoding="utf-8")
    lines = [json.dumps({"text": text}, ensure_ascii=False) for _name, text in articles[8:]]
    lines.insert(2, "{not json")
    lines.append(json.dumps({"html": (EXAMPLES / "en05_nike_adidas_tmall.html").read_text(encoding="utf-8"),
                             "url": "https://news.example/nike"}))
    shard = root / "shard.jsonl"
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder), str(next(single.glob("*.txt"))), str(pages / "*.html"), str(feed), str(shard),
            str(root / "missing.txt")]


def _skipped(skipped: Iterable[Skipped]) -> list[str]:
    return sorted(str(s) for s in skipped)  # "file:line: skipped: reason", however the line is kept


def test_ray_engine_gives_the_facts_of_ingest_on_every_input_kind(tmp_path: Path, comparable,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ray_or_skip()
    monkeypatch.setenv(ray_start.SETTING, "always")  # through Ray, however little the work
    monkeypatch.setattr(ray_engine, "_RANGE_BYTES", 2000)  # the shard is read as several line ranges
    inputs = [*_every_input_kind(tmp_path / "in"), str(EXAMPLES)]
    summary = extract_to_parquet(inputs, tmp_path / "out", engine="ray", workers=2)
    by_ray, by_ingest = _kb(tmp_path / "ray.db"), _kb(tmp_path / "ingest.db")
    loaded = load_parquet(tmp_path / "out", by_ray)
    ingested = ingest(inputs, by_ingest, workers=1)
    assert summary.documents == ingested.documents == loaded.documents > 40
    assert comparable(by_ray) == comparable(by_ingest)
    assert _skipped(loaded.skipped) == _skipped(ingested.skipped) != []
    local = extract_to_parquet(inputs, tmp_path / "local", engine="local", workers=2)
    assert (local.documents, local.facts, local.skipped) == (summary.documents, summary.facts, summary.skipped)


@pytest.mark.parametrize("cluster", ["always", "auto"])
def test_ray_extract_of_the_dev_corpus_then_load_exports_what_ingest_does(tmp_path: Path, shared_corpus: Path,
                                                                          monkeypatch: pytest.MonkeyPatch,
                                                                          cluster: str) -> None:
    """The issue's check, fact for fact: ``extract --engine ray`` of ../shared/corpus/dev/texts, then ``load``,
    gives the export of ``ingest``: through Ray, and as the command runs it by default (without a cluster to
    join, by extractors forked from the driver: no local cluster is started)."""
    ray_or_skip()
    monkeypatch.setenv(ray_start.SETTING, cluster)
    clusters: list[int] = []
    started = ray_engine.local_cluster
    monkeypatch.setattr(ray_engine, "local_cluster", lambda *a, **k: clusters.append(1) or started(*a, **k))
    texts = str(shared_corpus / "dev" / "texts")
    forks = can_fork()
    summary = extract_to_parquet([texts], tmp_path / "out", engine="ray", workers=2)
    assert len(clusters) == (1 if cluster == "always" or not forks else 0)
    by_ray, by_ingest = _kb(tmp_path / "ray.db"), _kb(tmp_path / "ingest.db")
    load_parquet(tmp_path / "out", by_ray)
    ingest([texts], by_ingest)

    def exported(kb: KnowledgeBase) -> str:
        out = tmp_path / "export.jsonl"
        write_export(kb.document_records(), "jsonl", out, sys.stdout)
        return out.read_text(encoding="utf-8")

    assert summary.documents == by_ingest.counts()["documents"] > 0 and summary.facts > 0
    assert exported(by_ray) == exported(by_ingest)


def test_jsonl_ranges_read_like_the_whole_shard(tmp_path: Path) -> None:
    shard = write_jsonl_shards(tmp_path / "shards", 30, per_shard=30) / "shard-00000.jsonl"
    ranges = jsonl_ranges(shard, 3000)
    assert len(ranges) > 3
    pieces = [item for start, end, line in ranges for item in read_jsonl_range(shard, start, end, line)]
    assert pieces == list(read_inputs([str(shard)]))


def test_ray_engine_missing_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # what an environment without Ray gives: ImportError
    with pytest.raises(EngineUnavailable, match=r"crossreach\[ray\]"):
        extract_to_parquet([str(EXAMPLES)], tmp_path / "out", engine="ray")


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


def _ray_running(pid: int) -> bool:
    """Ray's raylet is up under ``pid``, with processes of its own named ``ray::...`` (its agents, its
    workers: those that outlived a SIGKILL of the command)."""
    lines = [command_line(p) for p in descendants(pid)]
    return (any(line.split(" ", 1)[0].endswith("/raylet") for line in lines)
            and any(line.startswith("ray::") for line in lines))


def _local_running(pid: int) -> bool:
    return len(descendants(pid)) >= 2  # the workers (and the resource tracker)


@pytest.mark.skipif(not guard_supported(), reason="reads the process table in /proc")
@pytest.mark.parametrize(("engine", "running"), [("ray", _ray_running), ("local", _local_running)])
def test_sigkill_of_extract_leaves_no_process_after_5_seconds(tmp_path: Path, cli: str, engine: str, running) -> None:
    if engine == "ray":
        ray_or_skip()
    corpus = write_corpus(tmp_path / "corpus", 300)
    command = [cli, "extract", "--engine", engine, "-w", "2", str(corpus), "--out", str(tmp_path / "out")]
    proc = subprocess.Popen(command, env={**os.environ, ray_start.SETTING: "always"},  # a cluster for 300 articles
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not running(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    started = descendants(proc.pid)
    assert proc.poll() is None and running(proc.pid), "extract ended (or never got going) before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5

    def left() -> set[int]:
        return {pid for pid in started if alive(pid)} | naming(str(tmp_path))

    while left() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not {pid: command_line(pid) for pid in left()}
