"""The Ray engine's planning (tasks of a few inputs, in input order, several per worker) and its sharing of
the tasks between the driver's thread and Ray, the tables written in input order."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, NoReturn

import pytest

from crossreach import ray_engine
from crossreach.ray_engine import _DriverHead, _run_tasks, task_chunks


@pytest.mark.parametrize(
    ("units", "workers", "sizes"),
    [
        (0, 2, []),
        (3, 2, [1, 1, 1]),
        (20, 2, [3, 3, 3, 3, 3, 3, 2]),
        (1000, 2, [16] * 62 + [8]),  # at most 16 inputs a task, so no worker idles long at the end
        (40, 8, [2] * 20),
    ],
)
def test_tasks_cut_the_inputs_in_order(units: int, workers: int, sizes: list[int]) -> None:
    planned = [{"read": f"article-{n}.txt"} for n in range(units)]
    chunks = task_chunks(planned, workers)
    assert [len(chunk) for chunk in chunks] == sizes
    assert [unit for chunk in chunks for unit in chunk] == planned


class _FakeRay:
    """Ray's task API as ``_run_tasks`` uses it, run in this thread: a task's value is worked out at ``get``,
    once the driver's thread has taken a task of its own where one is left (so that the two share the run)."""

    def __init__(self, head: _DriverHead | None) -> None:
        self.head = head

    def remote(self, num_cpus: int) -> Callable[[Callable[..., object]], object]:
        class Task:
            def __init__(self, function: Callable[..., object]) -> None:
                self.function = function

            def remote(self, *args: object) -> Callable[[], object]:
                return lambda: self.function(*args)

        return Task

    def get(self, ref: Callable[[], object]) -> object:
        deadline = time.monotonic() + 10
        while (self.head is not None and not self.head.mine and self.head.next < len(self.head.chunks)
               and time.monotonic() < deadline):
            time.sleep(0.01)
        return ref()


class _Written:
    """The tables' writer, noting the first input of each task written."""

    def __init__(self) -> None:
        self.firsts: list[int] = []

    def write(self, first: int, size: int) -> None:
        self.firsts.append(first)


@pytest.mark.parametrize(("tasks", "driver"), [(0, True), (1, True), (40, True), (40, False), (100, True)])
def test_the_driver_and_ray_share_the_tasks_and_the_tables_come_in_input_order(
        monkeypatch: pytest.MonkeyPatch, tasks: int, driver: bool) -> None:
    monkeypatch.setattr(ray_engine, "extract_units", lambda units, *arguments: (units[0]["read"], len(units)))
    chunks = [[{"read": n}] for n in range(tasks)]
    head = _DriverHead(chunks, (), enabled=driver)
    written = _Written()
    try:
        _run_tasks(_FakeRay(head if driver else None), chunks, (), written, 2, head)  # type: ignore[arg-type]
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
    head = _DriverHead([[{"read": n}] for n in range(3)], (), enabled=True)
    try:
        deadline = time.monotonic() + 10
        while head.error is None and time.monotonic() < deadline:
            time.sleep(0.01)
        with pytest.raises(ValueError, match="unreadable"):
            head.result(min(head.mine))
    finally:
        head.stop()
