"""The Ray engine's planning (tasks of a few inputs, in input order, several per worker) and its sharing of
the tasks between the driver's thread and Ray, the tables written in input order."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import pyarrow.parquet as pq
import pytest
from synthetic import write_corpus

from crossreach import forked_extractors, ray_engine, ray_start
from crossreach.distributed import extract_to_parquet
from crossreach.forked_extractors import can_fork
from crossreach.ray_engine import _DriverHead, _run_tasks, task_chunks
from processes import ray_or_skip


@pytest.mark.parametrize(
    ("units", "workers", "sizes"),
    [
        (0, 2, []),
        (3, 2, [1, 1, 1]),
        (20, 2, [3, 3, 2, 2, 2] + [1] * 8),
        # at most 16 inputs a task, each an eighth of what is left (two workers), so that the last ones are
        # small: no extractor runs its queued tasks long while the other has none left
        (1000, 2, [16] * 55 + [15, 14, 12, 10, 9, 8, 7, 6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 2] + [1] * 7),
        (40, 8, [2] * 4 + [1] * 32),
    ],
)
def test_tasks_cut_the_inputs_in_order(units: int, workers: int, sizes: list[int]) -> None:
    planned = [{"read": f"article-{n}.txt"} for n in range(units)]
    chunks = task_chunks(planned, workers)
    assert [len(chunk) for chunk in chunks] == sizes
    assert [unit for chunk in chunks for unit in chunk] == planned


class _FakeRay:
    """Ray's actor API as ``_run_tasks`` uses it, run in this thread: a task's value is worked out at ``get``,
    once the driver's thread has taken a task of its own where one is left (so that the two share the run)."""

    class exceptions:  # named as Ray's module is
        class RayActorError(Exception):
            pass

    def __init__(self, head: _DriverHead | None) -> None:
        self.head = head

    def wait(self, refs: list[Callable[[], object]], num_returns: int) -> tuple[list[object], list[object]]:
        deadline = time.monotonic() + 10
        while (self.head is not None and not self.head.mine and self.head.next < len(self.head.chunks)
               and time.monotonic() < deadline):
            time.sleep(0.01)
        return refs[:num_returns], refs[num_returns:]

    def get(self, ref: Callable[[], object]) -> object:
        return ref()


class _Extractor:
    """An extractor actor as ``_run_tasks`` calls it: ``extract.remote`` gives a deferred result."""

    def __init__(self) -> None:
        self.extract = self

    def remote(self, units: list[dict[str, Any]], *arguments: object) -> Callable[[], object]:
        return lambda: ray_engine.extract_units(units, *arguments)


class _Pool:
    def __init__(self, size: int) -> None:
        self.actors = [_Extractor() for _ in range(size)]


class _Written:
    """The tables' writer, noting the first input of each task written."""

    def __init__(self) -> None:
        self.firsts: list[int] = []

    def write(self, first: int, size: int) -> None:
        self.firsts.append(first)


def _first_and_size(units: list[dict[str, Any]], *arguments: object) -> tuple[object, int]:
    return units[0]["read"], len(units)


@pytest.mark.parametrize(("tasks", "driver", "forked"), [
    (0, True, 0), (1, True, 0), (40, True, 0), (40, False, 0), (100, True, 0),
    (1, True, 1), (40, True, 1), (100, True, 1),  # the driver's tasks extracted in a forked process
])
def test_the_driver_and_ray_share_the_tasks_and_the_tables_come_in_input_order(
        monkeypatch: pytest.MonkeyPatch, tasks: int, driver: bool, forked: int) -> None:
    monkeypatch.setattr(ray_engine, "extract_units", _first_and_size)
    monkeypatch.setattr(forked_extractors, "extract_units", _first_and_size)  # before the fork: the child's too
    chunks = [[{"read": n}] for n in range(tasks)]
    head = _DriverHead(chunks, ())
    if driver:
        forks = can_fork()  # not where an earlier test left threads running
        head.start(forked=forked)
        assert len(head.forked) == (forked if forks else 0)
    written = _Written()
    try:
        _run_tasks(_FakeRay(head if driver else None), chunks, (), written, _Pool(2), head)  # type: ignore[arg-type]
    finally:
        head.stop()
    assert written.firsts == list(range(tasks))
    if driver and tasks > 8:  # more tasks than Ray holds in flight: the driver took some, not all
        assert 0 < len(head.mine) < tasks
    else:
        assert len(head.mine) <= tasks and (driver or not head.mine)


def test_an_error_in_a_task_of_the_driver_reaches_the_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(units: list[dict[str, Any]], *arguments: object) -> NoReturn:
        raise ValueError("unreadable")

    monkeypatch.setattr(ray_engine, "extract_units", failing)
    head = _DriverHead([[{"read": n}] for n in range(3)], ())
    head.start()
    try:
        deadline = time.monotonic() + 10
        while head.error is None and time.monotonic() < deadline:
            time.sleep(0.01)
        with pytest.raises(ValueError, match="unreadable"):
            head.result(min(head.mine))
    finally:
        head.stop()


class _Restarting(_Pool):
    """A pool whose first extractor has ended (idle long enough) just as the run began."""

    def __init__(self) -> None:
        super().__init__(2)
        self.restarts = 0
        self.actors[0] = self._ended()

    def _ended(self) -> object:
        class Ended:
            def __init__(self) -> None:
                self.extract = self

            def remote(self, *args: object) -> Callable[[], object]:
                def fail() -> NoReturn:
                    raise _FakeRay.exceptions.RayActorError("the actor has ended")
                return fail

        return Ended()

    def restart(self, number: int) -> None:
        self.restarts += 1
        self.actors[number] = _Extractor()


def test_a_task_sent_to_an_extractor_that_ended_goes_to_its_successor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ray_engine, "extract_units", lambda units, *arguments: (units[0]["read"], len(units)))
    chunks = [[{"read": n}] for n in range(12)]
    head = _DriverHead(chunks, ())
    pool, written = _Restarting(), _Written()
    _run_tasks(_FakeRay(None), chunks, (), written, pool, head)  # type: ignore[arg-type]
    assert written.firsts == list(range(12))
    assert pool.restarts >= 1


class _NamedActors:
    """Ray's named-actor API as ``_Pool`` uses it: the extractors of these numbers are on the cluster already."""

    def __init__(self, running: set[int]) -> None:
        self.running = running

    def remote(self, *arguments: object) -> _NamedActors:
        return self

    def options(self, **options: object) -> _NamedActors:
        return self

    def get_actor(self, name: str, namespace: str) -> object:
        if int(name.rsplit("-", 1)[1]) not in self.running:
            raise ValueError(f"no actor named {name}")
        return object()


@pytest.mark.parametrize(("running", "keep_warm", "warm"), [
    (set(), 600.0, 0), ({1}, 600.0, 1), ({0, 1}, 600.0, 2), ({0, 1}, 0.0, 0)])
def test_the_pool_counts_the_extractors_found_warm(running: set[int], keep_warm: float, warm: int) -> None:
    pool = ray_engine._Pool(_NamedActors(running), 2, (), keep_warm)
    assert pool.warm == warm
    assert len(pool.actors) == 2


class _Started(_NamedActors):
    """``_NamedActors`` that notes the arguments each extractor is started with."""

    def __init__(self) -> None:
        super().__init__(set())
        self.started: list[tuple[object, ...]] = []

    def remote(self, *arguments: object) -> _NamedActors:
        self.started.append(arguments)
        return self


@pytest.mark.parametrize("keep_warm", [0.0, 600.0])
def test_the_extractors_are_given_the_drivers_extraction_settings(monkeypatch: pytest.MonkeyPatch,
                                                                  keep_warm: float) -> None:
    """Given to each extractor, not to the job as a runtime environment (which would keep Ray from placing
    the extractors in the workers a running cluster has started already)."""
    monkeypatch.setenv("CROSSREACH_SPACY", "off")
    actors = _Started()
    ray_engine._Pool(actors, 2, (), keep_warm)
    assert actors.started[1:] == [(keep_warm, {"CROSSREACH_SPACY": "off"})] * 2  # the first: ray.remote(class)


class _Connections:
    """Ray's ``init`` and ``shutdown`` as ``_joined`` calls them, noting how the driver joins."""

    def __init__(self) -> None:
        self.joined: dict[str, object] = {}
        self.left = False

    def init(self, **options: object) -> None:
        self.joined = options

    def shutdown(self) -> None:
        self.left = True


def test_the_driver_joins_a_cluster_without_a_runtime_environment() -> None:
    """A job's runtime environment would keep the extractors out of the workers the cluster prestarted."""
    ray = _Connections()
    with ray_engine._joined(ray, "127.0.0.1:6379"):
        assert ray.joined["address"] == "127.0.0.1:6379"
    assert "runtime_env" not in ray.joined and ray.left


def _no_cluster(*arguments: object, **options: object) -> NoReturn:
    raise AssertionError("a local cluster was started where the forked extractors do the same work faster")


@pytest.mark.parametrize(("forked", "address"), [(True, None), (False, None), (True, "local")])
def test_without_a_cluster_to_join_the_forked_extractors_write_the_tables_of_the_local_engine(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked: bool, address: str | None) -> None:
    """Without a cluster to join (``ray_start``), the forked extractors take every task and Ray is not even
    imported, however large the work; where the driver cannot fork, or where ``--ray-address local`` asks for
    one, a local cluster is started (here: refused, to show it was asked for)."""
    monkeypatch.delenv(ray_start.SETTING, raising=False)
    monkeypatch.setattr(ray_engine, "local_cluster", _no_cluster)
    monkeypatch.setattr(ray_engine, "import_ray", _no_cluster)
    ray_or_skip()  # installed, so that the engine may be asked for
    monkeypatch.setattr(ray_engine, "_ray_connected", lambda: False)
    if not forked:
        monkeypatch.setattr(ray_engine, "can_fork", lambda: False)
    elif not can_fork():
        pytest.skip("an earlier test left threads running: this process cannot fork its extractors")
    corpus = write_corpus(tmp_path / "corpus", 12)
    if not forked or address:
        with pytest.raises(AssertionError, match="local cluster"):
            extract_to_parquet([str(corpus)], tmp_path / "ray", engine="ray", workers=2, ray_address=address)
        return
    by_ray = extract_to_parquet([str(corpus)], tmp_path / "ray", engine="ray", workers=2)
    local = extract_to_parquet([str(corpus)], tmp_path / "local", engine="local", workers=1)
    assert (by_ray.documents, by_ray.facts, by_ray.skipped) == (local.documents, local.facts, local.skipped)
    assert by_ray.documents == 12 and by_ray.facts > 0
    for table in ("documents", "facts"):
        assert pq.read_table(tmp_path / "ray" / table).equals(pq.read_table(tmp_path / "local" / table))
