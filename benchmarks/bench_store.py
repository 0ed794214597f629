"""The store's share of ingest: SQL statements and seconds spent storing, per 1,000 documents.

Runs ``batch.ingest`` in this process (``--workers 1``) and counts every statement sent to the
database (a SQLAlchemy ``before_cursor_execute`` listener; an executemany counts once) and the
seconds spent in the ``BatchWriter``'s methods (storing, looking up, committing; extraction is
not counted). Then the same inputs again (all duplicates), and ``reextract --all``. Not run by
the test suite.

    .venv/bin/python benchmarks/bench_store.py --docs 1000 --article-kb 2
    .venv/bin/python benchmarks/bench_store.py --docs 1000 --article-kb 2 --pg "$(scripts/start_postgres.sh 55433)"
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event
from synthetic import fresh_pg_database, write_corpus

from crossreach.batch import ingest, reextract_stored
from crossreach.store import BatchWriter, KnowledgeBase, open_knowledge_base

#: The writer's methods the batch calls; nested calls (save commits) are counted once.
_WRITER_METHODS = ("save", "add_source", "has_current", "current", "commit")


class _Meter:
    """Statements and store seconds since the last ``take``."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.statements, self.seconds, self._depth = 0, 0.0, 0
        event.listen(kb.engine, "before_cursor_execute", self._count)
        for name in _WRITER_METHODS:
            if hasattr(BatchWriter, name):
                setattr(BatchWriter, name, self._timed(getattr(BatchWriter, name)))

    def _count(self, *_args: Any) -> None:
        self.statements += 1

    def _timed(self, method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._depth += 1
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self.seconds += time.perf_counter() - started

        return timed

    def take(self) -> tuple[int, float]:
        out = (self.statements, self.seconds)
        self.statements, self.seconds = 0, 0.0
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000, help="documents to ingest")
    parser.add_argument("--article-kb", type=float, default=2, help="make each article at least this many KB")
    parser.add_argument("--pg", help="a PostgreSQL server URL (default: SQLite in a temporary folder)")
    args = parser.parse_args()
    command = f"python benchmarks/{Path(__file__).name} --docs {args.docs} --article-kb {args.article_kb:g}"
    command += ' --pg "$(scripts/start_postgres.sh 55433)"' if args.pg else ""
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus", args.docs, int(args.article_kb * 1024))
        url = fresh_pg_database(args.pg) if args.pg else f"sqlite:///{Path(tmp) / 'kb.db'}"
        kb = open_knowledge_base(url)
        meter = _Meter(kb)
        per = 1000 / args.docs
        for label, run in (("ingest, new documents", lambda: ingest([str(corpus)], kb, workers=1)),
                           ("ingest again, all duplicates", lambda: ingest([str(corpus)], kb, workers=1)),
                           ("reextract --all", lambda: reextract_stored(kb, all_documents=True))):
            started = time.perf_counter()
            run()
            total = time.perf_counter() - started
            statements, seconds = meter.take()
            print(f"{label:<30} {statements * per:8.0f} statements {seconds * per:6.2f} s store "
                  f"/ 1,000 docs   ({total:.1f} s in all)")
        print(f"{'':<30} {kb.engine.dialect.name}; reproduce: {command}")
        kb.engine.dispose()


if __name__ == "__main__":
    main()
