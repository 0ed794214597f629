"""End every process a command started through Ray when the command ends, even when it is SIGKILLed.

Ray starts its node's own processes with the kernel's parent-death signal, but the raylet's children
(its agents and the workers) outlive a SIGKILLed driver by seconds to minutes, and nothing runs in a
SIGKILLed process: the clean-up has to live in another one. ``guarded_run`` starts a small guard
process that holds the read end of a pipe from this one. The kernel closes the write end when this
process ends, however it ends; the guard then kills every process whose environment carries the run's
token. The token is set in this process's environment before Ray starts, so every Ray process inherits
it, whatever title it gives itself and whoever its parent is by then (an orphan's parent is init). It
is random per run, so the processes of another run, or of a cluster the command did not start, are
never touched, and a reused process id cannot be mistaken for one of ours. A process that renames
itself at length ("ray::DashboardAgent") overwrites the environment the kernel shows for it, so
while the command lives the guard also notes the descendants of the command and of the token's
processes, each with its start time, and kills those too.

Linux only (it reads /proc); elsewhere no guard is started and Ray's own fate-sharing is what applies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

#: The environment variable that marks the processes of one guarded run.
TOKEN_VARIABLE = "CROSSREACH_RUN_TOKEN"
_PROC = Path("/proc")
#: How long the guard keeps sweeping: a raylet may start a worker, or start its agent again, while its
#: siblings are being killed.
_SWEEP_SECONDS = 4.0
#: The sweep ends once it has found nothing for this long: a child forked just before its parent was
#: killed can take a moment to show in /proc under its own name.
_QUIET_SECONDS = 1.0
_SWEEP_PAUSE = 0.05
#: How often the guard notes the descendants of the run's processes while the command lives: often while
#: Ray starts its node and workers (the first ``_WATCH_START_SECONDS``), then once a second, since each look
#: reads all of /proc (a third of a CPU second a run on a busy machine, at five looks a second throughout).
_WATCH_PAUSE = 0.2
_WATCH_START_SECONDS = 10.0
_WATCH_SETTLED_PAUSE = 1.0


def guard_supported() -> bool:
    """Whether processes can be found by their environment here (a Linux /proc)."""
    return (_PROC / "self" / "environ").exists()


@contextmanager
def guarded_run() -> Iterator[str | None]:
    """Within the block, every process started from this one carries a fresh token (yielded), and a guard
    kills them all once the block ends or this process dies. Yields None where no guard can run."""
    if not guard_supported():
        yield None
        return
    token = uuid.uuid4().hex
    guard = subprocess.Popen(
        [sys.executable, "-m", __name__, token, str(os.getpid())], stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,  # Ctrl-C is not for it
    )
    previous = os.environ.get(TOKEN_VARIABLE)
    os.environ[TOKEN_VARIABLE] = token
    try:
        yield token
    finally:
        if previous is None:
            os.environ.pop(TOKEN_VARIABLE, None)
        else:
            os.environ[TOKEN_VARIABLE] = previous
        # What carries the token ends now; the guard then sweeps for what shows up later (orphans still
        # being started, renamed agents) on its own, without the command waiting the second it takes.
        for pid in carrying(token):
            if pid not in (os.getpid(), guard.pid):
                with suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
        assert guard.stdin is not None
        guard.stdin.close()
        # Reaped in the background when its sweep is done, so that a long-lived host keeps no zombie.
        threading.Thread(target=guard.wait, name="crossreach-guard-reaper", daemon=True).start()


def carrying(token: str, proc: Path = _PROC, among: Iterable[int] | None = None) -> list[int]:
    """The processes (of ``among``, or of all) whose environment (as they were started) holds the run's
    token."""
    needle = f"{TOKEN_VARIABLE}={token}".encode()
    found = []
    pids = among if among is not None else (int(entry.name) for entry in proc.iterdir() if entry.name.isdigit())
    for pid in pids:
        try:
            environ = (proc / str(pid) / "environ").read_bytes()
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if needle in environ.split(b"\0"):
            found.append(pid)
    return found


def _started(pid: int, proc: Path = _PROC) -> tuple[int, int, int] | None:
    """A process's parent, process group and start time (clock ticks since boot), from its ``stat``;
    None once it is gone."""
    try:
        stat = (proc / str(pid) / "stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()  # the name in brackets may hold spaces
    return int(fields[1]), int(fields[2]), int(fields[19])


def _processes(proc: Path = _PROC) -> dict[int, tuple[int, int, int]]:
    """Every process's parent, process group and start time."""
    return {int(entry.name): started for entry in proc.iterdir()
            if entry.name.isdigit() and (started := _started(int(entry.name), proc)) is not None}


def descendants(roots: set[int], proc: Path = _PROC,
                processes: dict[int, tuple[int, int, int]] | None = None) -> dict[int, int]:
    """The processes below ``roots`` (not the roots), each with its start time (from ``processes``, a
    reading of ``_processes`` already made, or a new one)."""
    children: dict[int, list[tuple[int, int]]] = {}
    for pid, (parent, _, start) in (_processes(proc) if processes is None else processes).items():
        children.setdefault(parent, []).append((pid, start))
    found: dict[int, int] = {}
    stack = list(roots)
    while stack:
        for pid, start in children.get(stack.pop(), ()):
            if pid not in found and pid not in roots:
                found[pid] = start
                stack.append(pid)
    return found


class _Watch:
    """The descendants of the run's processes, noted while the command lives, so that they can be
    found once their parents are dead and they belong to init."""

    def __init__(self, token: str, spare: set[int], parent: int) -> None:
        self.token, self.spare, self.parent = token, spare, parent
        self.seen: dict[int, int] = {}
        #: The process groups of the command and what it started, and when the run began: a process a
        #: dying parent was starting (Ray's raylet starts its agent with an environment of its own) is
        #: found by its group once it belongs to init.
        own = _started(os.getpid())
        self.since = own[2] if own else 0
        self.groups = {started[1]} if (started := _started(parent)) else set()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        started = time.monotonic()
        while not self.done.wait(watch_pause(time.monotonic() - started)):
            self.note()

    def note(self) -> None:
        # Only a process started since the run began can carry its token: the environments of the
        # others (most of a busy machine's) are not read, five times a second.
        processes = _processes()
        recent = [pid for pid, (_, _, start) in processes.items() if start >= self.since]
        roots = {pid for pid in carrying(self.token, among=recent) if pid not in self.spare} | {self.parent}
        # What the command started before the run (a host's own helpers, when the run is a library
        # call inside a longer process) is not the run's.
        self.seen.update((pid, start) for pid, start in descendants(roots, processes=processes).items()
                         if pid not in self.spare and start >= self.since)

    def still_ours(self) -> set[int]:
        """The noted processes that are still the ones noted (same start time: no reused id), and the
        orphans of the run's process groups started since the run began."""
        processes = _processes()
        noted = {pid for pid, start in self.seen.items() if pid in processes and processes[pid][2] == start}
        orphans = {pid for pid, (parent, group, start) in processes.items()
                   if parent == 1 and group in self.groups and start >= self.since}
        return (noted | orphans) - self.spare


def watch_pause(elapsed: float) -> float:
    """The pause before the watch's next look, ``elapsed`` seconds after the guard began."""
    return _WATCH_PAUSE if elapsed < _WATCH_START_SECONDS else _WATCH_SETTLED_PAUSE


def sweep(token: str, spare: set[int], seconds: float = _SWEEP_SECONDS, watch: _Watch | None = None) -> int:
    """SIGKILL every process of the run but ``spare``, again until the looks of ``_QUIET_SECONDS`` find none
    or the time is up; how many were killed."""
    killed = 0
    now = time.monotonic()
    deadline, last_found = now + seconds, now
    while time.monotonic() - last_found < min(_QUIET_SECONDS, seconds) and time.monotonic() < deadline:
        found = {pid for pid in carrying(token) if pid not in spare}
        if watch is not None:
            watch.seen.update(descendants(found))
            found |= watch.still_ours()
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass  # ended meanwhile
        if found:
            last_found = time.monotonic()
        time.sleep(_SWEEP_PAUSE)
    return killed


def main(argv: list[str]) -> int:
    """The guard: wait for the end of the pipe from the command, then end what the command started."""
    token, parent = argv[0], int(argv[1])
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    spare = {os.getpid(), parent}
    watch = _Watch(token, spare, parent)
    watch.thread.start()
    sys.stdin.buffer.read()  # returns at end of file: the command closed the pipe, or it is dead
    watch.done.set()
    watch.thread.join()
    sweep(token, spare, watch=watch)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
