"""Batch ingest: read inputs, prepare and extract documents, store them a group per transaction.

This is the library behind ``crossreach ingest`` and ``reextract``; the CLI only
shows progress and messages. Reading and storing happen in this process, in
input order; preparing and extracting (the CPU-bound part) run in a pool of
worker processes when ``workers > 1``, with a bounded number of documents in
flight so memory stays flat however large the corpus. A document already stored
with the current extractor version is not extracted again.
"""

from __future__ import annotations

import copyreg
import dataclasses
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field, replace
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from crossreach import models
from crossreach.config import lexicon_paths
from crossreach.cores import capped_workers
from crossreach.domain import DomainLexicon, load_domain
from crossreach.ingest import Article, Skipped, prepare, read_inputs
from crossreach.ingest.language import load_detector
from crossreach.ingest.prepare import identify
from crossreach.ingest.readers import DEFAULT_MAX_BYTES, Item
from crossreach.models import Document, Extraction
from crossreach.pipeline import extract
from crossreach.recognise.person_names import common_first_names
from crossreach.resolve.near_duplicates import simhash

if TYPE_CHECKING:  # the store (SQLAlchemy) loads when the knowledge base opens: after the workers fork
    from crossreach.store import BatchWriter, KnowledgeBase

_T = TypeVar("_T")

#: Chunks in flight per worker: one being extracted and two waiting. Results are taken in input order,
#: so while the parent waits for one worker's slow chunk, the other worker must find work queued.
_CHUNKS_PER_WORKER = 3
#: A chunk of articles sent to a worker ends at this many articles or characters, whichever comes first:
#: large enough that the round trip to the worker (pickling, queues, wake-ups) is not the cost, small
#: enough that the documents in flight stay few and memory flat.
_CHUNK_ARTICLES = 16
_CHUNK_CHARS = 256 * 1024
#: Inputs read ahead to look up together whether they are stored already (one statement for them all).
_LOOK_UP_AHEAD = 50
#: How often a worker looks whether its parent is still there.
_PARENT_POLL_SECONDS = 0.25


@dataclass
class BatchReport:
    """What a batch did, for the summary and the exit code."""

    added: int = 0
    duplicates: int = 0
    reextracted: int = 0
    facts: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added + self.duplicates + self.reextracted

    def count(self, status: str, facts: int) -> None:
        self.facts += facts
        if status == "added":
            self.added += 1
        elif status == "reextracted":
            self.reextracted += 1
        else:
            self.duplicates += 1


Progress = Callable[[BatchReport, str], None]


class Extractor:
    """Prepare and extract articles, in this process or in a pool of workers, results in input order."""

    def __init__(self, lexicon_files: Sequence[Path] = (), workers: int = 1) -> None:
        self.lexicon_files = tuple(lexicon_files)
        self.workers = capped_workers(workers)
        self._pool: ProcessPoolExecutor | None = None
        self._domain: DomainLexicon | None = None

    def __enter__(self) -> Extractor:
        if self.workers > 1:
            method = worker_start_method()
            global _worker_domain
            # Forked workers inherit the parent's modules, this lexicon and what warm_up loads: none of
            # them imports, compiles or reads lingua's models again.
            _worker_domain = load_domain(self.lexicon_files) if method == "fork" else None
            if method == "fork":
                warm_up()
                freeze_and_collect()  # what the workers inherit: their collections leave it out too
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context(method),
                initializer=_init_worker, initargs=(self.lexicon_files, os.getpid()),
            )
            self._pool.submit(_ready)  # start the workers now, while the parent reads its first inputs
        else:
            self._domain = load_domain(self.lexicon_files)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc_info: object) -> None:
        if self._pool is None:
            return
        if exc_type is None:
            self._pool.shutdown(cancel_futures=True)
            return
        # Interrupted or failed: the documents in flight are not wanted, so end the workers now rather
        # than after they finish (Ctrl-C must end the command within a second).
        processes = list((self._pool._processes or {}).values())  # no public way to reach them
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.kill()

    @property
    def parallel(self) -> bool:
        """Whether articles are extracted in worker processes (rather than in this one)."""
        return self._pool is not None

    def map(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Extraction]]:
        """Each article with its extraction, in the order given."""
        for article, extraction, _hash in self.extracted(articles):
            yield article, extraction

    def extracted(self, articles: Iterable[Article], hashed: bool = False) -> Iterator[Extracted]:
        """Each article with its extraction, in the order given; ``hashed``: with the document's ``simhash``
        too, computed in the worker process where there are workers (None in this process, where the
        writer computes it as it needs it), so that the process that writes has only writing to do."""
        if self._pool is None:
            assert self._domain is not None
            for article in articles:
                yield Extracted(article, extract(prepare(article), self._domain), None)
            return
        window: deque[tuple[list[Article], Future[list[tuple[Extraction, int | None]]]]] = deque()
        limit = self.workers * _CHUNKS_PER_WORKER
        for chunk in _chunks(articles):
            window.append((chunk, self._pool.submit(_extract_chunk_in_worker, chunk, hashed)))
            if len(window) >= limit:
                yield from _paired(*window.popleft())
        while window:
            yield from _paired(*window.popleft())


class Extracted(NamedTuple):
    """An article, its extraction, and its document's ``simhash`` when a worker computed it."""

    article: Article
    extraction: Extraction
    text_hash: int | None


def _chunks(articles: Iterable[Article]) -> Iterator[list[Article]]:
    """The articles in chunks of at most ``_CHUNK_ARTICLES`` articles, ended early at ``_CHUNK_CHARS``."""
    chunk: list[Article] = []
    chars = 0
    for article in articles:
        chunk.append(article)
        chars += len(article.text)
        if len(chunk) >= _CHUNK_ARTICLES or chars >= _CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _paired(chunk: list[Article], future: Future[list[tuple[Extraction, int | None]]]) -> Iterator[Extracted]:
    for article, (extraction, text_hash) in zip(chunk, future.result(), strict=True):
        yield Extracted(article, extraction, text_hash)


_worker_domain: DomainLexicon | None = None


def worker_start_method() -> str:
    """How worker processes start: forked where that is safe, so that they begin at once with the parent's
    modules and lexicon (a spawned worker spends a second importing and compiling them); spawned elsewhere.
    Fork only on Linux (macOS's system libraries are not fork-safe, Windows has no fork) and only from a
    process running one thread: a fork copies the locks other threads hold, never released in the child."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _ready() -> None:
    """The first task of a pool: submitting it starts the workers."""


def _init_worker(lexicon_files: tuple[Path, ...], parent: int) -> None:
    global _worker_domain
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent handles it
    _end_with_parent(parent)
    _compact_hand_over()
    if _worker_domain is None:  # spawned: nothing inherited
        _worker_domain = load_domain(lexicon_files)
    warm_up()


@cache
def freeze_loaded() -> None:
    """Leave every object loaded so far (modules, lexicons, compiled regexes, the store's tables) out of
    the garbage collector's collections: they live as long as the process, and each full collection
    walked all of them again, while a batch keeps a group's extractions long enough to reach the oldest
    generation (an ingest of 1,000 articles spent 0.3 to 0.5 CPU s collecting). Once a process: a
    server's later batches find them frozen already, and what they load is theirs to collect. Collections
    paused while the process loaded (``ingest``) go on from here."""
    freeze_and_collect()


def freeze_and_collect() -> None:
    """Leave what is loaded out of later collections, and collect again (if the command paused the
    collector while it loaded), less often (``collect_less``)."""
    gc.freeze()
    gc.enable()
    collect_less()


#: Objects allocated (and not freed) between two collections of the youngest generation, once what a process
#: loaded is frozen; Python's default is 700. A document's extraction is freed by reference counting when it
#: is stored, so the frequent collections found little: an ingest of 1,000 articles of 2 KB (-w 1) made 830
#: of them, 75 of the middle generation and 6 full ones, 0.18-0.21 CPU s in all; with this, 270-340, 25-31
#: and 2 (most before its first document was stored), 0.08.
YOUNG_COLLECTION = 20_000


def collect_less() -> None:
    """Collect the youngest generation after ``YOUNG_COLLECTION`` allocations rather than Python's 700."""
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_COLLECTION), *older)


def warm_up() -> None:
    """Load what the extraction of almost any document needs, whatever its language: lingua's models of
    long samples and the given-name frequencies. A forking parent does it before the fork (it costs each
    worker nothing then, where each paid a tenth of a CPU second for lingua's models); a spawned worker
    as it starts, before its parent has read its first inputs, so that it costs no one any wait. What each
    language needs is still compiled as its first document comes, mostly read from the build cache:
    compiled in the parent before the fork, all languages would hold up both workers."""
    load_detector()
    common_first_names()


def _compact_hand_over() -> None:
    """Pickle the models that a worker sends back as their field values: a slotted dataclass otherwise
    pickles through its Python ``__getstate__`` (``dataclasses.fields`` per object), which made the
    hand-over cost the workers about a quarter of a CPU second per 1,000 articles; this takes a fifth of
    that. A class whose fields can all be passed in order is rebuilt by calling it (it has no
    ``__post_init__``: the very object), a keyword-only one by ``_rebuilt``. Registered in the workers
    only: what they send is read by any process."""
    for cls in vars(models).values():
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == models.__name__):
            continue
        fields = dataclasses.fields(cls)
        names = tuple(f.name for f in fields)
        values = _values_getter(names)
        if any(f.kw_only for f in fields) or hasattr(cls, "__post_init__") or not all(f.init for f in fields):
            copyreg.pickle(cls, lambda obj, cls=cls, names=names, values=values: (_rebuilt, (cls, names, values(obj))))
        else:
            copyreg.pickle(cls, lambda obj, cls=cls, values=values: (cls, values(obj)))


def _values_getter(names: tuple[str, ...]) -> Callable[[object], tuple[object, ...]]:
    """The field values of an object, as a tuple, for these field names."""
    get = attrgetter(*names)
    return get if len(names) > 1 else lambda obj: (get(obj),)


def _rebuilt(cls: type[_T], names: tuple[str, ...], values: tuple[object, ...]) -> _T:
    """An object of a keyword-only dataclass from its field values (the hand-over of ``_compact_hand_over``)."""
    return cls(**dict(zip(names, values, strict=True)))


def _end_with_parent(parent: int) -> None:
    """End this worker as soon as its parent is gone, however it went (SIGKILL runs no clean-up in the
    parent, and an orphaned worker would hold its memory for nothing)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="crossreach-parent-watch", daemon=True).start()


def _extract_chunk_in_worker(chunk: list[Article], hashed: bool) -> list[tuple[Extraction, int | None]]:
    """The extractions of a chunk, with only what the parent writes (``stored_part``): the sentences,
    figures and dates found on the way would double what is pickled back. ``hashed``: each with its
    document's ``simhash``, which the parent would otherwise compute as it writes."""
    assert _worker_domain is not None
    out: list[tuple[Extraction, int | None]] = []
    for article in chunk:
        extraction = stored_part(extract(prepare(article), _worker_domain))
        out.append((extraction, simhash(extraction.document.text) if hashed else None))
    return out


def stored_part(extraction: Extraction) -> Extraction:
    """The part of an extraction that is stored and exported: its document, mentions, entities and facts."""
    return Extraction(document=extraction.document, mentions=extraction.mentions, entities=extraction.entities,
                      facts=extraction.facts)


def ingest(
    inputs: Iterable[str],
    kb: KnowledgeBase | Callable[[], KnowledgeBase],
    *,
    lexicon_files: Sequence[Path] = (),
    workers: int = 1,
    reextract: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private_urls: bool = False,
    on_item: Progress | None = None,
    extractor: Extractor | None = None,
) -> BatchReport:
    """Ingest every article of ``inputs``; bad inputs are reported in the result, never raised."""
    items = read_inputs(inputs, max_bytes=max_bytes, allow_private_urls=allow_private_urls)
    return ingest_items(items, kb, lexicon_files=lexicon_files, workers=workers, reextract=reextract,
                        on_item=on_item, extractor=extractor)


def ingest_items(
    items: Iterable[Item],
    kb: KnowledgeBase | Callable[[], KnowledgeBase],
    *,
    lexicon_files: Sequence[Path] = (),
    workers: int = 1,
    reextract: bool = False,
    on_item: Progress | None = None,
    extractor: Extractor | None = None,
) -> BatchReport:
    """Ingest articles a reader already produced (an upload to the API, say): the same path as ``ingest``.
    ``extractor``: one the caller entered already, for ``lexicon_files`` (its workers started before the
    caller's progress display, see ``worker_start_method``); otherwise one is made for the batch.
    ``kb``: the knowledge base, or a function that opens it when it is first needed. Then, where there are
    workers, the first block of articles goes to them before it is opened, so that they extract while this
    process loads the store and migrates the schema; those of them stored already are found as they are
    saved (as a duplicate within one block always was), at the cost of having extracted them."""
    report = BatchReport()
    recorded = lexicon_paths(lexicon_files)
    owned = Extractor(lexicon_files, workers) if extractor is None else nullcontext(extractor)
    with ExitStack() as stack:
        running = stack.enter_context(owned)
        opened: list[BatchWriter] = []

        def writer() -> BatchWriter:
            if not opened:  # entered after the extractor, so left (committed) before it
                opened.append(stack.enter_context((kb() if callable(kb) else kb).batch()))
            return opened[0]

        first_unchecked = callable(kb) and running.parallel
        articles = _to_extract(items, writer, report, reextract, first_unchecked, on_item)
        frozen = False
        for article, extraction, text_hash in running.extracted(articles, hashed=True):
            outcome = writer().save(extraction, force=reextract, lexicons=recorded, text_hash=text_hash)
            if not frozen:  # the store and what the first document needed are loaded now
                freeze_loaded()
                frozen = True
            report.count(outcome.status, outcome.facts)
            if on_item is not None:
                on_item(report, article.source)
    return report


def _to_extract(items: Iterable[Item], writer: Callable[[], BatchWriter], report: BatchReport, reextract: bool,
                first_unchecked: bool, on_item: Progress | None) -> Iterator[Article]:
    """The articles to extract: skipped items and documents stored already (looked up a block at a time,
    but for the first block when ``first_unchecked``) are counted in the report instead."""
    for index, block in enumerate(_blocks(items, _LOOK_UP_AHEAD)):
        identified = {} if reextract else {i: identify(item.text) for i, item in enumerate(block)
                                           if not isinstance(item, Skipped)}
        checked = bool(identified) and not (first_unchecked and index == 0)
        if checked:  # one look-up for the block; the answers are kept for its group
            writer().current(doc_id for _text, doc_id in identified.values())
        for i, item in enumerate(block):
            doc_id = identified[i][1] if i in identified else None
            if isinstance(item, Skipped):
                report.skipped.append(item)
            elif checked and doc_id is not None and writer().has_current(doc_id):
                writer().add_source(doc_id, item.source)
                report.duplicates += 1
            else:  # normalised and hashed once: prepare takes them as they are
                yield replace(item, text=identified[i][0], doc_id=doc_id) if doc_id is not None else item
                continue
            if on_item is not None:
                on_item(report, item.source)


def _blocks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """The items in lists of ``size``, the last one shorter."""
    block: list[_T] = []
    for item in items:
        block.append(item)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


def to_reextract(kb: KnowledgeBase, all_documents: bool = False) -> int:
    """How many documents ``reextract_stored`` would read again."""
    return sum(kb.document_lexicons(outdated_only=not all_documents).values())


def reextract_stored(kb: KnowledgeBase, *, lexicon_files: Sequence[Path] = (), workers: int = 1,
                     all_documents: bool = False, on_item: Progress | None = None) -> BatchReport:
    """Rebuild the facts of stored documents from their stored texts (outdated ones unless ``all_documents``).

    Each document is read with the user lexicons it was extracted with (recorded when it was stored),
    and with ``lexicon_files`` besides, so that a lexicon given once is never forgotten.
    """
    report = BatchReport()
    given = lexicon_paths(lexicon_files)
    for recorded in kb.document_lexicons(outdated_only=not all_documents):
        files = lexicon_paths([*recorded, *given])
        documents = kb.stored_documents(outdated_only=not all_documents, lexicons=recorded)
        with Extractor([Path(f) for f in files], workers) as extractor, kb.batch() as writer:
            for article, extraction in extractor.map(_announced(documents, writer)):
                outcome = writer.save(extraction, force=True, lexicons=files)
                report.count("reextracted", outcome.facts)
                if on_item is not None:
                    on_item(report, article.source)
    return report


def _announced(documents: Iterable[Document], writer: BatchWriter) -> Iterator[Article]:
    """Stored documents as articles to read again, announced to the writer a block at a time so that it
    looks them up together."""
    for block in _blocks(documents, _LOOK_UP_AHEAD):
        writer.current(d.doc_id for d in block)
        for d in block:
            yield Article(source=d.source, text=d.text, title=d.title, published=d.published, author=d.author,
                          site_name=d.site_name, url=d.url, lang=d.lang, repair=d.repair)
