"""Whether a run of ``extract --engine ray`` on this machine starts a local Ray cluster at all.

A local cluster runs its extractors on the cores of this machine, the very cores that extractors forked
from the driver (``forked_extractors``) would use, and it adds a fixed cost of its own: its GCS and raylet,
a worker that imports Ray and crossreach and loads the lexicons beside the forked ones, the driver's import
of Ray and its connection. Measured on the two-core machine of issue 19 (every process of a run counted in
one cgroup, runs alternated, articles of 1.8 KB): the cluster costs 1.7 CPU s more than the same run's
forked extractors alone, on 1,000 articles (9.4 against 7.6 CPU s) as on 3,000 (22.8 against 21.1); a task
costs a Ray extractor what it costs a forked one, within the noise. There is no per-document saving for
the fixed cost to be won back from, however large the run: on one machine a local cluster can only make
the run slower. So without
a cluster to join, the run is the forked extractors' (one per core, the same function, the same tables),
and a local cluster is started only when it is asked for: ``--ray-address local`` (Ray's own word for a
new local cluster), or ``CROSSREACH_RAY_LOCAL_CLUSTER=always`` (the parity tests, which check that the Ray
path gives the facts of ``ingest``). What a local cluster is for is trying the path a real cluster runs
(actors, tasks, the tables written in input order) before pointing it at one; a cluster given by address
is always used. Where the driver cannot fork its extractors (no ``fork`` on the platform), a local cluster
is started, as before.
"""

from __future__ import annotations

import os

#: The environment variable that asks for a local cluster whatever the work: ``always``.
SETTING = "CROSSREACH_RAY_LOCAL_CLUSTER"
#: The ``--ray-address`` that asks for a local cluster started for the run, as in ``ray.init``.
LOCAL_ADDRESS = "local"


def local_cluster_asked(ray_address: str | None) -> bool:
    """Whether the run asks for a local cluster: ``--ray-address local`` or the setting ``always``."""
    return ray_address == LOCAL_ADDRESS or os.environ.get(SETTING, "").strip().lower() == "always"


def cluster_address(ray_address: str | None) -> str | None:
    """The address of a cluster to join: none for ``local``, which asks for a cluster started here."""
    return None if ray_address == LOCAL_ADDRESS else ray_address


def forked_only(ray_address: str | None, can_fork: bool) -> bool:
    """Whether a run without a cluster to join is left to the forked extractors: unless a local cluster is
    asked for, or the driver cannot fork them."""
    return cluster_address(ray_address) is None and can_fork and not local_cluster_asked(ray_address)
