"""The Ray engine's planning: tasks of a few inputs, in input order, several per worker."""

from __future__ import annotations

import pytest

from crossreach.ray_engine import task_chunks


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
