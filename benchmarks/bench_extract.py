"""Extractor speed in one process, without storage: documents and kilobytes per second, and the
time each stage takes, over the bundled example articles.

Not run by the test suite; figures go into the README's performance section.

    .venv/bin/python benchmarks/bench_extract.py --rounds 20
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from synthetic import example_texts

from crossreach.domain import load_domain
from crossreach.ingest import Article, prepare
from crossreach.ingest.language import detect_language
from crossreach.lexicon import load_language
from crossreach.models import Extraction
from crossreach.pipeline import RELATE_STAGES, extract
from crossreach.recognise.dates import recognise_dates
from crossreach.recognise.entities import recognise_mentions
from crossreach.recognise.numbers import recognise_quantities
from crossreach.recognise.spacy_candidates import spacy_enabled
from crossreach.recognise.tables import find_tables
from crossreach.relate.context import DocumentView
from crossreach.resolve.coreference import resolve_mentions
from crossreach.segment import split_sentences


def _stage_seconds(documents, domain, rounds: int) -> dict[str, float]:
    """Seconds spent in each stage over ``rounds`` passes of the documents."""
    spent: dict[str, float] = defaultdict(float)
    for _ in range(rounds):
        for document in documents:
            lexicon = load_language(document.lang)
            text = document.text
            clock = time.perf_counter()
            extraction = Extraction(document=document)
            extraction.sentences = split_sentences(text, lexicon)
            spent["segment"] += time.perf_counter() - clock
            clock = time.perf_counter()
            extraction.quantities = recognise_quantities(text, lexicon)
            spent["numbers"] += time.perf_counter() - clock
            clock = time.perf_counter()
            extraction.dates = recognise_dates(text, lexicon, document.published)
            spent["dates"] += time.perf_counter() - clock
            clock = time.perf_counter()
            mentions = recognise_mentions(text, extraction.sentences, lexicon, domain)
            extraction.mentions, extraction.entities = resolve_mentions(text, mentions, lexicon, domain)
            spent["entities"] += time.perf_counter() - clock
            clock = time.perf_counter()
            extraction.tables = find_tables(text)
            view = DocumentView(extraction)
            spent["table finding"] += time.perf_counter() - clock
            for name, stage in RELATE_STAGES.items():
                clock = time.perf_counter()
                stage(view, lexicon, domain)
                spent[name] += time.perf_counter() - clock
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the example articles")
    args = parser.parse_args()
    here = f"benchmarks/{Path(__file__).name}"
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    domain = load_domain()
    aliases = sum(1 + len(entity.aliases) for entity in domain.entities.values())
    print(f"domain lexicon: {len(domain.entities)} entities, {aliases} names in one Aho-Corasick automaton; "
          f"spaCy pipelines {'on' if spacy_enabled() else 'off'}")
    documents = []
    for stem, text in example_texts():
        lang = detect_language(text)
        documents.append(prepare(Article(source=stem, text=text, lang=lang)))
    size = sum(len(d.text.encode("utf-8")) for d in documents) * args.rounds
    count = len(documents) * args.rounds
    for document in documents:  # warm the caches: lexicons, regexes, the Aho-Corasick automaton
        extract(document, domain)
    started = time.perf_counter()
    round_cpu: list[float] = []  # CPU seconds of each round: the best says what the code costs, whatever the load
    for _ in range(args.rounds):
        clock = time.process_time()
        for document in documents:
            extract(document, domain)
        round_cpu.append(time.process_time() - clock)
    seconds = time.perf_counter() - started
    print(f"{'extract, one process':<24} {count / seconds:8.1f} docs/s {size / 1024 / seconds:8.1f} KB/s"
          f"   ({count} docs, {size / 1024:.0f} KB, {seconds:.2f} s)")
    print(f"{'  best round, CPU time':<24} {len(documents) / min(round_cpu):8.1f} docs/s"
          f"   ({min(round_cpu) * 1000:.1f} ms for {len(documents)} docs; load average {os.getloadavg()[0]:.1f})")
    spent = _stage_seconds(documents, domain, args.rounds)
    total = sum(spent.values())
    for name, stage_seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:<22} {stage_seconds / total:6.1%}  {size / 1024 / stage_seconds:9.1f} KB/s"
              f"  {count / stage_seconds:8.1f} docs/s")
    setting = "" if spacy_enabled() else "CROSSREACH_SPACY=off "  # the figure depends on it: say it
    print(f"reproduce: {setting}.venv/bin/python {here} --rounds {args.rounds}")


if __name__ == "__main__":
    main()
