"""Extraction at archive scale: the same extractor over many shards, written as Parquet fact tables.

``extract_to_parquet`` runs the pipeline either in local worker processes or as
Ray tasks (``ray_engine``: on a laptop's local Ray, or on a cluster given its address), and
writes two tables under the output folder:

- ``documents/``: one row per input article, with the encoded extraction (JSON),
  or the reason it was skipped;
- ``facts/``: the flat fact table of ``export --format parquet``, for analysis.

``load_parquet`` imports ``documents/`` into a knowledge base through the same
repository as ``ingest`` (one transaction per document, the same cross-document
entity resolution), so a killed load can simply be run again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from crossreach.config import DEFAULT_MAX_BYTES
from crossreach.ray_engine import KEEP_WARM_SECONDS, EngineUnavailable

if TYPE_CHECKING:
    # The local engine's and load's modules are imported where they run: a Ray driver needs neither the
    # extraction pipeline nor the store, and their imports would hold up the extractors' first tasks.
    # extract never opens a knowledge base: SQLAlchemy is loaded by load only (0.2 s).
    from crossreach.batch import BatchReport
    from crossreach.fact_tables import ExtractSummary
    from crossreach.ingest import Article
    from crossreach.store import KnowledgeBase

__all__ = ["ENGINES", "EngineUnavailable", "extract_to_parquet", "load_parquet", "parquet_documents"]

ENGINES = ("local", "ray")


def extract_to_parquet(
    inputs: Sequence[str], out_dir: Path, *, engine: str = "local", workers: int = 1,
    lexicon_files: Sequence[Path] = (), ray_address: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private_urls: bool = False, on_item: Callable[[str], None] | None = None,
    keep_warm: float = KEEP_WARM_SECONDS,
) -> ExtractSummary:
    """Extract every article of ``inputs`` and write the documents and facts tables under ``out_dir``
    (``on_item`` is told each article's source as it is done, on the local engine). On a Ray cluster
    given by ``ray_address``, the run's extractors stay warm ``keep_warm`` seconds for the next run.

    Both engines read the same inputs the same way as ``ingest`` (``ingest.readers``), so that
    ``extract`` then ``load`` gives the knowledge base ``ingest`` gives, fact for fact."""
    if engine == "ray":
        from crossreach.ray_engine import extract_with_ray

        return extract_with_ray(inputs, out_dir, workers, lexicon_files, ray_address, max_bytes,
                                allow_private_urls, keep_warm)
    return _extract_locally(inputs, out_dir, workers, lexicon_files, max_bytes, allow_private_urls, on_item)


def _extract_locally(inputs: Sequence[str], out_dir: Path, workers: int, lexicon_files: Sequence[Path],
                     max_bytes: int, allow_private_urls: bool, on_item: Callable[[str], None] | None,
                     ) -> ExtractSummary:
    """``extract_to_parquet`` in this process and its workers (``batch.Extractor``)."""
    from crossreach.batch import Extractor
    from crossreach.config import lexicon_paths
    from crossreach.fact_tables import (
        FACT_SCHEMA,
        ExtractSummary,
        PartWriter,
        document_row,
        documents_writer,
        fact_rows,
        skipped_row,
    )
    from crossreach.ingest import Skipped, read_inputs

    summary = ExtractSummary()
    documents = documents_writer(out_dir, lexicon_paths(lexicon_files))
    facts = PartWriter(out_dir / "facts", FACT_SCHEMA)

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs, max_bytes=max_bytes, allow_private_urls=allow_private_urls):
            if isinstance(item, Skipped):
                summary.skipped += 1
                documents.add([skipped_row(item)])
            else:
                yield item

    with Extractor(lexicon_files, workers) as extractor:
        for article, extraction in extractor.map(articles()):
            if on_item is not None:
                on_item(article.source)
            summary.documents += 1
            summary.facts += len(extraction.facts)
            documents.add([document_row(extraction)])
            facts.add(fact_rows(extraction))
    documents.flush()
    facts.flush()
    return summary


# --- loading ----------------------------------------------------------------

def parquet_documents(directory: Path) -> int:
    """How many documents the tables ``extract_to_parquet`` wrote hold (from the files' metadata)."""
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(part).metadata.num_rows for part in sorted((directory / "documents").glob("*.parquet")))


def load_parquet(directory: Path, kb: KnowledgeBase, on_item: Callable[[BatchReport, str], None] | None = None,
                 ) -> BatchReport:
    """Import the ``documents`` table written by ``extract_to_parquet`` into the knowledge base, each
    document with the user lexicons it was extracted with."""
    import pyarrow.parquet as pq

    from crossreach.batch import BatchReport
    from crossreach.codec import decode_extraction
    from crossreach.fact_tables import DOCUMENT_COLUMNS, LEXICONS_KEY
    from crossreach.ingest import Skipped

    report = BatchReport()
    parts = sorted((directory / "documents").glob("*.parquet"))
    if not parts:
        raise FileNotFoundError(f"{directory}: no documents/*.parquet (write them with `crossreach extract`)")
    with kb.batch() as writer:
        for part in parts:
            table = pq.ParquetFile(part)
            lexicons = json.loads((table.schema_arrow.metadata or {}).get(LEXICONS_KEY, b"[]"))
            for batch in table.iter_batches(batch_size=256, columns=list(DOCUMENT_COLUMNS)):
                for row in batch.to_pylist():
                    if row["extraction"] is None:
                        report.skipped.append(Skipped(row["source"], row["skipped"] or "skipped at extraction"))
                    else:
                        outcome = writer.save(decode_extraction(json.loads(row["extraction"])), lexicons=lexicons)
                        report.count(outcome.status, outcome.facts)
                    if on_item is not None:
                        on_item(report, row["source"])
    return report
