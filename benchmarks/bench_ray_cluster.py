"""``extract --engine ray`` on a Ray cluster started beforehand, as a cluster user runs it, against ``--engine local``.

``bench_ingest --engines`` measures Ray on a cluster the command starts and ends (``--ray-address local``),
whose start (Ray's import in a worker and the driver, a second import of crossreach) is paid by every run.
A cluster user starts the cluster once (``ray start --head``) and points each run at it: the first run
starts the extractors (cold), the next ones find them warm (``--ray-keep-warm``). This starts such a head
node on this machine (its GCS on a port of its own, its own temp folder, so that another Ray on the machine
is not touched), times the first run, then ``--repeat`` rounds of local and Ray alternated, so that both
see the same load. Per run: wall seconds, and the CPU seconds of every process of the command plus, for
Ray, those of the cluster's processes during the run (its extractors, GCS, raylet): each counted by a
cgroup (Linux cgroup v1 ``cpuacct``, as root), which sees processes a run leaves behind and Ray's daemons,
which are nobody's children. Without one, CPU is not given. The cluster is ended by its processes' ids,
never by ``ray stop``, which stops every Ray cluster of the user.

``ray start`` runs its workers at niceness 15 by default: on a machine busy with other work they then get
the cores only when nothing else wants them. ``--worker-niceness 0`` (the default here) starts the cluster
with its workers at the command's priority (Ray's ``worker_niceness``), as ``--ray-address local`` does.

    CROSSREACH_SPACY=off .venv/bin/python benchmarks/bench_ray_cluster.py --docs 1000 --repeat 5
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path

from synthetic import write_corpus

CLI = str(Path(sys.executable).parent / "crossreach")
RAY = str(Path(sys.executable).parent / "ray")
#: Where cgroup v1 keeps its CPU accounting, when the machine has it.
CPUACCT = Path("/sys/fs/cgroup/cpuacct")
#: Numbers the runs' cgroups: a group a zombie still holds cannot be removed, and its name is not reused.
_RUNS = itertools.count()


class Group:
    """A cpuacct cgroup of this benchmark (its processes' CPU seconds), or a stand-in that counts nothing."""

    def __init__(self, name: str) -> None:
        self.path = CPUACCT / f"crossreach-bench-{name}-{os.getpid()}"
        try:
            self.path.mkdir()
        except OSError:
            self.path = None

    def cpu(self) -> float | None:
        return None if self.path is None else int((self.path / "cpuacct.usage").read_text()) / 1e9

    def command(self, args: list[str]) -> list[str]:
        """``args`` run inside the group (a shell that joins it, then execs them)."""
        if self.path is None:
            return args
        return ["sh", "-c", f'echo $$ > {self.path}/cgroup.procs && exec "$@"', "sh", *args]

    def pids(self) -> list[int]:
        return [] if self.path is None else [int(p) for p in (self.path / "cgroup.procs").read_text().split()]

    def remove(self) -> None:
        if self.path is not None:
            with suppress(OSError):
                self.path.rmdir()


def start_head(group: Group, temp: Path, port: int, niceness: int, cpus: int) -> str:
    """A one-node Ray cluster started by ``ray start --head``, in ``group``; its address."""
    config = json.dumps({"worker_niceness": niceness})
    started = subprocess.run(group.command([
        RAY, "start", "--head", "--port", str(port), "--num-cpus", str(cpus), "--include-dashboard", "false",
        "--temp-dir", str(temp), "--disable-usage-stats", f"--system-config={config}"]),
        capture_output=True, text=True, check=False)
    found = re.search(r"--address='([^']+)'", started.stdout + started.stderr)
    if started.returncode or found is None:
        sys.exit(f"ray start failed:\n{started.stdout}\n{started.stderr}")
    return found.group(1)


def stop_head(group: Group) -> None:
    """Every process of the cluster ended: SIGTERM, then SIGKILL for those still there a few seconds later."""
    for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 0.5)):
        for pid in group.pids():
            with suppress(OSError):
                os.kill(pid, sig)
        time.sleep(wait)


def timed(args: list[str], env: dict[str, str], cluster: Group | None) -> tuple[float, float | None, float | None]:
    """Wall seconds of one crossreach command, the CPU seconds of its processes and of the cluster's meanwhile."""
    group = Group(f"run{next(_RUNS)}")
    cluster_before = cluster.cpu() if cluster else None
    started = time.perf_counter()
    done = subprocess.run(group.command([CLI, *args]), env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"failed: crossreach {' '.join(args)}\n{done.stderr}")
    time.sleep(0.3)  # what a run leaves behind ends within this
    cpu = group.cpu()
    for pid in group.pids():  # none should be left; a leftover must not count in the next run
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    time.sleep(0.1)
    group.remove()
    cluster_cpu = cluster.cpu() - cluster_before if cluster and cluster_before is not None else None
    return wall, cpu, cluster_cpu


def _line(label: str, runs: list[tuple[float, float | None, float | None]]) -> str:
    walls = [wall for wall, _, _ in runs]
    cpus = [cpu + (cluster or 0.0) for _, cpu, cluster in runs if cpu is not None]
    text = (f"{label:<28} wall best {min(walls):5.2f} s, median {statistics.median(walls):5.2f} s "
            f"({', '.join(f'{w:.1f}' for w in walls)})")
    if cpus:
        text += f"; CPU best {min(cpus):5.2f} s, median {statistics.median(cpus):5.2f} s"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of local and Ray (warm), alternated")
    parser.add_argument("--workers", type=int, default=2, help="-w of both engines, and the cluster's CPUs")
    parser.add_argument("--port", type=int, default=6391, help="the GCS port of the cluster started here")
    parser.add_argument("--worker-niceness", type=int, default=0, help="the cluster's workers' niceness (Ray: 15)")
    args = parser.parse_args()
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "token"}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = write_corpus(root / "corpus", args.docs)
        cluster = Group("cluster")
        try:
            address = start_head(cluster, root / "ray", args.port, args.worker_niceness, args.workers)
            print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; cluster at {address} "
                  f"(workers at niceness {args.worker_niceness}); CPU counted: {cluster.path is not None}")
            common = ["extract", "-q", "-w", str(args.workers), str(corpus)]
            ray = ["--engine", "ray", "--ray-address", address]
            first = timed([*common, "--out", str(root / "first"), *ray], env, cluster)
            runs: dict[str, list[tuple[float, float | None, float | None]]] = {"local": [], "ray": []}
            for number in range(args.repeat):
                for engine, extra, group in (("local", [], None), ("ray", ray, cluster)):
                    runs[engine].append(timed([*common, "--out", str(root / f"{engine}-{number}"), *extra], env,
                                              group))
            print(f"load average {os.getloadavg()[0]:.1f} at the end")
            print(_line("ray, first run (cold)", [first]))
            print(_line("local", runs["local"]))
            print(_line("ray, warm extractors", runs["ray"]))
        finally:
            stop_head(cluster)
            cluster.remove()


if __name__ == "__main__":
    main()
