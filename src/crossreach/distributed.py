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

import dataclasses
import functools
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from crossreach.batch import BatchReport, Extractor
from crossreach.codec import decode_extraction, encode_extraction
from crossreach.domain import DomainLexicon, load_domain
from crossreach.export import FLAT_COLUMNS, flat_rows
from crossreach.ingest import Article, Skipped, prepare, read_inputs
from crossreach.ingest.readers import article_from_record
from crossreach.models import Extraction
from crossreach.pipeline import extract
from crossreach.record import document_record
from crossreach.store import KnowledgeBase

ENGINES = ("local", "ray")
DOCUMENT_COLUMNS = ("source", "doc_id", "extraction", "skipped")
_ROWS_PER_FILE = 2000


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


def extract_to_parquet(
    inputs: Sequence[str], out_dir: Path, *, engine: str = "local", workers: int = 1,
    lexicon_files: Sequence[Path] = (), ray_address: str | None = None,
    on_item: Callable[[str], None] | None = None,
) -> ExtractSummary:
    """Extract every article of ``inputs`` and write the documents and facts tables under ``out_dir``
    (``on_item`` is told each article's source as it is done, on the local engine)."""
    if engine == "ray":
        return _extract_with_ray(inputs, out_dir, workers, lexicon_files, ray_address)
    summary = ExtractSummary()
    documents = _PartWriter(out_dir / "documents", _DOCUMENT_SCHEMA)
    facts = _PartWriter(out_dir / "facts", _FACT_SCHEMA)

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs):
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

@functools.lru_cache(maxsize=4)
def _domain_of(lexicon_files: tuple[str, ...]) -> DomainLexicon:
    """The domain lexicon, loaded once per Ray worker process and reused by its tasks."""
    return load_domain([Path(p) for p in lexicon_files])


def _extract_batch(batch: dict[str, Any], lexicon_files: tuple[str, ...]) -> dict[str, list[Any]]:
    """A Ray Data batch task: JSONL lines or article records in, document rows (and their facts) out."""
    domain = _domain_of(lexicon_files)
    out: dict[str, list[Any]] = {name: [] for name in DOCUMENT_COLUMNS}
    out["facts"] = []
    for item in _articles_of_batch(batch):
        if isinstance(item, Skipped):
            row, fact_rows = _skipped_row(item), []
        else:
            extraction = extract(prepare(item), domain)
            row, fact_rows = _document_row(extraction), _fact_rows(extraction)
        for name in DOCUMENT_COLUMNS:
            out[name].append(row[name])
        out["facts"].append(json.dumps(fact_rows, ensure_ascii=False))
    return out


def _articles_of_batch(batch: dict[str, Any]) -> Iterator[Article | Skipped]:
    if "line" in batch:  # JSONL shards read as text
        for path, line in zip(batch["path"], batch["line"], strict=True):
            if not str(line).strip():
                continue
            try:
                record = json.loads(str(line))
            except json.JSONDecodeError as exc:
                yield Skipped(str(path), f"not valid JSON ({exc.msg})")
                continue
            if not isinstance(record, dict):
                yield Skipped(str(path), "a JSON object was expected")
                continue
            yield article_from_record(str(path), 0, record)
    else:  # articles read by the driver
        for values in zip(*(batch[name] for name in _ARTICLE_FIELDS), strict=True):
            fields = {name: (None if v is None else str(v)) for name, v in zip(_ARTICLE_FIELDS, values, strict=True)}
            yield Article(**fields)  # type: ignore[arg-type]


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))


def _extract_with_ray(inputs: Sequence[str], out_dir: Path, workers: int, lexicon_files: Sequence[Path],
                      ray_address: str | None) -> ExtractSummary:
    import ray

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    started_here = not ray.is_initialized()
    if started_here:
        if ray_address:
            ray.init(address=ray_address, log_to_driver=False)
        else:  # a local cluster, on loopback only
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                     _node_ip_address="127.0.0.1", logging_level=logging.WARNING)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    try:
        jsonl = [p for p in inputs if p.endswith((".jsonl", ".ndjson"))]
        others = [p for p in inputs if p not in jsonl]
        datasets = []
        if jsonl:
            lines = ray.data.read_text(jsonl, include_paths=True)
            datasets.append(lines.map_batches(_rename_text_column, batch_format="default"))
        summary = ExtractSummary()
        if others:
            skipped = _PartWriter(out_dir / "documents", _DOCUMENT_SCHEMA, prefix="driver")
            items = []
            for item in read_inputs(others):
                if isinstance(item, Skipped):
                    skipped.add([_skipped_row(item)])
                    summary.skipped += 1
                else:
                    items.append(dataclasses.asdict(item))
            skipped.flush()
            if items:
                datasets.append(ray.data.from_items(items))
        for n, dataset in enumerate(datasets):
            result = dataset.map_batches(
                _extract_batch, fn_kwargs={"lexicon_files": tuple(str(p) for p in lexicon_files)},
                batch_size=32, batch_format="default",
            ).materialize()
            documents = result.select_columns(list(DOCUMENT_COLUMNS))
            _write_ray_table(documents, out_dir / "documents", f"ray{n}")
            facts = result.flat_map(_explode_facts).materialize()
            if facts.count():
                _write_ray_table(facts, out_dir / "facts", f"ray{n}")
            for row in documents.iter_rows():
                summary.documents += row["skipped"] is None
                summary.skipped += row["skipped"] is not None
            summary.facts += facts.count()
        return summary
    finally:
        if started_here:
            ray.shutdown()


def _rename_text_column(batch: dict[str, Any]) -> dict[str, Any]:
    return {"path": batch["path"], "line": batch["text"]}


def _explode_facts(row: dict[str, Any]) -> list[dict[str, Any]]:
    return json.loads(row["facts"])


def _write_ray_table(dataset: Any, directory: Path, prefix: str) -> None:
    """Ray's Parquet files, renamed into the same part-numbered layout as the local engine."""
    staging = directory.parent / f".{directory.name}-{prefix}"
    dataset.write_parquet(str(staging))
    directory.mkdir(parents=True, exist_ok=True)
    for i, part in enumerate(sorted(staging.glob("*.parquet"))):
        part.rename(directory / f"part-{prefix}-{i:05d}.parquet")
    for leftover in staging.iterdir():
        leftover.unlink()
    staging.rmdir()


# --- loading ----------------------------------------------------------------

def parquet_documents(directory: Path) -> int:
    """How many documents the tables ``extract_to_parquet`` wrote hold (from the files' metadata)."""
    return sum(pq.ParquetFile(part).metadata.num_rows for part in sorted((directory / "documents").glob("*.parquet")))


def load_parquet(directory: Path, kb: KnowledgeBase, on_item: Callable[[BatchReport, str], None] | None = None,
                 ) -> BatchReport:
    """Import the ``documents`` table written by ``extract_to_parquet`` into the knowledge base."""
    report = BatchReport()
    parts = sorted((directory / "documents").glob("*.parquet"))
    if not parts:
        raise FileNotFoundError(f"{directory}: no documents/*.parquet (write them with `crossreach extract`)")
    with kb.batch() as writer:
        for part in parts:
            for batch in pq.ParquetFile(part).iter_batches(batch_size=256, columns=list(DOCUMENT_COLUMNS)):
                for row in batch.to_pylist():
                    if row["extraction"] is None:
                        report.skipped.append(Skipped(row["source"], row["skipped"] or "skipped at extraction"))
                    else:
                        outcome = writer.save(decode_extraction(json.loads(row["extraction"])))
                        report.count(outcome.status, outcome.facts)
                    if on_item is not None:
                        on_item(report, row["source"])
    return report
