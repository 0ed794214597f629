"""The end of a command that drove Ray: its exit handlers run, then the process ends without the
interpreter's teardown.

A process that imported Ray holds some 800 modules more than one that did not (grpc, protobuf, Ray's
core worker library and its threads). Once its driver has disconnected, tearing all of that down is the
last thing the command does, after every table is written and the summary printed: measured on 2 shared
cores, 0.1-0.15 CPU s and 0.2-0.4 s of wall, which ``extract --engine ray`` paid on every run and
``--engine local`` never does. As on Ctrl-C (``cli._exit_interrupted``), the exit handlers still run
(logging's flush, multiprocessing's clean-up, Ray's own, which finds nothing left to disconnect) and
standard output and error are flushed; what is skipped is only the freeing of objects that the process's
end frees anyway. Not where Ray is still connected (its exit handler would wait on it) or a thread that
is not a daemon still runs (the normal exit waits for it).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def ray_driver_done() -> bool:
    """Whether this process imported Ray and is no longer connected to it, with no thread left to wait for."""
    ray = sys.modules.get("ray")
    if ray is None or not hasattr(ray, "is_initialized") or ray.is_initialized():
        return False
    main = threading.main_thread()
    return not any(t is not main and not t.daemon and t.is_alive() for t in threading.enumerate())


def exit_after_ray(code: object) -> None:
    """End the process with ``code`` (a ``SystemExit`` code: None or an int) without tearing down the
    interpreter, where Ray's driver is done (``ray_driver_done``); otherwise return, for the normal exit."""
    if not ray_driver_done() or not (code is None or isinstance(code, int)):
        return
    end_process(code or 0)


def end_process(code: int) -> NoReturn:
    """Run the exit handlers (multiprocessing's unlink a pool's semaphores, logging's flush), flush
    standard output and error, and end with ``code``, skipping the interpreter's teardown of every
    module's objects, which the process's end frees anyway."""
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
