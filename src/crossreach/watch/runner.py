"""The watch loop: poll each source when it is due, ingest each new item once, log one line per source.

A poll lists a source's items (conditionally: an unchanged feed answers 304),
records the keys it has not seen as pending, then ingests every pending item
(also those a failed fetch left from an earlier poll) and marks it done. All of
it is kept in the knowledge base (``watch.state``), so a run killed at any point
resumes where it stopped: an item ingested just before the kill is recognised
by its stored source and not fetched again.

A failed poll is retried with exponential backoff (``backoff_base`` doubled at
each failure in a row, at most ``backoff_max``, never sooner than a server's
Retry-After); the other sources go on. An item that fails ``max_attempts``
times is given up and said so.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crossreach.batch import ingest_items
from crossreach.ingest import Article, Skipped, read_inputs
from crossreach.ingest.encoding import UndecodableError, decode
from crossreach.ingest.html import FeedError, NoArticleError, read_html
from crossreach.ingest.prepare import identify
from crossreach.ingest.web import FetchError
from crossreach.store import KnowledgeBase
from crossreach.watch.http import PoliteClient
from crossreach.watch.sources import ENTRY_PREFIX, FOLDER, Listing, WatchSource, list_folder, list_url
from crossreach.watch.state import PendingItem, SourceState, WatchState

NEW, UNCHANGED, FAILED, WAITING = "new", "unchanged", "failed", "waiting"


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class PollResult:
    """What one poll of one source did, for the log line and the digest."""

    location: str
    status: str                          # new | unchanged | failed | waiting
    reason: str = ""
    ingested: int = 0
    added_documents: list[str] = field(default_factory=list)   # sha256: ids of documents new to the base
    next_poll: datetime | None = None

    def line(self) -> str:
        """The log line: ``<source>: <status>: <reason>``."""
        when = f"; next poll {self.next_poll:%Y-%m-%d %H:%M:%S}Z" if self.next_poll else ""
        reason = f": {self.reason}" if self.reason else ""
        return f"{self.location}: {self.status}{reason}{when}"


@dataclass(frozen=True, slots=True)
class Politeness:
    """How hard a watch may push: backoff after failures, attempts per item."""

    backoff_base: float = 60.0
    backoff_max: float = 24 * 3600.0
    max_attempts: int = 5


class Watcher:
    """Polls a list of sources into one knowledge base."""

    def __init__(self, kb: KnowledgeBase, sources: Sequence[WatchSource], client: PoliteClient, *,
                 lexicon_files: Sequence[Path] = (), politeness: Politeness = Politeness(),
                 now: Callable[[], datetime] = utcnow) -> None:
        self.kb = kb
        self.sources = list(sources)
        self.client = client
        self.lexicon_files = tuple(lexicon_files)
        self.politeness = politeness
        self.state = WatchState(kb)
        self._now = now
        self._should_stop: Callable[[], bool] = lambda: False

    def poll_due(self) -> list[PollResult]:
        """Poll every source that is due now; the others are reported as waiting."""
        results = []
        for source in self.sources:
            state = self.state.source(source.location, source.kind)
            if state.next_poll is not None and state.next_poll > self._now():
                results.append(PollResult(source.location, WAITING, next_poll=state.next_poll))
            else:
                results.append(self.poll(source, state))
        return results

    def next_due(self) -> datetime:
        """When the earliest source is due."""
        moments = [self.state.source(s.location, s.kind).next_poll for s in self.sources]
        return min((m for m in moments if m is not None), default=self._now())

    def poll(self, source: WatchSource, state: SourceState) -> PollResult:
        """Poll one source now, whatever its schedule."""
        try:
            listing, answer_status, etag, last_modified = self._list(source, state)
        except (FetchError, FeedError, OSError) as exc:
            return self._failed(source, state, str(exc), getattr(exc, "retry_after", None))
        fresh = self.state.add_items(state.id, listing.keys, self._now()) if listing else []
        result = self._ingest_pending(source, state, listing)
        status = NEW if fresh or result.ingested else UNCHANGED
        if fresh:
            reason = f"{len(fresh)} new item{'s' * (len(fresh) != 1)}"
        else:
            reason = "304 not modified" if answer_status == 304 else "no new item"
        if result.reason:
            reason = f"{reason}; {result.reason}"
        next_poll = self._now() + timedelta(seconds=source.interval)
        self.state.record_poll(state.id, status=status, reason=reason, now=self._now(), next_poll=next_poll,
                               failures=0, etag=etag, last_modified=last_modified,
                               keep_validators=answer_status == 304)
        return PollResult(source.location, status, reason, result.ingested, result.added_documents, next_poll)

    # --- listing ------------------------------------------------------------------------------------------

    def _list(self, source: WatchSource, state: SourceState) -> tuple[Listing | None, int, str | None, str | None]:
        if source.kind == FOLDER:
            return Listing(keys=list_folder(source.location), entries={}, child_sitemaps=[]), 200, None, None
        answer = self.client.get(source.location, state.etag, state.last_modified)
        if answer.status == 304:
            return None, 304, state.etag, state.last_modified
        listing = list_url(answer.body)
        for child in listing.child_sitemaps:
            listing.keys.extend(list_url(self.client.get(child).body).keys)
        return listing, answer.status, answer.etag, answer.last_modified

    def _failed(self, source: WatchSource, state: SourceState, reason: str, retry_after: float | None) -> PollResult:
        failures = state.failures + 1
        delay = min(self.politeness.backoff_base * 2 ** (failures - 1), self.politeness.backoff_max)
        delay = max(delay, retry_after or 0.0)
        next_poll = self._now() + timedelta(seconds=delay)
        reason = f"{reason} (failure {failures} in a row; retry in {_duration(delay)})"
        self.state.record_poll(state.id, status=FAILED, reason=reason, now=self._now(), next_poll=next_poll,
                               failures=failures)
        return PollResult(source.location, FAILED, reason, next_poll=next_poll)

    # --- items --------------------------------------------------------------------------------------------

    def _ingest_pending(self, source: WatchSource, state: SourceState, listing: Listing | None) -> PollResult:
        result = PollResult(source.location, NEW)
        failed: list[str] = []
        entries = listing.entries if listing else {}
        for item in self.state.pending(state.id):
            if self._should_stop():
                break   # the items left stay pending for the next poll
            stored = self.state.already_stored(item.key)
            if stored is not None:
                self.state.item_done(item.id, stored, self._now())
                continue
            try:
                articles = self._read_item(source, item, entries)
            except (FetchError, NoArticleError, UndecodableError, ValueError) as exc:
                give_up = item.attempts + 1 >= self.politeness.max_attempts
                self.state.item_failed(item.id, str(exc), give_up)
                failed.append(f"{item.key}: {exc}{' (given up)' if give_up else ''}")
                continue
            doc_id = None
            for article in articles:
                report = ingest_items([article], self.kb, lexicon_files=self.lexicon_files, workers=1)
                doc_id = identify(article.text)[1]
                if report.added:
                    result.added_documents.append(doc_id)
            result.ingested += 1
            self.state.item_done(item.id, doc_id, self._now())
        parts = [f"{result.ingested} ingested"] if result.ingested else []
        if failed:
            parts.append(f"{len(failed)} failed ({failed[0]}{', ...' if len(failed) > 1 else ''})")
        result.reason = "; ".join(parts)
        return result

    def _read_item(self, source: WatchSource, item: PendingItem, entries: dict[str, Article]) -> list[Article]:
        """The articles of one item: a file's, an entry's own text, or the page its link leads to."""
        if source.kind == FOLDER:
            read = list(read_inputs([item.key]))
            articles = [a for a in read if isinstance(a, Article)]
            if not articles:
                raise ValueError(next((s.reason for s in read if isinstance(s, Skipped)), "nothing to read"))
            return articles
        if item.key.startswith(ENTRY_PREFIX):
            if item.key not in entries:
                raise ValueError("the feed no longer lists this entry")
            return [entries[item.key]]
        answer = self.client.get(item.key)
        try:
            decoded = decode(answer.body)
            page = read_html(decoded.text, item.key)
        except (NoArticleError, UndecodableError):
            if item.key in entries:   # a page with no article text: the feed entry's own text stands for it
                return [entries[item.key]]
            raise
        return [Article(source=item.key, text=page.text, title=page.title, published=page.published,
                        author=page.author, site_name=page.site_name, url=page.url or item.key,
                        repair=decoded.repair)]

    # --- the loop -----------------------------------------------------------------------------------------

    def run(self, on_results: Callable[[list[PollResult]], None], should_stop: Callable[[], bool],
            sleep: Callable[[float], None] = time.sleep, max_nap: float = 60.0) -> None:
        """Poll due sources until ``should_stop`` (asked between two items); between rounds, sleep until the
        next source is due."""
        self._should_stop = should_stop
        try:
            while not should_stop():
                results = [r for r in self.poll_due() if r.status != WAITING]
                if results:
                    on_results(results)
                while not should_stop():
                    wait = (self.next_due() - self._now()).total_seconds()
                    if wait <= 0:
                        break
                    sleep(min(wait, max_nap))
        finally:
            self._should_stop = lambda: False


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"

