"""The raylet of a run's lean local node started with stand-ins for its two agents (``ray_agent_stand_in``).

Ray gives the raylet the command lines of its dashboard agent and its runtime-env agent as two arguments
(``--dashboard_agent_command``, ``--runtime_env_agent_command``); the raylet starts them, waits for the
ports they write, and ends with them. Both import Ray and start servers that a run of ``extract`` never
asks anything: about 0.75 CPU s and, on two cores, more than a second before the raylet registers and
starts its worker. Here the two arguments are replaced, as the raylet's command is started, by a script
that writes the ports Ray's agents write for services they do not run (-1) and then waits for the raylet
to end. Where the installed Ray's raylet command does not carry both arguments, it is started unchanged,
with its own agents: the same facts, a second later.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from crossreach.ray_agent_stand_in import PORT_FILE

#: The raylet's arguments that carry its agents' command lines.
DASHBOARD_AGENT = "--dashboard_agent_command="
RUNTIME_ENV_AGENT = "--runtime_env_agent_command="
#: The stand-in, run as a script by the interpreter of this process: isolated and without ``site``, since
#: it needs nothing but the standard library.
STAND_IN = Path(__file__).with_name("ray_agent_stand_in.py")


def stand_in_command(port_files: Sequence[str]) -> str:
    """The command line of a stand-in that writes -1 to ``port_files``, as the raylet parses it."""
    return subprocess.list2cmdline([sys.executable, "-I", "-S", str(STAND_IN),
                                    *(f"{PORT_FILE}{path}" for path in port_files)])


def with_stand_ins(command: Sequence[str], dashboard_ports: Sequence[str],
                   runtime_env_ports: Sequence[str]) -> list[str]:
    """``command`` (a raylet's) with its two agents' command lines replaced by stand-ins writing the given
    port files; unchanged unless it carries both."""
    if not (any(a.startswith(DASHBOARD_AGENT) for a in command)
            and any(a.startswith(RUNTIME_ENV_AGENT) for a in command)):
        return list(command)
    replaced = []
    for argument in command:
        if argument.startswith(DASHBOARD_AGENT):
            argument = DASHBOARD_AGENT + stand_in_command(dashboard_ports)
        elif argument.startswith(RUNTIME_ENV_AGENT):
            argument = RUNTIME_ENV_AGENT + stand_in_command(runtime_env_ports)
        replaced.append(argument)
    return replaced


def agent_port_files(session_dir: str, node_id: str) -> tuple[list[str], list[str]] | None:
    """The port files the raylet waits for from its dashboard agent and from its runtime-env agent, named
    as this Ray names them; None where it names them otherwise."""
    try:
        from ray import _raylet
        names = ((_raylet.METRICS_AGENT_PORT_NAME, _raylet.METRICS_EXPORT_PORT_NAME,
                  _raylet.DASHBOARD_AGENT_LISTEN_PORT_NAME), (_raylet.RUNTIME_ENV_AGENT_PORT_NAME,))
        dashboard, runtime_env = ([str(Path(session_dir) / _raylet.get_port_filename(node_id, name))
                                   for name in group] for group in names)
    except (ImportError, AttributeError, TypeError, ValueError):
        return None
    return dashboard, runtime_env


@contextmanager
def agents_stood_in(services: Any, session_dir: str, node_id: str) -> Iterator[None]:
    """Within the block, a raylet that Ray's ``services`` starts gets the stand-in agents."""
    files = agent_port_files(session_dir, node_id)
    start = getattr(services, "start_ray_process", None)
    if files is None or start is None:
        yield
        return

    def start_ray_process(command: list[str], *args: Any, **kwargs: Any) -> Any:
        return start(with_stand_ins(command, *files), *args, **kwargs)

    services.start_ray_process = start_ray_process
    try:
        yield
    finally:
        services.start_ray_process = start
