"""Whether a run of ``extract --engine ray`` on this machine starts a local Ray cluster at all.

A local cluster takes about two seconds on a small machine before its first extractor takes a task (its
GCS, raylet and two agents, then a worker that imports Ray and crossreach), and its start takes a core
for that time. The extractors forked from the driver (``forked_extractors``) extract from the moment the
inputs are listed. Where all the cores' forked extractors finish the listed work within the time a
cluster takes to start, the cluster could not take a single task before the end: it is not started, and
the run is the forked extractors' alone, with the same function and the same tables. Larger runs start
it; so does every run on a cluster given by address, and every run with ``CROSSREACH_RAY_LOCAL_CLUSTER=always``
(the parity tests, which check that Ray gives the facts of ``ingest``).

The work is judged by the bytes of the listed inputs (sizes from the file system, without reading them):
extraction takes about as long per byte whatever the language.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

#: Seconds from the driver's listing of the inputs to a local cluster's first task, measured on the two-core
#: machine of issue 19 at load 1 (2.1 to 2.7 s; a little under the least, so that the cluster is not spared
#: for work it could have shared). On a busier machine the start takes longer, and the extraction as much
#: longer: the bytes below weigh the same work.
CLUSTER_START_SECONDS = 2.0
#: Bytes of article one core reads and extracts in a second (1.9 KB articles at 5.8 ms each, measured there).
BYTES_PER_CORE_SECOND = 300_000
#: What a URL is counted for, its size unknown until it is read: a news page of markup.
URL_BYTES = 64 * 1024
#: The environment variable that asks for the cluster whatever the size of the work: ``always``.
SETTING = "CROSSREACH_RAY_LOCAL_CLUSTER"


def unit_bytes(unit: Mapping[str, Any]) -> int:
    """The bytes a planned unit (``ray_engine.ray_units``) will read: a range, stdin's bytes, a file's size,
    ``URL_BYTES`` for a URL; an input already skipped, or a file that cannot be read, costs nothing."""
    if "stdin" in unit:
        return len(unit["stdin"])
    if "path" in unit:
        return int(unit["end"]) - int(unit["start"])
    name = unit.get("read")
    if name is None:
        return 0
    if "://" in name:
        return URL_BYTES
    try:
        return Path(name).stat().st_size
    except OSError:
        return 0


def cluster_pays(units: Iterable[Mapping[str, Any]], cores: int) -> bool:
    """Whether the listed work is more than ``cores`` forked extractors finish before a local cluster
    would take its first task (or the setting asks for the cluster anyway)."""
    if os.environ.get(SETTING, "").strip().lower() == "always":
        return True
    budget = CLUSTER_START_SECONDS * BYTES_PER_CORE_SECOND * max(1, cores)
    total = 0
    for unit in units:
        total += unit_bytes(unit)
        if total > budget:
            return True
    return False
