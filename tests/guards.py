"""A time guard for tests that feed hostile input: a hang (catastrophic backtracking, a parser loop, a
request that never answers) fails the test instead of stalling the suite."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def within(seconds: int, what: str = "it") -> Iterator[None]:
    """Raise TimeoutError when the block takes longer than ``seconds`` (SIGALRM, main thread only)."""

    def runaway(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"{what} did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, runaway)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
