"""The process guard: what a guarded block starts ends with it, and nothing else is touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crossreach import process_guard
from crossreach.process_guard import TOKEN_VARIABLE, carrying, guard_supported, guarded_run, sweep, watch_pause
from processes import alive

pytestmark = pytest.mark.skipif(not guard_supported(), reason="finds processes in /proc")

_SLEEPER = [sys.executable, "-c", "import time; time.sleep(120)"]


def _carried_soon(token: str, pid: int, seconds: float = 5.0) -> bool:
    """Whether ``pid`` carries the token once its exec is through: ``Popen`` returns when the exec
    has released the parent, and on a loaded machine the kernel may not yet have set the new
    program's environment, which then reads empty for a moment."""
    deadline = time.monotonic() + seconds
    while pid not in carrying(token):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_what_a_guarded_block_starts_ends_with_it_and_the_rest_is_left() -> None:
    outside = subprocess.Popen(_SLEEPER)
    try:
        with guarded_run() as token:
            assert token and os.environ[TOKEN_VARIABLE] == token
            inside = subprocess.Popen(_SLEEPER)
            assert _carried_soon(token, inside.pid) and outside.pid not in carrying(token)
        assert TOKEN_VARIABLE not in os.environ
        inside.wait(timeout=5)
        assert inside.returncode == -signal.SIGKILL
        assert outside.poll() is None
    finally:
        outside.kill()
        outside.wait()


def test_the_guard_ends_a_sigkilled_parents_processes_and_their_orphans(tmp_path: Path) -> None:
    """A parent, SIGKILLed, leaves a child and a grandchild whose own parent died first (an orphan, as a
    raylet's workers are): both end within seconds."""
    middle = tmp_path / "middle.py"
    quiet = "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL"
    middle.write_text(f"import subprocess\nprint(subprocess.Popen({_SLEEPER!r}, {quiet}).pid)\n", encoding="utf-8")
    script = tmp_path / "parent.py"
    script.write_text(
        "import subprocess, sys, time\n"
        "from crossreach.process_guard import guarded_run\n"
        "with guarded_run():\n"
        f"    subprocess.Popen({_SLEEPER!r})\n"
        f"    orphan = subprocess.run([sys.executable, {str(middle)!r}], stdout=subprocess.PIPE, text=True).stdout\n"
        "    print(orphan.strip(), flush=True)\n"
        "    time.sleep(120)\n", encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    with parent.stdout:
        orphan = int(parent.stdout.readline())
    token = os.environ.get(TOKEN_VARIABLE)
    assert token is None  # the token is the parent's, not this process's
    assert alive(orphan)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 5
    while alive(orphan) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(orphan)


def test_a_sweep_spares_what_it_is_told_to(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_VARIABLE, "spared-token")
    child = subprocess.Popen(_SLEEPER)
    try:
        assert sweep("spared-token", {child.pid}, seconds=0.3) == 0
        assert child.poll() is None
        assert sweep("spared-token", set(), seconds=1) == 1
        assert child.wait(timeout=5) == -signal.SIGKILL
    finally:
        child.kill()
        child.wait()


def test_no_guard_where_processes_cannot_be_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(process_guard, "guard_supported", lambda: False)
    with guarded_run() as token:
        assert token is None and TOKEN_VARIABLE not in os.environ


@pytest.mark.parametrize(("elapsed", "pause"), [(0.0, 0.2), (5.0, 0.2), (9.9, 0.2), (10.0, 1.0), (600.0, 1.0)])
def test_the_watch_looks_often_while_ray_starts_then_once_a_second(elapsed: float, pause: float) -> None:
    assert watch_pause(elapsed) == pause
