"""Where the time of one ``extract --engine ray`` run goes: a timeline, and the CPU of each process.

Runs ``ray_engine.extract_with_ray`` in this process on a synthetic folder of articles, with its
steps wrapped to note when they happen: when ``ray.init`` returns, how many tasks the driver
extracted itself, when each task of an extractor actor starts and ends (and in which worker; a worker's first task
against the median of its later ones shows what its imports and lexicons cost), when the tables are
written, how long ``ray.shutdown`` and the process guard take. Meanwhile a thread samples every
process started from this one (``/proc``) and prints, for each, when it appeared and the CPU
seconds it had used when ``ray.init`` returned and at its last sighting. Not run by the tests.

    CROSSREACH_SPACY=off .venv/bin/python benchmarks/bench_ray_timeline.py --docs 1000
    CROSSREACH_SPACY=off .venv/bin/python benchmarks/bench_ray_timeline.py --docs 1000 --address auto
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from synthetic import write_corpus

STARTED = time.time()
#: Where the Ray tasks note their start and end: a fixed name, since the workers of a cluster given by
#: address do not inherit this process's environment.
TRACE = Path(tempfile.gettempdir()) / "crossreach-ray-timeline.txt"
_TICK = os.sysconf("SC_CLK_TCK")


def _at() -> float:
    return time.time() - STARTED


def _children(pid: int) -> list[int]:
    found = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found.extend(int(p) for p in children.read_text().split())
        except OSError:
            continue
    return found


def _cpu_and_name(pid: int) -> tuple[float, str] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    name = command.strip() or stat[stat.index("(") + 1:stat.rindex(")")]
    return (int(fields[11]) + int(fields[12])) / _TICK, name


def _threads() -> list[tuple[str, float]]:
    """The threads of this process, each with its CPU seconds."""
    found = []
    for task in Path("/proc/self/task").iterdir():
        with suppress(OSError):
            stat = (task / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            found.append((stat[stat.index("(") + 1:stat.rindex(")")], (int(fields[11]) + int(fields[12])) / _TICK))
    return found


class _Sampler(threading.Thread):
    """Every process below this one: first and last sighting, CPU seconds at the last one."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.seen: dict[int, dict[str, Any]] = {}
        self.done = threading.Event()
        self.snapshots: dict[str, dict[int, float]] = {}

    def run(self) -> None:
        while not self.done.wait(0.05):
            self.sample()

    def sample(self) -> None:
        todo, now = _children(os.getpid()), _at()
        while todo:
            pid = todo.pop()
            todo.extend(_children(pid))
            found = _cpu_and_name(pid)
            if found is None:
                continue
            record = self.seen.setdefault(pid, {"first": now, "name": found[1]})
            record.update(last=now, cpu=found[0], name=found[1] if len(found[1]) > 3 else record["name"])

    def snapshot(self, label: str) -> None:
        self.sample()
        self.snapshots[label] = {pid: record["cpu"] for pid, record in self.seen.items()}


EVENTS: list[tuple[float, str]] = []


def _note(what: str) -> None:
    EVENTS.append((_at(), what))


@contextmanager
def _step(what: str):
    _note(f"{what} begins")
    yield
    _note(f"{what} ends")


def _traced(extractor_class: type) -> type:
    """The extractor actor, its ``extract`` wrapped: each task's start and end go to the trace file. Defined
    here, in ``__main__``, so that Ray ships it by value to workers that do not have this file."""

    class TracedExtractor(extractor_class):  # type: ignore[misc, valid-type]
        def extract(self, units: list, *arguments: Any) -> Any:
            began = time.time()
            result = super().extract(units, *arguments)
            with open(TRACE, "a", encoding="utf-8") as out:
                out.write(f"{os.getpid()} {began} {time.time()} {len(units)}\n")
            return result

    return TracedExtractor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--address", default="local",
                        help="an already running cluster (`auto` or its address); default: a local cluster "
                             "started for the run (`local`)")
    args = parser.parse_args()

    import ray

    from crossreach import ray_engine

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = write_corpus(root / "corpus", args.docs, 0)
        trace = TRACE
        trace.unlink(missing_ok=True)
        sampler = _Sampler()
        sampler.name = "bench-sampler"
        sampler.start()
        head_chunks: list[int] = []
        original_init, original_shutdown = ray.init, ray.shutdown
        original_stop, original_close = ray_engine._DriverHead.stop, ray_engine._Tables.close

        def init(*a: Any, **k: Any) -> Any:
            with _step("ray.init"):
                result = original_init(*a, **k)
            sampler.snapshot("ray.init returned")
            return result

        def shutdown(*a: Any, **k: Any) -> Any:
            with _step("ray.shutdown"):
                return original_shutdown(*a, **k)

        def stop(self: Any) -> None:
            original_stop(self)
            taken = len(self.mine)
            if not head_chunks:
                head_chunks.append(taken)
                _note(f"driver stops taking tasks: {taken} of {len(self.chunks)} taken"
                      f"{' (by its forked extractor)' if self.forked else ''}")

        def close(self: Any) -> Any:
            with _step("Parquet tables flushed"):
                return original_close(self)

        ray.init, ray.shutdown = init, shutdown
        ray_engine._DriverHead.stop, ray_engine._Tables.close = stop, close
        original_remote = ray.remote

        def remote(*a: Any, **k: Any) -> Any:
            if len(a) == 1 and not k and a[0] is ray_engine.WarmExtractor:
                return original_remote(_traced(a[0]))
            return original_remote(*a, **k)

        ray.remote = remote
        # The command forks its extractor from a process of one thread; here the sampler runs too, and it only
        # reads /proc and holds no lock the forked extractor would need: fork as the command does.
        ray_engine.can_fork = lambda: sys.platform.startswith("linux")
        _note("extract_with_ray called")
        summary = ray_engine.extract_with_ray([str(corpus)], root / "out", 2, [], args.address, 10_000_000, False)
        _note(f"extract_with_ray returned: {summary.documents} documents, {summary.facts} facts")
        threads = _threads()
        time.sleep(1.5)
        sampler.done.set()
        sampler.join()
        lines = trace.read_text().split("\n") if trace.exists() else []

    tasks = []
    for line in filter(None, lines):
        pid, began, ended, units = line.split()
        tasks.append((int(pid), float(began) - STARTED, float(ended) - STARTED, int(units)))
    print(f"load average {os.getloadavg()[0]:.1f}")
    for at, what in EVENTS:
        print(f"{at:7.2f} s  {what}")
    by_worker: dict[int, list[tuple[float, float, int]]] = {}
    for pid, began, ended, units in tasks:
        by_worker.setdefault(pid, []).append((began, ended, units))
    for pid, runs in sorted(by_worker.items()):
        runs.sort()
        per_input = sorted((e - b) / max(u, 1) for b, e, u in runs[1:])
        first, warm = runs[0][1] - runs[0][0], per_input[len(per_input) // 2] if per_input else 0.0
        print(f"worker {pid}: {len(runs)} tasks, {sum(u for *_, u in runs)} inputs, first starts "
              f"{runs[0][0]:.2f} s, last ends {max(e for _, e, _ in runs):.2f} s; first task {first:.2f} s "
              f"(its imports and lexicons) against {warm * runs[0][2]:.2f} s for as many inputs later")
    print("this process's threads with more than 0.05 CPU s (the driver; the sampler is this benchmark's):")
    for name, cpu in sorted(threads, key=lambda item: -item[1]):
        if cpu > 0.05:
            print(f"  {cpu:5.2f}  {name}")
    at_init = sampler.snapshots.get("ray.init returned", {})
    print("processes (first seen, last seen, CPU s when ray.init returned, CPU s at last sighting):")
    for pid, record in sorted(sampler.seen.items(), key=lambda item: item[1]["first"]):
        print(f"  {record['first']:6.2f} {record['last']:6.2f} {at_init.get(pid, 0.0):5.2f} {record['cpu']:5.2f}  "
              f"{record['name'][:110]}")

if __name__ == "__main__":
    main()
