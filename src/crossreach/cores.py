"""The cores this process may use, in a module of its own so that the command line reads its
default worker count, and caps the count it is given, without loading the batch machinery (and with it
the extraction pipeline, which a Ray driver does not need)."""

from __future__ import annotations

import os


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def capped_workers(requested: int) -> int:
    """Worker processes for a request: at least one, at most one per core (more only queue for the cores and
    cost a process each)."""
    return max(1, min(requested, available_cores()))
