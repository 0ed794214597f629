"""The raylet of a run's lean node started with stand-ins for its agents: its command rewritten only where
it carries both agents' command lines, the stand-in writing Ray's "not run" port and ending with its raylet."""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from crossreach import ray_agents
from crossreach.ray_agent_stand_in import NOT_RUN, PORT_FILE, write_port
from crossreach.ray_agents import (
    DASHBOARD_AGENT,
    RUNTIME_ENV_AGENT,
    STAND_IN,
    agents_stood_in,
    stand_in_command,
    with_stand_ins,
)
from processes import ray_or_skip

_DASHBOARD = f"{DASHBOARD_AGENT}/usr/bin/python -u ray/dashboard/agent.py --node-id=N"
_RUNTIME_ENV = f"{RUNTIME_ENV_AGENT}/usr/bin/python -u ray/_private/runtime_env/agent/main.py --node-id=N"


@pytest.mark.parametrize(("command", "replaced"), [
    (["raylet", "--head", _DASHBOARD, _RUNTIME_ENV, "--huge_pages"], True),
    (["raylet", _RUNTIME_ENV, _DASHBOARD], True),  # in any order
    (["raylet", "--head", _DASHBOARD], False),  # another Ray's raylet: its agents left as they are
    (["raylet", "--head", _RUNTIME_ENV], False),
    (["gcs_server", "--log_dir=/tmp"], False),  # not a raylet at all
])
def test_only_a_raylet_carrying_both_agents_gets_the_stand_ins(command: list[str], replaced: bool) -> None:
    result = with_stand_ins(command, ["/s/metrics_agent_port_N", "/s/dashboard_agent_listen_port_N"],
                            ["/s/runtime_env_agent_port_N"])
    if not replaced:
        assert result == command
        return
    assert len(result) == len(command)
    assert [a for a in result if not a.startswith("--") or "agent_command" not in a] == \
        [a for a in command if not a.startswith("--") or "agent_command" not in a]  # the rest untouched
    dashboard = next(a for a in result if a.startswith(DASHBOARD_AGENT))[len(DASHBOARD_AGENT):]
    runtime_env = next(a for a in result if a.startswith(RUNTIME_ENV_AGENT))[len(RUNTIME_ENV_AGENT):]
    assert shlex.split(dashboard) == [sys.executable, "-I", "-S", str(STAND_IN),
                                      f"{PORT_FILE}/s/metrics_agent_port_N",
                                      f"{PORT_FILE}/s/dashboard_agent_listen_port_N"]
    assert shlex.split(runtime_env)[-1] == f"{PORT_FILE}/s/runtime_env_agent_port_N"


def test_the_stand_in_writes_each_port_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "runtime_env_agent_port_N"
    write_port(str(target))
    write_port(str(target))  # written again (a restarted agent): replaced, never appended to
    assert target.read_text() == NOT_RUN
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no partial file left


def test_the_stand_in_runs_alone_and_ends_when_its_raylet_pipe_closes(tmp_path: Path) -> None:
    files = [tmp_path / "metrics_agent_port_N", tmp_path / "dashboard_agent_listen_port_N"]
    started = time.monotonic()
    proc = subprocess.Popen(stand_in_command([str(f) for f in files]), shell=True, stdin=subprocess.PIPE)
    try:
        while not all(f.exists() for f in files) and time.monotonic() - started < 10:
            time.sleep(0.01)
        assert [f.read_text() for f in files] == [NOT_RUN, NOT_RUN]
        assert proc.poll() is None  # it stays while the raylet lives: the raylet ends with its agents
        proc.stdin.close()  # the raylet ended
        assert proc.wait(timeout=5) == 0
    finally:
        proc.kill()


class _Services:
    """Ray's ``services`` as far as the raylet's start goes."""

    def __init__(self) -> None:
        self.started: list[list[str]] = []

    def start_ray_process(self, command: list[str], *args: Any, **kwargs: Any) -> str:
        self.started.append(command)
        return "process"


def test_the_stand_ins_apply_within_the_block_only(monkeypatch: pytest.MonkeyPatch) -> None:
    services = _Services()
    monkeypatch.setattr(ray_agents, "agent_port_files", lambda session, node: (["/s/a"], ["/s/b"]))
    original = services.start_ray_process
    with agents_stood_in(services, "/s", "N"):
        assert services.start_ray_process(["raylet", _DASHBOARD, _RUNTIME_ENV]) == "process"
    assert services.start_ray_process == original
    services.start_ray_process(["raylet", _DASHBOARD, _RUNTIME_ENV])
    assert str(STAND_IN) in " ".join(services.started[0])
    assert services.started[1] == ["raylet", _DASHBOARD, _RUNTIME_ENV]


def test_a_ray_that_names_its_port_files_otherwise_keeps_its_agents(monkeypatch: pytest.MonkeyPatch) -> None:
    services = _Services()
    monkeypatch.setattr(ray_agents, "agent_port_files", lambda session, node: None)
    with agents_stood_in(services, "/s", "N"):
        services.start_ray_process(["raylet", _DASHBOARD, _RUNTIME_ENV])
    assert services.started == [["raylet", _DASHBOARD, _RUNTIME_ENV]]
    with agents_stood_in(SimpleNamespace(), "/s", "N"):  # nor where services has no start_ray_process
        pass


def test_the_port_files_are_named_as_this_ray_names_them() -> None:
    ray_or_skip()
    from ray import _raylet

    node = "ab" * 28
    dashboard, runtime_env = ray_agents.agent_port_files("/s", node)
    assert runtime_env == [f"/s/{_raylet.get_port_filename(node, _raylet.RUNTIME_ENV_AGENT_PORT_NAME)}"]
    assert f"/s/{_raylet.get_port_filename(node, _raylet.METRICS_AGENT_PORT_NAME)}" in dashboard
    assert len(dashboard) == 3
