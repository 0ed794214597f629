"""What runs in a Ray worker process: a task's inputs read and extracted, by an actor that stays warm.

A Ray worker process serves one driver: each run of ``extract`` on a running cluster would start fresh
ones, and each would pay its imports and the compiling of the lexicons' cue patterns (about 1.4 CPU s
on a small machine) before its first article. The extractor is therefore an actor, and on a cluster
given by ``--ray-address`` a detached, named one: the next run finds it by name and reuses a process
that holds its imports and compiled lexicons. Its name carries a fingerprint of the code and of the
lexicons it was started with, so that a changed crossreach or lexicon never reuses a stale process,
and it ends itself once idle for the ``keep_warm`` seconds the run asked for.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.abc
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crossreach import __version__

if TYPE_CHECKING:  # imported where a task runs (see _extraction), never by a driver that only hands out tasks
    import pyarrow as pa

    from crossreach.domain import DomainLexicon
    from crossreach.ingest.readers import Item

#: The Ray namespace of the warm extractors, so that any driver finds them by name.
NAMESPACE = "crossreach"
#: The files whose bytes make an extractor's fingerprint: the code and the shipped lexicons.
_FINGERPRINTED = (".py", ".yaml", ".json")
#: How often an idle extractor looks whether it has been idle long enough to end.
_IDLE_CHECK_SECONDS = 5.0
#: The environment variables that change what is extracted (the spaCy pipelines on or off): a cluster
#: joined by address has its own environment, so the driver's settings go to each extractor it starts.
EXTRACTION_SETTINGS = ("CROSSREACH_SPACY",)


@functools.lru_cache(maxsize=4)
def _domain_of(lexicon_files: tuple[str, ...]) -> DomainLexicon:
    """The domain lexicon, loaded once per Ray worker process and reused by its tasks."""
    from crossreach.domain import load_domain

    return load_domain([Path(p) for p in lexicon_files])


def _items_of_unit(unit: dict[str, Any], max_bytes: int, allow_private_urls: bool) -> Iterator[Item]:
    from crossreach.ingest.readers import Skipped, read_bytes, read_jsonl_range, read_unit

    if "skipped" in unit:
        yield Skipped(unit["source"], unit["skipped"])
    elif "stdin" in unit:
        yield from read_bytes("<stdin>", unit["stdin"], max_bytes=max_bytes)
    elif "path" in unit:
        yield from read_jsonl_range(Path(unit["path"]), unit["start"], unit["end"], unit["line"])
    else:
        yield from read_unit(unit["read"], max_bytes, allow_private_urls)


def extract_units(units: list[dict[str, Any]], lexicon_files: tuple[str, ...], max_bytes: int,
                  allow_private_urls: bool) -> tuple[pa.Table, pa.Table]:
    """A task: planned units in; the rows of the documents table (one per article read or input
    skipped) and of the facts table, in input order. The extraction's modules are imported here, in the
    process that runs a task, rather than with this module: a driver imports it to hand out tasks to
    extractors that hold them already, and importing the pipeline (about 0.3 CPU s) would keep the
    extractors waiting for their first task that much longer."""
    import pyarrow as pa

    from crossreach.fact_tables import DOCUMENT_SCHEMA, FACT_SCHEMA, document_row, fact_rows, skipped_row
    from crossreach.ingest import Skipped, prepare
    from crossreach.pipeline import extract

    domain = _domain_of(lexicon_files)
    documents: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    for unit in units:
        for item in _items_of_unit(unit, max_bytes, allow_private_urls):
            if isinstance(item, Skipped):
                documents.append(skipped_row(item))
            else:
                extraction = extract(prepare(item), domain)
                documents.append(document_row(extraction))
                facts.extend(fact_rows(extraction))
    return (pa.Table.from_pylist(documents, schema=DOCUMENT_SCHEMA),
            pa.Table.from_pylist(facts, schema=FACT_SCHEMA))


@functools.cache
def _code_digest() -> bytes:
    """A hash of the crossreach version and of every module and shipped lexicon of the package."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in _FINGERPRINTED and path.is_file():
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.digest()


def extraction_settings() -> dict[str, str]:
    """The driver's values of ``EXTRACTION_SETTINGS``, those it has."""
    return {name: os.environ[name] for name in EXTRACTION_SETTINGS if name in os.environ}


def fingerprint(lexicon_files: Sequence[str]) -> str:
    """What a warm extractor is named after: the code, the extraction settings, and the user's lexicon
    files (names and bytes). An unreadable file is left to the extractor, which says why."""
    digest = hashlib.sha256(_code_digest())
    digest.update(repr(sorted(extraction_settings().items())).encode())
    for name in lexicon_files:
        try:
            data = Path(name).read_bytes()
        except OSError:
            data = b""
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:20]


def extractor_name(key: str, number: int) -> str:
    """The Ray name of a run's ``number``th warm extractor."""
    return f"extractor-{key}-{number}"


class _NoPandas(importlib.abc.MetaPathFinder):
    """An import finder under which pandas cannot be imported (for ``pyarrow_without_pandas``)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.partition(".")[0] == "pandas":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


def pyarrow_without_pandas() -> None:
    """Tell pyarrow that this process has no pandas. Building a table (``pa.array``, ``from_pylist``) asks
    pyarrow's lazy pandas shim whether the rows are a pandas object, and that imported pandas: about a
    third of a CPU second in each extractor for nothing, since an extractor hands over lists of dicts.
    The shim asks once, here while pandas cannot be imported, and keeps the answer; pandas stays
    importable for code that wants it. Left alone where pandas is loaded already."""
    import pyarrow as pa

    shim = getattr(pa.lib, "_pandas_api", None)
    if shim is None or "pandas" in sys.modules:
        return
    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)
    try:
        _ = shim.have_pandas
    finally:
        sys.meta_path.remove(blocker)


def warm_process(lexicon_files: tuple[str, ...] = ()) -> None:
    """Load, before the first task, what every extraction needs (the domain lexicon, lingua's models, the
    given names), then leave it out of the garbage collector's collections, as a forking ``batch`` parent
    does for its workers: done while the process would otherwise wait (for the cluster, for its first task),
    and each collection of its tasks no longer walks it (about 3% of an extractor's CPU)."""
    from crossreach.batch import freeze_loaded, warm_up

    pyarrow_without_pandas()
    _domain_of(lexicon_files)
    warm_up()
    freeze_loaded()


class WarmExtractor:
    """A Ray actor that extracts tasks, one at a time; with ``keep_warm`` seconds, it ends itself once
    idle that long (a detached actor would otherwise hold its memory on the cluster for good)."""

    def __init__(self, keep_warm: float = 0.0, settings: dict[str, str] | None = None) -> None:
        # The driver's extraction settings, set in this process, which is the actor's own: handed to the
        # actor rather than given to the job as a runtime environment, which would keep Ray from placing it in
        # a worker the cluster has started already (an idle worker has no runtime environment), and would
        # make it start a fresh one, its own import of Ray included.
        os.environ.update(settings or {})
        warm_process()  # an actor's process is its own (done already where Ray preloaded crossreach.ray_preload)
        self.keep_warm = keep_warm
        self.last_used = time.monotonic()
        if keep_warm > 0:
            threading.Thread(target=self._watch, name="crossreach-idle-watch", daemon=True).start()

    def extract(self, units: list[dict[str, Any]], *arguments: Any) -> tuple[pa.Table, pa.Table]:
        """``extract_units`` in this process, with what it has loaded and compiled for earlier tasks."""
        try:
            return extract_units(units, *arguments)
        finally:
            self.last_used = time.monotonic()

    def process(self) -> int:
        """This actor's process id (that it answers at all shows it is up)."""
        return os.getpid()

    def expire(self) -> bool:
        """End this actor if it has been idle for ``keep_warm`` seconds. Run as one of its tasks, so that
        it never ends with a task of a run still queued before it."""
        if time.monotonic() - self.last_used < self.keep_warm:
            return False
        import ray

        ray.actor.exit_actor()
        return True  # not reached: exit_actor ends the process

    def _watch(self) -> None:
        import ray

        me = ray.get_runtime_context().current_actor
        while True:
            time.sleep(min(_IDLE_CHECK_SECONDS, self.keep_warm))
            if time.monotonic() - self.last_used >= self.keep_warm:
                me.expire.remote()
