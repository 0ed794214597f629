"""Batch ingest under concurrency and faults: workers, two writers at once, SIGKILL mid-batch."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select
from synthetic import write_corpus

from crossreach import batch
from crossreach.batch import YOUNG_COLLECTION, capped_workers, ingest
from crossreach.domain import load_domain
from crossreach.ingest import Article, prepare
from crossreach.pipeline import extract
from crossreach.store import KnowledgeBase, open_knowledge_base
from crossreach.store import schema as t
from record_names import metric_subject_names


def _duplicate_entities(kb: KnowledgeBase) -> list[tuple]:
    with kb.engine.connect() as conn:
        return list(conn.execute(
            select(t.entities.c.norm, t.entities.c.type, func.count())
            .group_by(t.entities.c.norm, t.entities.c.type).having(func.count() > 1)))


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_workers_give_the_same_knowledge_base_as_one_process(start: str, tmp_path: Path, comparable,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "worker_start_method", lambda: start)
    corpus = write_corpus(tmp_path / "corpus", 12)
    one = open_knowledge_base(f"sqlite:///{tmp_path / 'one.db'}")
    two = open_knowledge_base(f"sqlite:///{tmp_path / 'two.db'}")
    ingest([str(corpus)], one, workers=1)
    report = ingest([str(corpus)], two, workers=2)
    assert report.added == 12
    assert comparable(one) == comparable(two)
    assert _text_hashes(one) == _text_hashes(two)  # the workers' simhashes are the writer's


def _text_hashes(kb: KnowledgeBase) -> dict[str, int]:
    with kb.engine.connect() as conn:
        return {row.doc_id: row.simhash for row in conn.execute(select(t.documents.c.doc_id, t.documents.c.simhash))}


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

    ingest([str(article)], kb, lexicon_files=[lexicon])
    assert "Quarzo Lab" in metric_subject_names(kb)
    reextract_stored(kb, all_documents=True)   # no --lexicon given: the recorded one is used
    assert "Quarzo Lab" in metric_subject_names(kb)
    assert kb.document_lexicons() == {(str(lexicon.resolve()),): 1}


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux /proc), the resource tracker included."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_ingest(cli: str, tmp_path: Path, workers: int) -> tuple[subprocess.Popen, KnowledgeBase]:
    """An ingest of a corpus large enough to be interrupted, once it has committed a first group."""
    corpus = write_corpus(tmp_path / "corpus", 200)
    db = tmp_path / "kb.db"
    kb = open_knowledge_base(f"sqlite:///{db}")
    proc = subprocess.Popen([cli, "--db", str(db), "ingest", str(corpus), "--quiet", "--workers", str(workers)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while kb.counts()["documents"] == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be interrupted"
    return proc, kb


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table in /proc")
def test_sigkill_of_the_parent_leaves_no_worker(tmp_path: Path, cli: str) -> None:
    if capped_workers(2) < 2:
        pytest.skip("one core: no worker processes to leave behind")
    proc, _kb = _start_ingest(cli, tmp_path, workers=2)
    children = _children(proc.pid)
    assert len(children) >= 2  # the workers (and the resource tracker)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in children if _alive(pid)]


def test_ctrl_c_ends_with_one_line_and_exit_130_and_a_rerun_finishes(tmp_path: Path, cli: str, comparable) -> None:
    proc, kb = _start_ingest(cli, tmp_path, workers=2)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert len(err.strip().splitlines()) == 1 and "interrupted" in err
    stored = kb.counts()["documents"]
    assert 0 < stored < 200
    corpus = tmp_path / "corpus"
    rerun = subprocess.run([cli, "--db", str(tmp_path / "kb.db"), "ingest", str(corpus), "--quiet"],
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    reference = open_knowledge_base(f"sqlite:///{tmp_path / 'reference.db'}")
    ingest([str(corpus)], reference, workers=2)
    assert comparable(kb) == comparable(reference)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=batch._CHUNK_CHARS // 3), max_size=60))
def test_chunks_keep_the_order_and_stay_bounded(sizes: list[int]) -> None:
    articles = [Article(source=str(i), text="x" * size) for i, size in enumerate(sizes)]
    chunks = list(batch._chunks(articles))
    assert [a for chunk in chunks for a in chunk] == articles
    for chunk in chunks:
        chars = [len(a.text) for a in chunk]
        assert chunk and len(chunk) <= batch._CHUNK_ARTICLES
        assert sum(chars[:-1]) < batch._CHUNK_CHARS  # a chunk ends at the article that reaches the cap
    for chunk in chunks[:-1]:  # only the last chunk may be short of both caps
        assert len(chunk) == batch._CHUNK_ARTICLES or sum(len(a.text) for a in chunk) >= batch._CHUNK_CHARS


@pytest.mark.parametrize(("platform", "threads", "expected"), [
    ("linux", 1, "fork"),
    ("linux", 2, "spawn"),      # another thread's locks would be copied held into the child
    ("darwin", 1, "spawn"),     # macOS's system libraries are not fork-safe
    ("win32", 1, "spawn"),
])
def test_workers_fork_only_on_linux_from_a_single_thread(platform: str, threads: int, expected: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch.sys, "platform", platform)
    monkeypatch.setattr(batch.threading, "active_count", lambda: threads)
    assert batch.worker_start_method() == expected


def test_workers_send_back_only_what_is_stored() -> None:
    document = prepare(Article(source="a.txt", text="Gucci opened a store on Tmall in 2021.", lang="en"))
    full = extract(document, load_domain())
    stored = batch.stored_part(full)
    assert (stored.document, stored.mentions, stored.entities, stored.facts) \
        == (full.document, full.mentions, full.entities, full.facts)
    assert full.sentences and not stored.sentences and not stored.quantities and not stored.dates


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(), max_size=120), st.integers(min_value=1, max_value=60))
def test_blocks_keep_the_order_and_only_the_last_is_short(items: list[int], size: int) -> None:
    blocks = list(batch._blocks(items, size))
    assert [i for block in blocks for i in block] == items
    assert all(len(block) == size for block in blocks[:-1]) and all(0 < len(block) <= size for block in blocks)


def test_ingest_looks_inputs_up_a_block_at_a_time(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 12)
    kb = open_knowledge_base(f"sqlite:///{tmp_path / 'kb.db'}")
    ingest([str(corpus)], kb, workers=1)
    looked_up = []
    event.listen(kb.engine, "before_cursor_execute",
                 lambda *args: looked_up.append(args[2]) if "doc_id IN" in args[2] else None)
    report = ingest([str(corpus)], kb, workers=1)
    assert report.duplicates == 12 and report.added == 0
    assert len(looked_up) == 1  # one look-up for the twelve, and the duplicates' sources need none
    assert kb.counts()["sources"] == 12


def test_a_worker_loads_what_every_extraction_needs_as_it_starts() -> None:
    from crossreach.ingest.language import _detector
    from crossreach.recognise.person_names import common_first_names

    common_first_names.cache_clear()
    _detector.cache_clear()
    batch.warm_up()
    assert common_first_names.cache_info().currsize == 1 and common_first_names()
    assert _detector.cache_info().currsize == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_a_knowledge_base_opened_when_needed_finds_the_first_articles_stored_as_they_are_saved(
        workers: int, tmp_path: Path) -> None:
    # 60 articles: more than the first block, which workers extract before the knowledge base is opened.
    corpus = write_corpus(tmp_path / "corpus", batch._LOOK_UP_AHEAD + 10)
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    opened: list[KnowledgeBase] = []

    def open_kb() -> KnowledgeBase:
        opened.append(open_knowledge_base(url))
        return opened[-1]

    first = ingest([str(corpus)], open_kb, workers=workers)
    again = ingest([str(corpus)], open_kb, workers=workers)
    assert (first.added, first.duplicates) == (60, 0)
    assert (again.added, again.duplicates, again.facts) == (0, 60, 0)
    assert len(opened) == 2  # once a batch
    assert opened[-1].counts()["documents"] == opened[-1].counts()["sources"] == 60


@pytest.fixture
def compact_pickling():
    """The workers' compact pickling of the models, registered for one test and removed after it."""
    import copyreg

    saved = dict(copyreg.dispatch_table)
    batch._compact_hand_over()
    yield
    copyreg.dispatch_table.clear()
    copyreg.dispatch_table.update(saved)


def test_the_compact_hand_over_gives_back_equal_extractions(compact_pickling: None) -> None:
    """What a worker sends is read back equal, field for field, every model in it (documents, mentions,
    entities, the four kinds of fact and their evidence), and is smaller than the default pickle."""
    import pickle

    domain = load_domain(())
    articles = sorted((Path(__file__).parent.parent / "examples" / "articles").glob("*.txt"))
    sent = [batch.stored_part(extract(prepare(Article(source=p.name, text=p.read_text(encoding="utf-8"))), domain))
            for p in articles]
    compact = pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(compact) == sent
    assert {type(f).__name__ for e in sent for f in e.facts} == {"Metric", "Partnership", "Role", "Quote"}
    import copyreg

    for cls in [type(e.document) for e in sent[:1]] + [type(f) for e in sent for f in e.facts]:
        copyreg.dispatch_table.pop(cls, None)
    for cls in {type(x) for e in sent for x in (*e.mentions, *e.entities, *(f.evidence for f in e.facts))}:
        copyreg.dispatch_table.pop(cls, None)
    assert len(compact) < len(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL))


_FROZEN_AFTER = """
import gc, sys
from crossreach.batch import ingest
from crossreach.store import open_knowledge_base
kb = open_knowledge_base(sys.argv[1])
before = gc.get_freeze_count()
ingest([sys.argv[2]], kb, workers=1)
first = gc.get_freeze_count()
ingest([sys.argv[3]], kb, workers=1)
print(before, first, gc.get_freeze_count(), gc.get_threshold()[0])
"""


def test_an_ingest_leaves_what_it_loaded_out_of_the_collector_once_a_process(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 2)
    other = write_corpus(tmp_path / "other", 3)
    run = subprocess.run([sys.executable, "-c", _FROZEN_AFTER, f"sqlite:///{tmp_path / 'kb.db'}", str(corpus),
                          str(other)], capture_output=True, text=True, check=True)
    before, first, second, young = map(int, run.stdout.split())
    assert before == 0 and first > 0  # frozen at the first document saved: the store and the lexicons
    assert second == first  # a later batch of the same process freezes nothing more
    assert young == YOUNG_COLLECTION  # and the young generation is collected less often


_PAUSED_THEN = """
import gc, sys
from crossreach.batch import ingest
from crossreach.store import open_knowledge_base
kb = open_knowledge_base(sys.argv[1])
gc.disable()  # as ``crossreach ingest`` does while it loads
ingest([sys.argv[2]], kb, workers=1)
print(gc.isenabled())
"""


def test_collections_paused_while_a_process_loads_go_on_once_what_it_loaded_is_frozen(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 2)
    run = subprocess.run([sys.executable, "-c", _PAUSED_THEN, f"sqlite:///{tmp_path / 'kb.db'}", str(corpus)],
                         capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["True"]
