"""The run's local Ray cluster: started without the services a run does not use, its processes SIGKILLed
at the end, and ``ray.init`` where the installed Ray's ``Node`` is not what the lean start expects."""

from __future__ import annotations

import os
import sys
import time
from contextlib import nullcontext
from typing import Any

import pytest

from crossreach import ray_cluster
from crossreach.ray_cluster import local_cluster
from processes import alive, command_line, descendants, ray_or_skip


class _Ray:
    """The calls ``local_cluster`` makes to the ray module."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def init(self, **kwargs: Any) -> None:
        self.calls.append(("init", kwargs))

    def shutdown(self) -> None:
        self.calls.append(("shutdown", {}))


class _Node:
    address, node_ip_address = "192.0.2.1:6379", "192.0.2.1"

    def __init__(self) -> None:
        self.killed: list[dict[str, Any]] = []

    def _kill_process_type(self, kind: str, **kwargs: Any) -> None:
        self.killed.append({"kind": kind, **kwargs})

    def kill_all_processes(self, **kwargs: Any) -> None:
        self.killed.append(kwargs)


@pytest.mark.parametrize("fails", [False, True])
def test_the_lean_node_is_joined_by_address_and_ended_raylet_first(monkeypatch: pytest.MonkeyPatch,
                                                                             fails: bool) -> None:
    node, ray = _Node(), _Ray()
    monkeypatch.setattr(ray_cluster, "_lean_node", lambda ray, cpus: node)
    with pytest.raises(RuntimeError) if fails else nullcontext(), local_cluster(ray, 2):
        if fails:
            raise RuntimeError("a task failed")
    assert ray.calls[0] == ("init", {"address": node.address, "log_to_driver": False, "logging_level": 40,
                                     "_node_ip_address": node.node_ip_address})
    assert ray.calls[-1] == ("shutdown", {})
    assert node.killed == [{"kind": "raylet", "allow_graceful": True, "check_alive": False, "wait": True},
                           {"check_alive": False, "allow_graceful": False}]


@pytest.mark.parametrize(("guarded", "killed"), [
    (False, [{"kind": "raylet", "allow_graceful": True, "check_alive": False, "wait": True},
             {"check_alive": False, "allow_graceful": False}]),
    # under the process guard, which SIGKILLs the workers and agents next, nothing is waited for
    (True, [{"check_alive": False, "allow_graceful": False}]),
])
def test_a_guarded_node_is_ended_without_waiting_for_the_raylet(monkeypatch: pytest.MonkeyPatch, guarded: bool,
                                                                killed: list[dict[str, Any]]) -> None:
    node, ray = _Node(), _Ray()
    monkeypatch.setattr(ray_cluster, "_lean_node", lambda ray, cpus: node)
    with local_cluster(ray, 2, guarded=guarded):
        pass
    assert ray.calls[-1] == ("shutdown", {}) and node.killed == killed


def test_without_the_lean_node_ray_init_starts_the_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    ray = _Ray()
    monkeypatch.setattr(ray_cluster, "_lean_node", lambda ray, cpus: None)
    with local_cluster(ray, 3):
        pass
    (name, kwargs), last = ray.calls[0], ray.calls[-1]
    assert name == "init" and kwargs["num_cpus"] == 3 and kwargs["include_dashboard"] is False
    assert kwargs["_system_config"] == {"enable_metrics_collection": False, "worker_niceness": 0,
                                       "enable_worker_prestart": True,
                                       "preload_python_modules": ["crossreach.ray_preload"]}
    assert last == ("shutdown", {})


def test_a_real_lean_cluster_runs_tasks_without_monitor_log_monitor_api_server_or_agents() -> None:
    ray_or_skip()
    import ray

    before = descendants(os.getpid())  # what earlier tests left running (a resource tracker) is not the node's
    with local_cluster(ray, 1):
        assert ray.get(ray.remote(lambda: 6 * 7).remote()) == 42
        # its workers imported crossreach and loaded the lexicons as they started, before any task came
        assert ray.get(ray.remote(lambda: "crossreach.ray_preload" in sys.modules).remote())
        pids = descendants(os.getpid()) - before
        started = [command_line(pid) for pid in pids]
    assert any("raylet" in line for line in started)
    for service in ("autoscaler/_private/monitor.py", "log_monitor.py", "dashboard/dashboard.py",
                    "dashboard/agent.py", "runtime_env/agent", "DashboardAgent", "RuntimeEnvAgent"):
        assert not any(service in line for line in started), service
    # in the two agents' place (the raylet's own command line names it too)
    assert sum("ray_agent_stand_in.py" in line and "raylet" not in line for line in started) == 2
    assert not ray.is_initialized()
    deadline = time.monotonic() + 2
    while (left := {pid for pid in pids if alive(pid)}) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not {pid: command_line(pid) for pid in left}  # the raylet ended its agents and workers with it




class _Gcs:
    """A GCS client whose node list is empty ``empty`` times, then holds the node (or raises ``error``)."""

    def __init__(self, empty: int, error: Exception | None = None) -> None:
        self.empty, self.error, self.asked = empty, error, 0

    def get_all_node_info(self, timeout: float) -> dict[str, object]:
        self.asked += 1
        if self.error is not None:
            raise self.error
        return {} if self.asked <= self.empty else {"node": object()}


@pytest.mark.parametrize(("empty", "error", "registered", "asked"), [
    (0, None, True, 1),
    (3, None, True, 4),  # asked again every poll until the raylet has registered
    (10_000, None, False, None),  # never within the limit: Node's own wait says why
    (0, RuntimeError("GCS unreachable"), False, 1),  # the same
])
def test_the_lean_node_waits_for_its_raylet_to_register(empty: int, error: Exception | None, registered: bool,
                                                        asked: int | None) -> None:
    gcs = _Gcs(empty, error)
    assert ray_cluster.await_registration(gcs, poll=0.001, limit=0.2) is registered
    assert asked is None or gcs.asked == asked
