"""Extraction at archive scale: the same extractor over many shards, written as Parquet fact tables.

``extract_to_parquet`` runs the pipeline either in local worker processes or as
Ray Data tasks (on a laptop's local Ray, or on a cluster given its address), and
writes two tables under the output folder:

- ``documents/``: one row per input article, with the encoded extraction (JSON),
  or the reason it was skipped;
- ``facts/``: the flat fact table of ``export --format parquet``, for analysis.

``load_parquet`` imports ``documents/`` into a knowledge base through the same
repository as ``ingest`` (one transaction per document, the same cross-document
entity resolution), so a killed load can simply be run again.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from crossreach.batch import BatchReport, Extractor, capped_workers, lexicon_paths
from crossreach.codec import decode_extraction, encode_extraction
from crossreach.domain import DomainLexicon, load_domain
from crossreach.export import FLAT_COLUMNS, flat_rows
from crossreach.ingest import Article, Skipped, prepare, read_inputs
from crossreach.ingest.formats import JSONL, format_of
from crossreach.ingest.readers import (
    DEFAULT_MAX_BYTES,
    Item,
    jsonl_ranges,
    plan_inputs,
    read_bytes,
    read_jsonl_range,
    read_unit,
)
from crossreach.models import Extraction
from crossreach.pipeline import extract
from crossreach.record import document_record
from crossreach.store import KnowledgeBase

ENGINES = ("local", "ray")
DOCUMENT_COLUMNS = ("source", "doc_id", "extraction", "skipped")
_ROWS_PER_FILE = 2000
#: The documents table's metadata key for the user lexicons its documents were extracted with (JSON list),
#: so that ``load`` records them as ``ingest`` does and a later ``reextract`` uses them again.
LEXICONS_KEY = b"crossreach.lexicons"


@dataclass
class ExtractSummary:
    documents: int = 0
    skipped: int = 0
    facts: int = 0


def _document_row(extraction: Extraction) -> dict[str, Any]:
    return {"source": extraction.document.source, "doc_id": extraction.document.doc_id,
            "extraction": json.dumps(encode_extraction(extraction), ensure_ascii=False), "skipped": None}


def _skipped_row(skipped: Skipped) -> dict[str, Any]:
    where = f"{skipped.source}:{skipped.line}" if skipped.line is not None else skipped.source
    return {"source": where, "doc_id": None, "extraction": None, "skipped": skipped.reason}


def _fact_rows(extraction: Extraction) -> list[dict[str, Any]]:
    return list(flat_rows([document_record(extraction)]))


_DOCUMENT_SCHEMA = pa.schema([(name, pa.string()) for name in DOCUMENT_COLUMNS])
_FACT_TYPES = {"value": pa.float64(), "range_low": pa.float64(), "range_high": pa.float64(),
               "confidence": pa.float64(), "evidence_start": pa.int64(), "evidence_end": pa.int64()}
_FACT_SCHEMA = pa.schema([(name, _FACT_TYPES.get(name, pa.string())) for name in FLAT_COLUMNS])


class _PartWriter:
    """Rows into numbered Parquet files of bounded size, so memory stays flat."""

    def __init__(self, directory: Path, schema: pa.Schema, prefix: str = "local") -> None:
        self.directory, self.schema, self.prefix = directory, schema, prefix
        directory.mkdir(parents=True, exist_ok=True)
        self.rows: list[dict[str, Any]] = []
        self.parts = 0

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= _ROWS_PER_FILE:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        table = pa.Table.from_pylist(self.rows, schema=self.schema)
        pq.write_table(table, self.directory / f"part-{self.prefix}-{self.parts:05d}.parquet")
        self.parts += 1
        self.rows = []


def _documents_writer(out_dir: Path, lexicon_files: Sequence[Path]) -> _PartWriter:
    """The documents table, its files noting the user lexicons the extraction used."""
    recorded = json.dumps(lexicon_paths(lexicon_files)).encode()
    return _PartWriter(out_dir / "documents", _DOCUMENT_SCHEMA.with_metadata({LEXICONS_KEY: recorded}))


def extract_to_parquet(
    inputs: Sequence[str], out_dir: Path, *, engine: str = "local", workers: int = 1,
    lexicon_files: Sequence[Path] = (), ray_address: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private_urls: bool = False, on_item: Callable[[str], None] | None = None,
) -> ExtractSummary:
    """Extract every article of ``inputs`` and write the documents and facts tables under ``out_dir``
    (``on_item`` is told each article's source as it is done, on the local engine).

    Both engines read the same inputs the same way as ``ingest`` (``ingest.readers``), so that
    ``extract`` then ``load`` gives the knowledge base ``ingest`` gives, fact for fact."""
    if engine == "ray":
        return _extract_with_ray(inputs, out_dir, workers, lexicon_files, ray_address, max_bytes,
                                 allow_private_urls)
    summary = ExtractSummary()
    documents = _documents_writer(out_dir, lexicon_files)
    facts = _PartWriter(out_dir / "facts", _FACT_SCHEMA)

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs, max_bytes=max_bytes, allow_private_urls=allow_private_urls):
            if isinstance(item, Skipped):
                summary.skipped += 1
                documents.add([_skipped_row(item)])
            else:
                yield item

    with Extractor(lexicon_files, workers) as extractor:
        for article, extraction in extractor.map(articles()):
            if on_item is not None:
                on_item(article.source)
            summary.documents += 1
            summary.facts += len(extraction.facts)
            documents.add([_document_row(extraction)])
            facts.add(_fact_rows(extraction))
    documents.flush()
    facts.flush()
    return summary


# --- Ray --------------------------------------------------------------------

#: A JSONL shard larger than this is cut at line ends into ranges that Ray reads in parallel.
_RANGE_BYTES = 4 * 1024 * 1024


@functools.lru_cache(maxsize=4)
def _domain_of(lexicon_files: tuple[str, ...]) -> DomainLexicon:
    """The domain lexicon, loaded once per Ray worker process and reused by its tasks."""
    return load_domain([Path(p) for p in lexicon_files])


def _ray_units(inputs: Sequence[str], max_bytes: int) -> Iterator[str]:
    """The work of a Ray run as JSON strings, in input order: a file or URL to read, a range of a large
    JSONL shard, stdin's bytes (read here, since a worker has no access to it), or an input already skipped.

    Only names and sizes are looked at here; the articles are read in the workers. A unit is one JSON
    string, so no empty field ever passes through Ray Data's columns (which turn None into NaN)."""
    for unit in plan_inputs(inputs):
        if isinstance(unit, Skipped):
            yield json.dumps({"skipped": unit.reason, "source": unit.source})
        elif unit == "-":
            yield json.dumps({"stdin": sys.stdin.buffer.read(max_bytes + 1).decode("latin-1")})
        elif _is_large_jsonl(unit, max_bytes):
            for start, end, line in jsonl_ranges(Path(unit), _RANGE_BYTES):
                yield json.dumps({"path": unit, "start": start, "end": end, "line": line})
        else:
            yield json.dumps({"read": unit})


def _is_large_jsonl(unit: str, max_bytes: int) -> bool:
    path = Path(unit)
    try:
        return format_of(path) == JSONL and _RANGE_BYTES < path.stat().st_size <= max_bytes
    except OSError:
        return False  # read_unit says why


def _items_of_unit(unit: dict[str, Any], max_bytes: int, allow_private_urls: bool) -> Iterator[Item]:
    if "skipped" in unit:
        yield Skipped(unit["source"], unit["skipped"])
    elif "stdin" in unit:
        yield from read_bytes("<stdin>", unit["stdin"].encode("latin-1"), max_bytes=max_bytes)
    elif "path" in unit:
        yield from read_jsonl_range(Path(unit["path"]), unit["start"], unit["end"], unit["line"])
    else:
        yield from read_unit(unit["read"], max_bytes, allow_private_urls)


_RAY_SCHEMA = pa.schema([*((name, pa.string()) for name in DOCUMENT_COLUMNS), ("facts", pa.string())])


def _extract_units(batch: dict[str, Any], lexicon_files: tuple[str, ...], max_bytes: int,
                   allow_private_urls: bool) -> pa.Table:
    """A Ray Data batch task: planned units in, one row per article read (or skipped), with its facts."""
    domain = _domain_of(lexicon_files)
    rows: list[dict[str, Any]] = []
    for unit in batch["unit"]:
        for item in _items_of_unit(json.loads(str(unit)), max_bytes, allow_private_urls):
            if isinstance(item, Skipped):
                row, fact_rows = _skipped_row(item), []
            else:
                extraction = extract(prepare(item), domain)
                row, fact_rows = _document_row(extraction), _fact_rows(extraction)
            rows.append(row | {"facts": json.dumps(fact_rows, ensure_ascii=False)})
    return pa.Table.from_pylist(rows, schema=_RAY_SCHEMA)


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise EngineUnavailable("the ray engine needs Ray: pip install 'crossreach[ray]' "
                                "(or use --engine local)") from exc
    return ray


class EngineUnavailable(RuntimeError):
    """The engine asked for is not installed."""


def _extract_with_ray(inputs: Sequence[str], out_dir: Path, workers: int, lexicon_files: Sequence[Path],
                      ray_address: str | None, max_bytes: int, allow_private_urls: bool) -> ExtractSummary:
    ray = _import_ray()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    logging.getLogger("ray").setLevel(logging.ERROR)  # its notes on auth tokens and progress bars are no news
    started_here = not ray.is_initialized()
    if started_here:
        if ray_address:
            ray.init(address=ray_address, log_to_driver=False)
        else:  # a local cluster, on loopback only
            ray.init(num_cpus=capped_workers(workers), include_dashboard=False, log_to_driver=False,
                     _node_ip_address="127.0.0.1", logging_level=logging.ERROR)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.execution_options.preserve_order = True  # the tables in input order, as the local engine writes them
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    try:
        units = list(_ray_units(inputs, max_bytes))
        summary = ExtractSummary()
        if not units:
            return summary
        dataset = ray.data.from_items([{"unit": unit} for unit in units],
                                      override_num_blocks=min(len(units), max(1, workers) * 8))
        results = dataset.map_batches(
            _extract_units, batch_size=None, batch_format="default",
            fn_kwargs={"lexicon_files": tuple(str(p) for p in lexicon_files), "max_bytes": max_bytes,
                       "allow_private_urls": allow_private_urls},
        )
        documents = _documents_writer(out_dir, lexicon_files)
        facts = _PartWriter(out_dir / "facts", _FACT_SCHEMA)
        for batch in results.iter_batches(batch_size=None, batch_format="pyarrow"):
            for row in batch.to_pylist():
                fact_rows = json.loads(row.pop("facts"))
                documents.add([row])
                if row["skipped"] is None:
                    summary.documents += 1
                    summary.facts += len(fact_rows)
                    facts.add(fact_rows)
                else:
                    summary.skipped += 1
        documents.flush()
        facts.flush()
        return summary
    finally:
        if started_here:
            ray.shutdown()


# --- loading ----------------------------------------------------------------

def parquet_documents(directory: Path) -> int:
    """How many documents the tables ``extract_to_parquet`` wrote hold (from the files' metadata)."""
    return sum(pq.ParquetFile(part).metadata.num_rows for part in sorted((directory / "documents").glob("*.parquet")))


def load_parquet(directory: Path, kb: KnowledgeBase, on_item: Callable[[BatchReport, str], None] | None = None,
                 ) -> BatchReport:
    """Import the ``documents`` table written by ``extract_to_parquet`` into the knowledge base, each
    document with the user lexicons it was extracted with."""
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
