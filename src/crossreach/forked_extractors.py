"""Processes forked from the driver of a Ray run, that extract its first tasks while the local cluster starts.

A local Ray cluster takes seconds to start (its GCS, raylet, agents, then worker processes that import
crossreach and load the lexicons), and on a small machine its start leaves the cores mostly idle: it
waits on its own processes more than it computes. The driver's thread alone fills one core of it at
most, and shares the interpreter's lock with the thread that starts the cluster. A process forked
from the driver before Ray starts (the driver then runs one thread, so the fork copies no lock another
thread holds) extracts as soon as the command has its task list, on a core of its own, with no Ray in
between: it reads and extracts its tasks with ``ray_worker.extract_units``, the very function of the
Ray extractors, so the tables do not depend on who extracted which task.

A forked extractor serves its parent through a pipe, one task at a time, and ends when the pipe
closes; and, in the middle of a task, as soon as its parent is gone, however it went (SIGKILL runs no
clean-up in the parent).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from crossreach.ray_worker import extract_units, warm_process

if TYPE_CHECKING:
    import pyarrow as pa

#: How often a forked extractor looks whether its parent is still there.
_PARENT_POLL_SECONDS = 0.25


def can_fork() -> bool:
    """Whether extractors can be forked from this process now: on Linux (macOS's system libraries are not
    fork-safe, Windows has no fork), from a process running one thread, before Ray has started any."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


class ForkedExtractor:
    """One process forked from this one that extracts tasks (lists of planned units) sent to it."""

    def __init__(self, arguments: tuple) -> None:
        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, self.connection, arguments, os.getpid()),
                                       name="crossreach-forked-extractor", daemon=True)
        self.process.start()
        child.close()
        self.lock = threading.Lock()

    def extract(self, units: list[dict[str, Any]]) -> tuple[pa.Table, pa.Table]:
        """The documents and facts tables of a task, extracted in the forked process."""
        with self.lock:
            self.connection.send(units)
            outcome = self.connection.recv()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def close(self) -> None:
        """End the process: it sees its pipe close, or is killed if it is in the middle of a task."""
        with suppress(OSError):
            self.connection.close()
        self.process.join(timeout=0.2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def _serve(connection: Connection, parents_end: Connection, arguments: tuple, parent: int) -> None:
    """The forked process: tasks in, tables (or the exception a task raised) out, until the pipe closes."""
    parents_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent handles it
    threading.Thread(target=_end_with, args=(parent,), name="crossreach-parent-watch", daemon=True).start()
    warm_process(*arguments[:1])  # its lexicon files, where the task arguments carry them
    while True:
        try:
            units = connection.recv()
        except (EOFError, OSError):
            break
        try:
            outcome: Any = extract_units(units, *arguments)
        except Exception as exc:  # handed to the parent, which raises it
            outcome = exc
        try:
            connection.send(outcome)
        except (BrokenPipeError, OSError):
            break
    os._exit(0)  # no atexit of the parent's copy (its Ray, its guard): they are not this process's


def _end_with(parent: int) -> None:
    """End this process once its parent is gone, even in the middle of a task: nobody wants its tables."""
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)
