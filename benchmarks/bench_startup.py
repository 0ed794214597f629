"""Start-up cost of the command line: median wall time and peak memory of `crossreach --help`,
`analyze` on one sentence and `stats` on a small knowledge base, against a bare `python -c pass`.

The commands run interleaved, one round after another, so that a change in the machine's load
touches all of them alike. On a loaded machine the CPU time (user + system) of each command is
the steadier figure, and the one that equals the wall time of an idle machine.
The warm-up round also writes the lexicons' build cache (``crossreach.build_cache``) that later
rounds read, as every run after the first does on an installation; the row "lexicon cache off"
shows what a first run, or ``CROSSREACH_CACHE=off``, costs.
Not run by the test suite; figures go into the README's performance section.

    .venv/bin/python benchmarks/bench_startup.py --runs 15

To compare with another checkout, put its sources first on the path:
``PYTHONPATH=/path/to/other/src .venv/bin/python benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SENTENCE = "Nike said its official Weibo account passed 2 million followers in March 2024."
#: The CLI as its console script runs it, with the interpreter of this benchmark.
CLI = [sys.executable, "-c", "from crossreach.interfaces.cli import main; main()"]


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident MiB of one run of ``command``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        assert process.stderr is not None
        sys.exit(f"failed ({process.returncode}): {' '.join(command)}\n{process.stderr.read().decode()}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="rounds of every command (the median is shown)")
    args = parser.parse_args()
    here = f"benchmarks/{Path(__file__).name}"
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; python {sys.version.split()[0]}")
    # Bytecode is cached as on any installation (a run with PYTHONDONTWRITEBYTECODE compiles every
    # module from source each time); the first, warm-up round writes it.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["CROSSREACH_SPACY"] = "off"
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "small.db")
        subprocess.run([*CLI, "--db", db, "ingest", "--quiet", "--workers", "1", str(EXAMPLES)],
                       check=True, env=env)
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "crossreach --help": [*CLI, "--help"],
            "crossreach analyze (one sentence)": [*CLI, "analyze", "--lang", "en", SENTENCE],
            "analyze, lexicon cache off": ["env", "CROSSREACH_CACHE=off", *CLI, "analyze", "--lang", "en", SENTENCE],
            "crossreach stats (small KB)": [*CLI, "--db", db, "stats"],
        }
        seconds: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        memory: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            _run(command, env)
        for _ in range(args.runs):
            for name, command in commands.items():
                spent, cpu_spent, mib = _run(command, env)
                seconds[name].append(spent)
                cpu[name].append(cpu_spent)
                memory[name].append(mib)
    bare = statistics.median(cpu["python -c pass"])
    print(f"{'command':<36} {'wall':>8} {'min wall':>8} {'CPU':>8} {'x bare':>7} {'peak RSS':>9}")
    for name in commands:
        median_cpu = statistics.median(cpu[name])
        print(f"{name:<36} {statistics.median(seconds[name]):7.3f}s {min(seconds[name]):7.3f}s "
              f"{median_cpu:7.3f}s {median_cpu / bare:6.1f}x {max(memory[name]):6.0f} MiB")
    print("(medians; wall time follows the machine's load, CPU time, user + system, much less)")
    print(f"reproduce: .venv/bin/python {here} --runs {args.runs}")


if __name__ == "__main__":
    main()
