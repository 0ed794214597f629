"""Instructions the extraction executes, counted by valgrind's callgrind: the figure of a speed change that the
machine's load does not move (CPU seconds of one run drift by a tenth on a shared machine; an instruction
count by well under a thousandth).

Two counts a version: a process that loads the extractor and extracts ``--warm`` articles (one or more of
each language: every language's lexicons built or read from the build cache), and one that then extracts
the ``--docs`` articles once more. Their difference over ``--docs`` is a document's cost in the steady
state; the first less ``--warm`` such documents is what a process pays once (imports, the domain lexicon,
each language's rules). With ``--reference`` another version's ``src`` is counted alike, for a before and
after. Not run by the test suite.

    CROSSREACH_SPACY=off .venv/bin/python benchmarks/bench_instructions.py --docs 120 --reference ../main/src

Each count takes some minutes (callgrind runs Python about fifty times slower); ``--jobs 2`` runs two at once.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from synthetic import write_corpus

#: What the counted process runs: the corpus's articles read and prepared (not counted apart: the same in
#: both processes), ``warm`` of them extracted, then all of them ``rounds`` times.
_CHILD = """
import sys
from crossreach.domain import load_domain
from crossreach.ingest.prepare import prepare
from crossreach.ingest.readers import Skipped, read_inputs
from crossreach.pipeline import extract
corpus, warm, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
domain = load_domain(())
documents = [prepare(item) for item in read_inputs([corpus]) if not isinstance(item, Skipped)]
for document in documents[:warm]:
    extract(document, domain)
for _ in range(rounds):
    for document in documents:
        extract(document, domain)
"""

_COLLECTED = re.compile(r"Collected : (\d+)")


def _count(source: str, corpus: Path, warm: int, rounds: int) -> int:
    """Instructions of one run of the child, with ``source`` (a ``src`` folder) first on its path."""
    # (a fixed hash seed: with a random one, sets iterate in another order each run, and two counts of the
    # same code differed by up to half a per cent)
    env = {**os.environ, "CROSSREACH_SPACY": os.environ.get("CROSSREACH_SPACY", "off"), "PYTHONHASHSEED": "0"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # (compiling modules from source in every run is not the code's cost)
    env["PYTHONPATH"] = source
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                          "-c", _CHILD, str(corpus), str(warm), str(rounds)],
                         env=env, capture_output=True, text=True, check=True)
    found = _COLLECTED.search(run.stderr)
    if found is None:
        sys.exit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=120, help="articles extracted in the steady state")
    parser.add_argument("--warm", type=int, default=30, help="articles extracted first (30: each example once)")
    parser.add_argument("--article-kb", type=float, default=2, help="lengthen each article to this size")
    parser.add_argument("--reference", help="the src folder of another version, counted alike")
    parser.add_argument("--jobs", type=int, default=1, help="valgrind runs at once")
    args = parser.parse_args()
    # (this checkout's src, whatever the virtualenv has installed: a worktree's helpers share one virtualenv)
    versions = {"this": str(Path(__file__).resolve().parents[1] / "src"),
                **({"reference": args.reference} if args.reference else {})}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "articles", args.docs, int(args.article_kb * 1024))
        runs = [(name, rounds) for name in versions for rounds in (0, 1)]
        with ThreadPoolExecutor(args.jobs) as pool:
            counts = dict(zip(runs, pool.map(lambda run: _count(versions[run[0]], corpus, args.warm, run[1]), runs),
                              strict=True))
    steady = {}
    for name in versions:
        steady[name] = (counts[name, 1] - counts[name, 0]) / args.docs
        fixed = counts[name, 0] - args.warm * steady[name]
        print(f"{name:<10} {steady[name] / 1e6:9.3f} M instructions a document (steady state); "
              f"{fixed / 1e9:6.3f} G once a process ({counts[name, 0]:,} with {args.warm} warm-up articles)")
    if args.reference:
        print(f"{'this / reference':<10} {steady['this'] / steady['reference']:9.4f} a document")
    print(f"reproduce: CROSSREACH_SPACY=off .venv/bin/python benchmarks/{Path(__file__).name} --docs {args.docs}"
          + (f" --reference {args.reference}" if args.reference else ""))


if __name__ == "__main__":
    main()
