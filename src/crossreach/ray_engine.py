"""``extract --engine ray``: the articles read and extracted by Ray actors, on a local Ray or a cluster.

The driver only plans the work (names and sizes of the inputs) and writes the tables; the
extractors (``ray_worker``) read the articles, extract them and build the tables' rows. Plain
Ray actors rather than Ray Data: on a small machine its executor and its imports cost more than
the work they organise, and a task per few inputs, a few queued at each extractor, results
written in input order, is all ``extract`` needs. Each extractor loads the lexicons once, for all
its tasks; on a running cluster it stays warm for the next run (``ray_worker``), since Ray would
otherwise start fresh worker processes for each driver. The driver's own thread takes tasks from
the same queue: while a local cluster (``ray_cluster``) starts, or a running cluster starts
extractors that are not warm yet, it has a core to itself. For a local cluster it is a process forked
from the driver before Ray starts (``forked_extractors``), one of the run's extractors, and the cluster
has one Ray extractor fewer; joining a running cluster, a thread at a lower priority than the workers.
Without a cluster to join, no cluster is started unless one is asked for (``ray_start``: on one machine it
could only add its own start to the same work): extractors forked on every core take every task.
On a running cluster whose extractors are all warm it takes none: they hold the compiled lexicons
it would first have to build, and the cores it would take from them.

A local cluster is started for the run and ended with it, under a process guard, so that
not one of its processes outlives the command, even when the command is SIGKILLed. A cluster
given by ``--ray-address`` keeps only the run's warm extractors, for ``keep_warm`` seconds.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crossreach.config import lexicon_paths
from crossreach.cores import available_cores
from crossreach.forked_extractors import ForkedExtractor, can_fork
from crossreach.ingest import Skipped
from crossreach.ingest.formats import JSONL, format_of
from crossreach.ingest.readers import jsonl_ranges, plan_inputs
from crossreach.process_guard import guarded_run
from crossreach.ray_cluster import local_cluster
from crossreach.ray_start import cluster_address, forked_only
from crossreach.ray_worker import (
    NAMESPACE,
    WarmExtractor,
    extract_units,
    extraction_settings,
    extractor_name,
    fingerprint,
    warm_process,
)

if TYPE_CHECKING:  # the tables' modules are imported once the first tasks are handed out (see _Tables)
    import pyarrow as pa

    from crossreach.fact_tables import ExtractSummary, PartWriter

#: A JSONL shard larger than this is cut at line ends into ranges that Ray reads in parallel.
_RANGE_BYTES = 4 * 1024 * 1024
#: Most inputs one task reads: small enough that no worker idles long at the end of the run.
_MAX_UNITS_PER_TASK = 16
#: Tasks per worker at least, when there are inputs enough, so that the workers share the work evenly.
_TASKS_PER_WORKER = 4
#: Tasks in flight per worker: enough that none waits for the driver, few enough to bound memory.
_IN_FLIGHT_PER_WORKER = 4
#: Tasks the driver's own thread may be ahead of the writer: it waits beyond that.
_DRIVER_AHEAD = 32
#: Extractors forked from the driver (``forked_extractors``) as a local cluster starts: one takes the core
#: that the cluster's start leaves idle, from the moment the command has its tasks, and is one of the run's
#: extractors (a local cluster of ``cpus`` CPUs gets ``cpus - 1`` Ray extractors beside it).
_FORKED_EXTRACTORS = 1
#: The niceness of the driver's extracting thread (see _lower_priority), above the command's own.
_DRIVER_NICE = 10
#: How long the extractors of a run on a running cluster stay warm for the next run, by default.
KEEP_WARM_SECONDS = 600.0


class EngineUnavailable(RuntimeError):
    """The engine asked for is not installed, or its cluster cannot be reached."""


def ray_units(inputs: Sequence[str], max_bytes: int) -> Iterator[dict[str, Any]]:
    """The work of a Ray run, in input order: a file or URL to read, a range of a large JSONL shard,
    stdin's bytes (read here, since a worker has no access to it), or an input already skipped.
    Only names and sizes are looked at here; the articles are read in the workers."""
    for unit in plan_inputs(inputs):
        if isinstance(unit, Skipped):
            yield {"skipped": unit.reason, "source": unit.source}
        elif unit == "-":
            yield {"stdin": sys.stdin.buffer.read(max_bytes + 1)}
        elif _is_large_jsonl(unit, max_bytes):
            for start, end, line in jsonl_ranges(Path(unit), _RANGE_BYTES):
                yield {"path": unit, "start": start, "end": end, "line": line}
        else:
            yield {"read": unit}


def _is_large_jsonl(unit: str, max_bytes: int) -> bool:
    path = Path(unit)
    try:
        return format_of(path) == JSONL and _RANGE_BYTES < path.stat().st_size <= max_bytes
    except OSError:
        return False  # read_unit says why


def task_chunks(units: list[dict[str, Any]], workers: int) -> list[list[dict[str, Any]]]:
    """The units cut into consecutive tasks of at most a few inputs, each a share of what is left (at least a
    few tasks per worker), so that they shrink towards the end: an extractor that finds no task left waits
    for the others' last ones (those queued at a Ray extractor among them), and those are small."""
    chunks: list[list[dict[str, Any]]] = []
    start = 0
    while start < len(units):
        size = max(1, min(_MAX_UNITS_PER_TASK, math.ceil((len(units) - start) / (workers * _TASKS_PER_WORKER))))
        chunks.append(units[start:start + size])
        start += size
    return chunks


_NO_RAY = "the ray engine needs Ray: pip install 'crossreach[ray]' (or use --engine local)"


def import_ray() -> Any:
    """The ray module, or EngineUnavailable with the command that installs it."""
    try:
        import ray
    except ImportError as exc:
        raise EngineUnavailable(_NO_RAY) from exc
    return ray


def _ray_connected() -> bool:
    """Whether this process is connected to Ray already (it can be only if something imported ray)."""
    ray = sys.modules.get("ray")
    return ray is not None and ray.is_initialized()


def extract_with_ray(inputs: Sequence[str], out_dir: Path, workers: int, lexicon_files: Sequence[Path],
                     ray_address: str | None, max_bytes: int, allow_private_urls: bool,
                     keep_warm: float = KEEP_WARM_SECONDS) -> ExtractSummary:
    """``extract_to_parquet`` on Ray: the cluster at ``ray_address``, where ``workers`` extractors are kept
    warm ``keep_warm`` seconds for the next run (0: they end with this one); a local cluster of ``workers``
    CPUs started for the run where it is asked for (``ray_start``: ``local``); else ``workers`` extractors
    forked from the driver."""
    if importlib.util.find_spec("ray") is None:
        raise EngineUnavailable(_NO_RAY)
    started_here = not _ray_connected()
    local = started_here and cluster_address(ray_address) is None
    without_cluster = local and forked_only(ray_address, can_fork())
    ray_address = cluster_address(ray_address)
    cpus = max(1, min(workers, available_cores()))  # more would only queue for this machine's cores
    arguments = (tuple(str(p) for p in lexicon_files), max_bytes, allow_private_urls)
    units = list(ray_units(inputs, max_bytes))
    chunks = task_chunks(units, cpus if local else max(1, workers))
    tables = _Tables(out_dir, lexicon_files)
    if without_cluster:  # a local cluster would only add its start to the same work on the same cores
        return _forked_only(chunks, arguments, tables, cpus)
    # A local cluster takes seconds to start, and a running one seconds to start extractors that are not
    # warm yet: meanwhile the driver extracts tasks itself and goes on taking them beside Ray's workers
    # until none is left: for a local cluster in a process forked now, before Ray runs a thread here (its
    # own core from the start, no lock shared with the thread that starts the cluster), else in a thread
    # (ray.init must run in the main thread). Where every extractor is
    # warm, it does not: it would first load and compile the lexicons that they already hold, then take
    # a core from them.
    head = _DriverHead(chunks, arguments)
    if local:
        head.start(forked=_FORKED_EXTRACTORS)
    # Imported once the extractor is forked (a third of a CPU second): it loads its lexicons meanwhile, and
    # it needs no Ray.
    ray = import_ray()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    logging.getLogger("ray").setLevel(logging.ERROR)  # its notes on auth tokens are no news
    # The guard is for a cluster this command starts; one given by address outlives it by design.
    with guarded_run() if local else nullcontext() as token:
        try:
            if local:  # as many CPUs as Ray extractors: Ray prestarts a worker process for each CPU
                cluster = local_cluster(ray, max(1, cpus - len(head.forked)), guarded=token is not None)
            elif started_here:
                cluster = _joined(ray, ray_address)
            else:
                cluster = nullcontext()
            with cluster:
                # On a local cluster the driver's forked extractors are among the run's ``cpus`` extractors.
                size = max(1, cpus - len(head.forked)) if local else max(1, workers)
                pool = _Pool(ray, size, arguments[0], 0.0 if local else keep_warm)
                if started_here and not local and pool.warm < len(pool.actors):
                    head.start()
                _run_tasks(ray, chunks, arguments, tables, pool, head)
                summary = tables.close()  # written and closed before the cluster ends: nothing waits on its end
            return summary
        finally:
            head.stop()


def _forked_only(chunks: list[list[dict[str, Any]]], arguments: tuple, tables: _Tables,
                 cpus: int) -> ExtractSummary:
    """The run without a cluster (``ray_start``): ``cpus`` extractors forked from the driver take every task, the
    tables written in input order as on a cluster. The driver loads the lexicons and lingua's models first,
    as a forking ``batch`` parent does, so that the extractors inherit them rather than each loading them
    (here no cluster has to be started meanwhile)."""
    warm_process(arguments[0])
    head = _DriverHead(chunks, arguments)
    try:
        head.start(forked=cpus)
        for index in range(len(chunks)):
            tables.write(*head.result(index))
            head.wrote(index)
        return tables.close()
    finally:
        head.stop()


@contextmanager
def _joined(ray: Any, address: str | None) -> Iterator[None]:
    """The driver connected to the cluster at ``address`` for the block, and disconnected after it."""
    try:
        ray.init(address=address, log_to_driver=False)
    except ConnectionError as exc:
        raise EngineUnavailable(f"cannot join the Ray cluster at {address}: {exc} (a cluster that asks for a "
                                "token needs RAY_AUTH_MODE=token)") from exc
    try:
        yield
    finally:
        ray.shutdown()


class _Tables:
    """The two tables of a run and the summary, written in input order. Their writers (and pyarrow, about
    0.2 CPU s to import) are made as the first results come: a driver that only hands out tasks to
    extractors that are warm already has them working by then, rather than waiting for its imports."""

    def __init__(self, out_dir: Path, lexicon_files: Sequence[Path]) -> None:
        self.out_dir, self.lexicons = out_dir, lexicon_paths(lexicon_files)
        self.writers: tuple[PartWriter, PartWriter] | None = None
        self.documents = self.skipped = self.facts = 0

    def _opened(self) -> tuple[PartWriter, PartWriter]:
        if self.writers is None:
            from crossreach.fact_tables import FACT_SCHEMA, PartWriter, documents_writer

            self.writers = (documents_writer(self.out_dir, self.lexicons), PartWriter(self.out_dir / "facts",
                                                                                        FACT_SCHEMA))
        return self.writers

    def write(self, document_table: pa.Table, fact_table: pa.Table) -> None:
        skipped = document_table.num_rows - document_table.column("skipped").null_count
        self.documents += document_table.num_rows - skipped
        self.skipped += skipped
        self.facts += fact_table.num_rows
        documents, facts = self._opened()
        documents.add_table(document_table)
        facts.add_table(fact_table)

    def close(self) -> ExtractSummary:
        from crossreach.fact_tables import ExtractSummary

        for writer in self._opened():  # opened here where there was nothing to write: its folder is made
            writer.flush()
        return ExtractSummary(documents=self.documents, skipped=self.skipped, facts=self.facts)


class _DriverHead:
    """Tasks extracted in a thread of the driver, taken from the same queue as Ray's: first while the
    local cluster starts (one core would otherwise wait with it), then beside its workers. It stays a
    bounded number of tasks ahead of the writer, so that its tables never pile up in memory."""

    def __init__(self, chunks: list[list[dict[str, Any]]], arguments: tuple) -> None:
        self.chunks, self.arguments = chunks, arguments
        self.forked: list[ForkedExtractor] = []
        self.next = 0  # the next task to hand out, to the driver or to Ray
        self.written = 0  # the tasks whose tables are written
        self.mine: set[int] = set()
        self.stopped = False
        self.done: dict[int, tuple[pa.Table, pa.Table]] = {}
        self.error: BaseException | None = None
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._work, name="crossreach-driver-head", daemon=True)

    def start(self, forked: int = 0) -> None:
        """The driver's thread starts taking tasks (until then, and unless started, all go to Ray); with
        ``forked``, where this process can still fork, that many forked extractors take them instead."""
        if forked > 0 and can_fork():
            self.forked = [ForkedExtractor(self.arguments) for _ in range(forked)]
            for number, extractor in enumerate(self.forked):
                threading.Thread(target=self._work, args=(extractor.extract,), daemon=True,
                                 name=f"crossreach-forked-{number}").start()
            return
        self.thread.start()

    def take(self, for_driver: bool = False) -> int | None:
        """The next task, or None once all are handed out (or, for the driver, once it is stopped)."""
        with self.changed:
            while for_driver and not self.stopped and self.next - self.written > _DRIVER_AHEAD:
                self.changed.wait()
            if self.next >= len(self.chunks) or (for_driver and self.stopped):
                return None
            self.next += 1
            if for_driver:
                self.mine.add(self.next - 1)
            return self.next - 1

    def _work(self, extract: Any = None) -> None:
        if extract is None:
            _lower_priority()
        try:
            while (index := self.take(for_driver=True)) is not None:
                if extract is None:
                    result = extract_units(self.chunks[index], *self.arguments)
                else:
                    result = extract(self.chunks[index])
                with self.changed:
                    self.done[index] = result
                    self.changed.notify_all()
        except BaseException as exc:  # re-raised in the main thread, by result()
            with self.changed:
                self.error = exc
                self.changed.notify_all()

    def owns(self, index: int) -> bool:
        with self.changed:
            return index in self.mine

    def result(self, index: int) -> tuple[pa.Table, pa.Table]:
        """The tables of a task the driver took, once it is done."""
        with self.changed:
            while index not in self.done and self.error is None:
                self.changed.wait()
            if self.error is not None:
                raise self.error
            return self.done.pop(index)

    def wrote(self, index: int) -> None:
        with self.changed:
            self.written = index + 1
            self.changed.notify_all()

    def stop(self) -> None:
        """No more tasks for the driver."""
        with self.changed:
            self.stopped = True
            self.changed.notify_all()
        for extractor in self.forked:
            extractor.close()


def _lower_priority() -> None:
    """The driver's own extraction only fills a core that nothing else wants: on Linux, where a thread has
    a priority of its own, this thread yields to the cluster's processes while they start (the start waits
    on them) and to Ray's workers once they run."""
    if sys.platform.startswith("linux"):
        with suppress(OSError):
            nice = os.getpriority(os.PRIO_PROCESS, 0) + _DRIVER_NICE  # below the command's own, however nice it is
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), min(19, nice))


class _Pool:
    """The run's extractors (Ray actors), each a worker process that extracts one task at a time. With
    ``keep_warm``, they are detached and named after the code and lexicons (``ray_worker``): a later
    run on the same cluster finds them warm; without, they end with the run."""

    def __init__(self, ray: Any, size: int, lexicon_files: tuple[str, ...], keep_warm: float) -> None:
        self.ray, self.keep_warm = ray, keep_warm
        self.actor_class = ray.remote(WarmExtractor)
        self.key = fingerprint(lexicon_files) if keep_warm > 0 else ""
        self.warm = sum(self._found(number) for number in range(size)) if keep_warm > 0 else 0
        self.actors = [self.start(number) for number in range(size)]

    def _found(self, number: int) -> bool:
        """Whether the ``number``th extractor is on the cluster already, warm from an earlier run."""
        try:
            self.ray.get_actor(extractor_name(self.key, number), namespace=NAMESPACE)
        except ValueError:
            return False
        return True

    def start(self, number: int) -> Any:
        """The ``number``th extractor: the warm one of that name where there is one, else a new one."""
        if self.keep_warm <= 0:
            return self.actor_class.options(num_cpus=1).remote(0.0, extraction_settings())
        # No CPU held while it waits between runs, so that a warm extractor never keeps other work (or a
        # run with other lexicons) off the cluster; spread over its nodes.
        return self.actor_class.options(
            name=extractor_name(self.key, number), namespace=NAMESPACE, lifetime="detached",
            get_if_exists=True, num_cpus=0, scheduling_strategy="SPREAD").remote(self.keep_warm, extraction_settings())

    def restart(self, number: int) -> None:
        """A new extractor in place of one that ended (idle long enough just as this run began)."""
        self.actors[number] = self.start(number)


def _run_tasks(ray: Any, chunks: list[list[dict[str, Any]]], arguments: tuple, tables: _Tables, pool: _Pool,
               head: _DriverHead) -> None:
    """Every chunk extracted, by the driver's thread or by an extractor of the pool (a few tasks queued
    at each, the next one going to whichever is done first), the tables written in input order."""
    running: dict[Any, tuple[int, int]] = {}  # a task's result -> its index, its extractor
    queued = [0] * len(pool.actors)
    done: dict[int, tuple[pa.Table, pa.Table]] = {}
    retried: set[int] = set()
    window = len(pool.actors) * _IN_FLIGHT_PER_WORKER * 2  # tasks done out of order, at most

    def send(index: int, number: int) -> None:
        running[pool.actors[number].extract.remote(chunks[index], *arguments)] = (index, number)
        queued[number] += 1

    def submit() -> None:
        for number in range(len(pool.actors)):
            while (queued[number] < _IN_FLIGHT_PER_WORKER and head.next - head.written < window
                   and (index := head.take()) is not None):
                send(index, number)

    def collect() -> None:
        ready, _ = ray.wait(list(running), num_returns=1)
        for ref in ready:
            index, number = running.pop(ref)
            queued[number] -= 1
            try:
                done[index] = ray.get(ref)
            except ray.exceptions.RayActorError:
                if index in retried:
                    raise
                retried.add(index)
                pool.restart(number)
                send(index, number)

    submit()
    for index in range(len(chunks)):
        # Every task before the next one handed out is either an extractor's, in flight or done, or the driver's.
        if head.owns(index):
            result = head.result(index)
        else:
            while index not in done:
                collect()
                submit()
            result = done.pop(index)
        tables.write(*result)
        head.wrote(index)
        submit()
