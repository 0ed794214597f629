"""The process table as the SIGKILL tests read it (Linux /proc): descendants, liveness, command lines."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROC = Path("/proc")


def descendants(pid: int) -> set[int]:
    """The processes started from ``pid`` that still have it as an ancestor, at any depth."""
    parents: dict[int, list[int]] = {}
    for stat in PROC.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    """Running, or at least not a zombie waiting to be reaped."""
    try:
        state = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def command_line(pid: int) -> str:
    try:
        return (PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def naming(text: str) -> set[int]:
    """The live processes (but this one) whose command line holds ``text``."""
    return {int(entry.name) for entry in PROC.iterdir()
            if entry.name.isdigit() and int(entry.name) != os.getpid() and text in command_line(int(entry.name))
            and alive(int(entry.name))}


def ray_or_skip() -> None:
    """Skip without Ray, unless CROSSREACH_REQUIRE_RAY is set (CI installs Ray and sets it: there the Ray
    tests must run)."""
    try:
        import ray  # noqa: F401
    except ImportError:
        if os.environ.get("CROSSREACH_REQUIRE_RAY"):
            pytest.fail("Ray is missing but CROSSREACH_REQUIRE_RAY asks for the Ray tests")
        pytest.skip("Ray is not installed (pip install -e '.[ray]')")
