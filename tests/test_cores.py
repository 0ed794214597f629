"""The cores a command may use, and the worker count it is given capped at them."""

from __future__ import annotations

import pytest

from crossreach import cores
from crossreach.cores import available_cores, capped_workers


@pytest.mark.parametrize(("requested", "cores_here", "expected"),
                         [(64, 2, 2), (2, 2, 2), (1, 8, 1), (0, 4, 1), (-3, 4, 1)])
def test_workers_are_capped_at_the_cores(requested: int, cores_here: int, expected: int,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cores, "available_cores", lambda: cores_here)
    assert capped_workers(requested) == expected


def test_this_process_has_a_core_at_least() -> None:
    assert available_cores() >= 1
