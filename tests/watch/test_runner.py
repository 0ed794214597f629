"""The watch loop against feeds served on 127.0.0.1 by the test itself (tests/watch/conftest.py)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from watch_feeds import Clock, FeedServer, Route, sitemap

from crossreach.store import KnowledgeBase, open_knowledge_base
from crossreach.watch import PoliteClient, Politeness, Watcher, source_from_spec
from crossreach.watch.runner import FAILED, NEW, UNCHANGED, WAITING
from crossreach.watch.state import WatchState

ARTICLES = ["en01_nba_tencent", "en03_louvre_weibo", "zh01_lv_kuaishou", "it03_moncler_douyin"]


@pytest.fixture
def client() -> Iterator[PoliteClient]:
    with PoliteClient(host_delay=0.0, allow_private=True, timeout=10) as polite:
        yield polite


def _watcher(kb: KnowledgeBase, client: PoliteClient, clock: Clock, *specs: str, interval: float = 600) -> Watcher:
    sources = [source_from_spec(spec, interval) for spec in specs]
    return Watcher(kb, sources, client, politeness=Politeness(backoff_base=60, backoff_max=3600), now=clock)


def _documents(kb: KnowledgeBase) -> int:
    return kb.counts()["documents"]


def test_new_items_are_ingested_once(feed_server: FeedServer, any_kb: KnowledgeBase, client: PoliteClient,
                                     clock: Clock) -> None:
    pages = [feed_server.article(name) for name in ARTICLES[:3]]
    feed_server.feed("/feed.xml", pages, etag='"v1"')
    watcher = _watcher(any_kb, client, clock, feed_server.url("/feed.xml"))

    [first] = watcher.poll_due()
    assert (first.status, first.ingested, len(first.added_documents)) == (NEW, 3, 3), first.reason
    assert _documents(any_kb) == 3

    pages.append(feed_server.article(ARTICLES[3]))
    feed_server.feed("/feed.xml", pages, etag='"v2"')
    clock.advance(600)
    [second] = watcher.poll_due()
    assert (second.status, second.ingested) == (NEW, 1)
    assert second.reason.startswith("1 new item")
    assert _documents(any_kb) == 4
    assert [feed_server.count(page) for page in pages] == [1, 1, 1, 1]
    assert WatchState(any_kb).item_counts() == {"pending": 0, "done": 4, "failed": 0}


def test_an_unchanged_feed_answers_304_and_nothing_is_fetched_again(
        feed_server: FeedServer, any_kb: KnowledgeBase, client: PoliteClient, clock: Clock) -> None:
    pages = [feed_server.article(name) for name in ARTICLES[:2]]
    feed_server.feed("/feed.xml", pages, etag='"same"')
    watcher = _watcher(any_kb, client, clock, feed_server.url("/feed.xml"))
    watcher.poll_due()
    clock.advance(600)
    [again] = watcher.poll_due()

    assert again.status == UNCHANGED
    assert "304" in again.reason
    feed_hits = [hit for hit in feed_server.hits if hit.path == "/feed.xml"]
    assert feed_hits[1].headers.get("If-None-Match") == '"same"'
    assert [feed_server.count(page) for page in pages] == [1, 1]
    assert all(hit.headers["User-Agent"].startswith("crossreach/") for hit in feed_server.hits)


def test_a_source_is_not_polled_before_its_interval(feed_server: FeedServer, fresh_kb: KnowledgeBase,
                                                    client: PoliteClient, clock: Clock) -> None:
    feed_server.feed("/feed.xml", [feed_server.article(ARTICLES[0])])
    watcher = _watcher(fresh_kb, client, clock, feed_server.url("/feed.xml"), interval=600)
    watcher.poll_due()
    clock.advance(599)
    [waiting] = watcher.poll_due()
    assert waiting.status == WAITING
    assert feed_server.count("/feed.xml") == 1


def test_a_failing_source_is_retried_with_backoff_and_the_others_go_on(
        feed_server: FeedServer, any_kb: KnowledgeBase, client: PoliteClient, clock: Clock) -> None:
    feed_server.routes["/broken.xml"] = Route(b"", status=503)
    feed_server.feed("/good.xml", [feed_server.article(ARTICLES[0])])
    watcher = _watcher(any_kb, client, clock, feed_server.url("/broken.xml"), feed_server.url("/good.xml"))

    broken, good = watcher.poll_due()
    assert (broken.status, good.status) == (FAILED, NEW)
    assert "HTTP 503" in broken.reason and "retry in 60s" in broken.reason
    assert _documents(any_kb) == 1

    clock.advance(59)
    assert watcher.poll_due()[0].status == WAITING          # backing off: not polled again yet
    clock.advance(1)
    second = watcher.poll_due()[0]
    assert second.status == FAILED and "failure 2 in a row; retry in 2m" in second.reason
    clock.advance(119)
    assert watcher.poll_due()[0].status == WAITING          # the wait doubled
    assert feed_server.count("/broken.xml") == 2

    feed_server.feed("/broken.xml", [feed_server.article(ARTICLES[1])])
    clock.advance(1)
    recovered = watcher.poll_due()[0]
    assert recovered.status == NEW
    assert _documents(any_kb) == 2


def test_a_server_asking_to_wait_longer_is_heard(feed_server: FeedServer, fresh_kb: KnowledgeBase,
                                                 client: PoliteClient, clock: Clock) -> None:
    feed_server.routes["/busy.xml"] = Route(b"", status=429, headers={"Retry-After": "900"})
    watcher = _watcher(fresh_kb, client, clock, feed_server.url("/busy.xml"))
    [busy] = watcher.poll_due()
    assert busy.status == FAILED and "HTTP 429" in busy.reason and "retry in 15m" in busy.reason
    clock.advance(899)
    assert watcher.poll_due()[0].status == WAITING


def test_a_failed_item_is_retried_at_the_next_poll_even_when_the_feed_is_unchanged(
        feed_server: FeedServer, fresh_kb: KnowledgeBase, client: PoliteClient, clock: Clock) -> None:
    good = feed_server.article(ARTICLES[0])
    feed_server.routes["/articles/late.html"] = Route(b"", status=500)
    feed_server.feed("/feed.xml", [good, "/articles/late.html"], etag='"one"')
    watcher = _watcher(fresh_kb, client, clock, feed_server.url("/feed.xml"))
    [first] = watcher.poll_due()
    assert first.ingested == 1 and "1 failed" in first.reason

    feed_server.routes["/articles/late.html"] = feed_server.routes[feed_server.article(ARTICLES[1])]
    clock.advance(600)
    [second] = watcher.poll_due()
    assert (second.status, second.ingested) == (NEW, 1)
    assert second.reason.startswith("304 not modified; 1 ingested")
    assert _documents(fresh_kb) == 2


def test_a_stop_request_is_heard_between_two_items_and_the_rest_waits(
        feed_server: FeedServer, fresh_kb: KnowledgeBase, client: PoliteClient, clock: Clock) -> None:
    feed_server.feed("/feed.xml", [feed_server.article(name) for name in ARTICLES[:3]])
    watcher = _watcher(fresh_kb, client, clock, feed_server.url("/feed.xml"))
    rounds: list[list[str]] = []
    watcher.run(lambda results: rounds.append([r.line() for r in results]),
                should_stop=lambda: _documents(fresh_kb) >= 1, sleep=clock.advance)
    assert _documents(fresh_kb) == 1
    assert WatchState(fresh_kb).item_counts()["pending"] == 2
    assert rounds and "1 ingested" in rounds[0][0]
    clock.advance(600)
    assert watcher.poll_due()[0].ingested == 2


def test_a_sitemap_lists_pages_to_ingest(feed_server: FeedServer, fresh_kb: KnowledgeBase, client: PoliteClient,
                                         clock: Clock) -> None:
    pages = [feed_server.article(name) for name in ARTICLES[:2]]
    feed_server.routes["/sitemap.xml"] = Route(sitemap(feed_server, pages), "application/xml")
    [result] = _watcher(fresh_kb, client, clock, feed_server.url("/sitemap.xml")).poll_due()
    assert (result.status, result.ingested) == (NEW, 2)


def test_a_folder_is_watched_for_new_files(tmp_path: Path, fresh_kb: KnowledgeBase, client: PoliteClient,
                                           clock: Clock) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    examples = Path(__file__).resolve().parents[2] / "examples" / "articles"
    (inbox / "a.txt").write_text((examples / f"{ARTICLES[0]}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    watcher = _watcher(fresh_kb, client, clock, str(inbox))
    assert watcher.poll_due()[0].ingested == 1
    (inbox / "b.txt").write_text((examples / f"{ARTICLES[1]}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    clock.advance(600)
    result = watcher.poll_due()[0]
    assert (result.status, result.ingested) == (NEW, 1)
    assert _documents(fresh_kb) == 2


def test_the_client_waits_between_two_requests_to_one_host(feed_server: FeedServer) -> None:
    feed_server.routes["/a"] = Route(b"a")
    now = [100.0]
    naps: list[float] = []

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        now[0] += seconds

    with PoliteClient(host_delay=5.0, allow_private=True, clock=lambda: now[0], sleep=sleep) as polite:
        polite.get(feed_server.url("/a"))
        now[0] += 1.5
        polite.get(feed_server.url("/a"))
    assert naps == [pytest.approx(3.5)]


def test_private_addresses_are_refused_unless_allowed(feed_server: FeedServer, fresh_kb: KnowledgeBase,
                                                      clock: Clock) -> None:
    feed_server.feed("/feed.xml", [])
    with PoliteClient(host_delay=0.0) as strict:
        [result] = _watcher(fresh_kb, strict, clock, feed_server.url("/feed.xml")).poll_due()
    assert result.status == FAILED and "private or loopback" in result.reason
    assert feed_server.hits == []


def test_a_restart_after_sigkill_resumes_without_duplicates(feed_server: FeedServer, tmp_path: Path,
                                                            cli: str) -> None:
    names = [*ARTICLES, "fr01_dior_weibo", "es02_tiffany_tmall"]
    pages = [feed_server.article(name) for name in names]
    for page in pages:
        feed_server.routes[page].delay = 0.3
    feed_server.feed("/feed.xml", pages, etag='"k"')
    db = tmp_path / "kb.db"
    command = [cli, "--db", str(db), "watch", feed_server.url("/feed.xml"), "--allow-private-urls",
               "--host-delay", "0", "--every", "1h"]
    env = {**os.environ, "CROSSREACH_SPACY": "off"}
    log = tmp_path / "watch.log"
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 60
        while _done_items(db) < 2:
            assert process.poll() is None, log.read_text(encoding="utf-8")
            assert time.monotonic() < deadline, "the watch ingested nothing in a minute"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert _done_items(db) < len(pages), "killed too late to test a resume"

    rerun = subprocess.run([*command, "--once"], capture_output=True, text=True, env=env, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "/feed.xml: new: " in rerun.stdout

    kb = open_knowledge_base(f"sqlite:///{db}")
    assert kb.counts()["documents"] == len(pages)
    assert WatchState(kb).item_counts() == {"pending": 0, "done": len(pages), "failed": 0}
    fetches = [feed_server.count(page) for page in pages]
    assert all(n >= 1 for n in fetches)
    assert sum(fetches) <= len(pages) + 1      # at most the page in flight at the kill is fetched twice
    with sqlite3.connect(db) as conn:
        sources = conn.execute("SELECT location, count(*) FROM sources GROUP BY location HAVING count(*) > 1")
        assert sources.fetchall() == []


def _done_items(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM watch_items WHERE status = 'done'").fetchone()[0])
    except sqlite3.OperationalError:      # the schema is not there yet
        return 0


def test_a_digest_of_new_facts_about_watched_entities_is_written_and_posted(
        feed_server: FeedServer, tmp_path: Path, runner, monkeypatch) -> None:
    from crossreach.interfaces.cli import app

    monkeypatch.chdir(tmp_path)
    feed_server.feed("/feed.xml", [feed_server.article("zh01_lv_kuaishou"), feed_server.article(ARTICLES[1])])
    digest = tmp_path / "digest.json"
    result = runner.invoke(app, ["--db", str(tmp_path / "kb.db"), "watch", "--once", feed_server.url("/feed.xml"),
                                 "--allow-private-urls", "--host-delay", "0", "--alert", "Kuaishou",
                                 "--alert", "Nobody Known", "--digest", str(digest),
                                 "--webhook", feed_server.url("/hook")])
    assert result.exit_code == 0, result.output
    written = json.loads(digest.read_text(encoding="utf-8"))
    [entry] = written["entities"]
    assert entry["entity"] == "Kuaishou" and entry["facts"]
    assert all(fact["sentence"] and fact["source"].startswith("http://127.0.0.1") for fact in entry["facts"])
    [post] = [hit for hit in feed_server.hits if hit.method == "POST"]
    assert post.path == "/hook" and json.loads(post.body) == written


def test_once_exits_one_when_a_source_failed_and_says_why(feed_server: FeedServer, tmp_path: Path, runner) -> None:
    from crossreach.interfaces.cli import app

    feed_server.routes["/down.xml"] = Route(b"", status=500)
    feed_server.feed("/feed.xml", [])
    result = runner.invoke(app, ["--db", str(tmp_path / "kb.db"), "watch", "--once", "--allow-private-urls",
                                 "--host-delay", "0", feed_server.url("/down.xml"), feed_server.url("/feed.xml")])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(feed_server.url("/down.xml") + ": failed: HTTP 500 (failure 1 in a row; retry in")
    assert lines[1].startswith(feed_server.url("/feed.xml") + ": unchanged: no new item")
