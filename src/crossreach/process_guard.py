"""End every process a command started through Ray when the command ends, even when it is SIGKILLed.

Ray starts its node's own processes with the kernel's parent-death signal, but the raylet's children
(its agents and the workers) outlive a SIGKILLed driver by seconds to minutes, and nothing runs in a
SIGKILLed process: the clean-up has to live in another one. ``guarded_run`` starts a small guard
process that holds the read end of a pipe from this one. The kernel closes the write end when this
process ends, however it ends; the guard then kills every process whose environment carries the run's
token. The token is set in this process's environment before Ray starts, so every Ray process inherits
it, whatever title it gives itself and whoever its parent is by then (an orphan's parent is init). It
is random per run, so the processes of another run, or of a cluster the command did not start, are
never touched, and a reused process id cannot be mistaken for one of ours.

Linux only (it reads /proc); elsewhere no guard is started and Ray's own fate-sharing is what applies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

#: The environment variable that marks the processes of one guarded run.
TOKEN_VARIABLE = "CROSSREACH_RUN_TOKEN"
_PROC = Path("/proc")
#: How long the guard keeps sweeping: a raylet may start a worker while its siblings are being killed.
_SWEEP_SECONDS = 3.0
_SWEEP_PAUSE = 0.05
#: How long the command waits for the guard's last sweep when it ends normally.
_GUARD_WAIT_SECONDS = 5.0


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
        assert guard.stdin is not None
        guard.stdin.close()
        with suppress(subprocess.TimeoutExpired):  # it ends on its own; the command need not wait longer
            guard.wait(timeout=_GUARD_WAIT_SECONDS)


def carrying(token: str, proc: Path = _PROC) -> list[int]:
    """The processes whose environment (as they were started) holds the run's token."""
    needle = f"{TOKEN_VARIABLE}={token}".encode()
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if needle in environ.split(b"\0"):
            found.append(int(entry.name))
    return found


def sweep(token: str, spare: set[int], seconds: float = _SWEEP_SECONDS) -> int:
    """SIGKILL every process of the run but ``spare``, again until two looks in a row find none or the time
    is up; how many were killed."""
    killed = 0
    quiet = 0
    deadline = time.monotonic() + seconds
    while quiet < 2 and time.monotonic() < deadline:
        found = [pid for pid in carrying(token) if pid not in spare]
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass  # ended meanwhile
        quiet = 0 if found else quiet + 1
        time.sleep(_SWEEP_PAUSE)
    return killed


def main(argv: list[str]) -> int:
    """The guard: wait for the end of the pipe from the command, then end what the command started."""
    token, parent = argv[0], int(argv[1])
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stdin.buffer.read()  # returns at end of file: the command closed the pipe, or it is dead
    sweep(token, {os.getpid(), parent})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
