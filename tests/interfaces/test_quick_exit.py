"""A command that drove Ray ends without the interpreter's teardown, and only once Ray is disconnected."""

from __future__ import annotations

import subprocess
import sys
import threading
import types

import pytest

from crossreach.interfaces import quick_exit
from crossreach.interfaces.quick_exit import exit_after_ray, ray_driver_done


def _ray(connected: bool) -> types.SimpleNamespace:
    return types.SimpleNamespace(is_initialized=lambda: connected)


@pytest.mark.parametrize(("ray", "done"), [
    (None, False),  # Ray never imported (or not installed): the normal exit
    (_ray(connected=True), False),  # still connected: Ray's exit handler disconnects it
    (_ray(connected=False), True),  # disconnected: nothing left but the teardown
])
def test_the_quick_exit_is_for_a_disconnected_ray_driver(ray: object, done: bool,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", ray)
    assert ray_driver_done() is done


def test_a_thread_the_normal_exit_would_wait_for_keeps_the_normal_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", _ray(connected=False))
    release = threading.Event()
    worker = threading.Thread(target=release.wait, daemon=False)
    worker.start()
    try:
        assert ray_driver_done() is False
    finally:
        release.set()
        worker.join()
    assert ray_driver_done() is True


@pytest.mark.parametrize("code", ["a message", 2.5])
def test_an_exit_code_that_is_not_a_number_keeps_the_normal_exit(code: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", _ray(connected=False))
    monkeypatch.setattr(quick_exit.os, "_exit", lambda code: pytest.fail("exited"))
    assert exit_after_ray(code) is None  # returned: SystemExit prints the message as usual


_COMMAND = """
import atexit, sys, types
sys.modules["ray"] = types.SimpleNamespace(is_initialized=lambda: False)
from crossreach.interfaces.quick_exit import exit_after_ray
atexit.register(lambda: print("exit handler ran"))
print("summary line", end="")  # left in the buffer: the quick exit must flush it
sys.stderr.write("a note")
exit_after_ray({code})
print("not reached")
"""


@pytest.mark.parametrize(("code", "status"), [("None", 0), ("0", 0), ("1", 1)])
def test_the_quick_exit_runs_the_exit_handlers_flushes_and_keeps_the_code(code: str, status: int) -> None:
    done = subprocess.run([sys.executable, "-c", _COMMAND.format(code=code)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == status
    assert done.stdout == "summary lineexit handler ran\n"
    assert done.stderr == "a note"
