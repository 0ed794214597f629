"""A stand-in for the raylet's two agents on the lean local node of one ``extract --engine ray`` run.

Ray's raylet starts two Python agents as it starts (the dashboard agent: metrics, logs, job API; the
runtime-env agent: builds runtime environments) and registers with the GCS, and starts its workers, only
once both have written their ports to files of the session directory. Each imports Ray, about 0.4 CPU s,
on a machine whose cores the run wants for extraction. A run's lean node uses neither: metrics are off,
the workers' output is not forwarded, no job is submitted and its job has no runtime environment. This
script is started in their place (``ray_agents``): it writes -1 to each port file, which is what Ray's
own agents write for a service they do not run, so that the raylet registers at once, then waits until the
raylet ends. It imports nothing but the standard library and runs with ``python -I -S``, so its start
costs a few hundredths of a CPU second.

Run as a script, never imported by the package.
"""

from __future__ import annotations

import os
import stat
import sys
import time

#: The argument that names a port file to write.
PORT_FILE = "--port-file="
#: What Ray's agents write for a service they do not run.
NOT_RUN = "-1"
#: How often the stand-in looks whether its raylet is still its parent, where no pipe tells it.
_PARENT_CHECK_SECONDS = 1.0


def write_port(path: str, port: str = NOT_RUN) -> None:
    """The port file written whole (renamed into place), as the raylet may read it at any moment."""
    partial = f"{path}.{os.getpid()}.partial"
    with open(partial, "w", encoding="ascii") as handle:
        handle.write(port)
    os.replace(partial, path)


def wait_for_parent_end() -> None:
    """Until the raylet ends: it gives its agents a pipe on stdin that closes when it dies (read to its end
    here); without one, its process id is watched."""
    if stat.S_ISFIFO(os.fstat(0).st_mode):
        while os.read(0, 65536):
            pass
        return
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)


def main(argv: list[str]) -> int:
    for argument in argv:
        if argument.startswith(PORT_FILE):
            write_port(argument[len(PORT_FILE):])
    wait_for_parent_end()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
