"""The local Ray cluster of one ``extract --engine ray`` run: started lean, ended at once.

``ray.init`` starts a head node for a whole session of work: besides the GCS and the raylet (and
the raylet's two agents) it starts the autoscaler's monitor, a log monitor that forwards the
workers' output, and an API server (``include_dashboard=False`` still starts it, for the job API),
and it waits for the API server to publish its address before it even starts the raylet. On a
2-core machine that wait is the longest step of the start. A run of ``extract`` needs none of the
three: one node, no autoscaling, no output from the workers (``log_to_driver`` is off), no jobs
submitted. So the head node is started here without them, through Ray's ``Node``, and the driver
joins it by address. Nor does it need the raylet's two agents (metrics and job API; runtime
environments), which the raylet waits for before it registers: stand-ins take their place
(``ray_agents``). ``ray.shutdown`` on a node it started stops each process in turn with a
grace period (more than a second); nothing in the node holds anything the run needs once the
tables are written by the driver, so only the raylet is asked to end (it ends its workers and
agents at once) and the other processes are SIGKILLed.

``Node`` is not a public API: where the installed Ray does not have it as expected, the cluster is
started by ``ray.init`` as before, which gives the same facts, a few seconds later.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from crossreach.ray_agents import agents_stood_in

#: Ray's settings for the run's node: no metrics (nothing reads them), workers at the priority of the
#: command (Ray runs them at niceness 15 by default, below the driver, which here only fills idle cores),
#: and started with the raylet rather than once the driver has joined, so that their start overlaps the
#: rest of the cluster's.
_SYSTEM_CONFIG = {"enable_metrics_collection": False, "worker_niceness": 0, "enable_worker_prestart": True,
                  "preload_python_modules": ["crossreach.ray_preload"]}

#: Ray's name for the raylet among a node's processes.
_RAYLET = "raylet"
#: How often the lean node asks the GCS whether its raylet has registered, and for how long at most (then
#: ``Node`` waits in its own way, and says why if the raylet never comes).
_REGISTRATION_POLL_SECONDS = 0.02
_REGISTRATION_WAIT_SECONDS = 30.0

log = logging.getLogger(__name__)


@contextmanager
def local_cluster(ray: Any, cpus: int, guarded: bool = False) -> Iterator[None]:
    """A Ray head node of ``cpus`` CPUs on this machine, the driver connected to it, for the block. ``guarded``:
    a process guard SIGKILLs the node's processes as soon as the block is left, so none is stopped gracefully."""
    node = _lean_node(ray, cpus)
    if node is None:
        ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR,
                 _node_ip_address="127.0.0.1", _system_config=_SYSTEM_CONFIG)
        try:
            yield
        finally:
            ray.shutdown()
        return
    try:
        ray.init(address=node.address, log_to_driver=False, logging_level=logging.ERROR,
                 _node_ip_address=node.node_ip_address)
        yield
    finally:
        try:
            ray.shutdown()  # the driver's own connection; the node's processes are not its to stop
        finally:
            _stop(node, guarded)


def _stop(node: Any, guarded: bool = False) -> None:
    """The raylet first, with SIGTERM: it ends its agents and workers within milliseconds (SIGKILLed, it
    would leave them behind for seconds to minutes); then the node's other processes, SIGKILLed. Under a
    guard, which SIGKILLs the workers and agents right after, the raylet too is SIGKILLed rather than waited
    for (up to a quarter of a second at the end of a run)."""
    try:
        if not guarded:
            node._kill_process_type(_RAYLET, allow_graceful=True, check_alive=False, wait=True)
    finally:
        node.kill_all_processes(check_alive=False, allow_graceful=False)


def _lean_node(ray: Any, cpus: int) -> Any | None:
    """A started head node without autoscaler monitor, log monitor or API server; None where this Ray's
    ``Node`` or ``RayParams`` do not take what this needs."""
    try:
        from ray._private import services
        from ray._private.node import Node
        from ray._private.parameter import RayParams
    except ImportError:
        return None

    class LeanNode(Node):  # type: ignore[misc, valid-type]
        """A head node whose start does not start, nor wait for, an API server."""

        def start_api_server(self, *args: Any, **kwargs: Any) -> None:
            """No job API, no dashboard: nothing in a run of ``extract`` asks them anything."""

        def start_raylet(self, *args: Any, **kwargs: Any) -> None:
            """The raylet with stand-ins for its two agents (``ray_agents``): it registers, and starts its
            worker, without waiting for two processes that import Ray and serve nothing a run asks for."""
            with agents_stood_in(services, self._session_dir, self.node_id):
                super().start_raylet(*args, **kwargs)

        def start_ray_processes(self) -> None:
            """The raylet started, then waited for until it has registered with the GCS, asking every 20 ms.
            ``Node`` asks once the raylet is started, and where the node is not there yet, that one question
            waits a whole second before it asks again, while the raylet registers in a few tenths."""
            super().start_ray_processes()
            await_registration(self.get_gcs_client())

    _authenticate(_SYSTEM_CONFIG)
    try:
        address = services.resolve_ip_for_localhost("127.0.0.1")  # what ray.init makes of it
        params = RayParams(node_ip_address=address, num_cpus=cpus, include_dashboard=False, no_monitor=True,
                           include_log_monitor=False, _system_config=dict(_SYSTEM_CONFIG))
    except (AttributeError, TypeError) as exc:  # another Ray's parameters
        log.debug("lean Ray node not available here (%s): ray.init starts the cluster", exc)
        return None
    return LeanNode(params, head=True, shutdown_at_exit=False, spawn_reaper=False)


def await_registration(gcs_client: Any, poll: float = _REGISTRATION_POLL_SECONDS,
                       limit: float = _REGISTRATION_WAIT_SECONDS) -> bool:
    """Whether a node registered with the GCS of ``gcs_client`` (a one-node cluster: its raylet) within ``limit``
    seconds; an error of the GCS ends the wait too, and is left to ``Node``'s own wait to report."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if gcs_client.get_all_node_info(timeout=1):
                return True
        except Exception as exc:  # whatever this Ray's client raises, Node's wait says it better
            log.debug("asking the GCS for the node failed (%s): Node waits", exc)
            return False
        time.sleep(poll)
    return False


def _authenticate(system_config: dict[str, Any]) -> None:
    """What ``ray.init`` does before it starts a cluster, where this Ray has it: token authentication on
    (a token made if there is none), so that the node's services answer only this run's processes."""
    try:
        from ray._private.authentication.authentication_token_setup import (
            enable_token_auth_by_default,
            ensure_token_if_auth_enabled,
        )
    except ImportError:  # a Ray without token authentication
        return
    enable_token_auth_by_default()
    ensure_token_if_auth_enabled(dict(system_config), create_token_if_missing=True)
