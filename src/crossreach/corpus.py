"""A scored corpus read in memory: its texts extracted, its records, and a hash of its files.

The quality gate (``tests/test_quality_gate.py``) and the owner ranker's training script
(``scripts/train_owner_ranker.py``) read corpora this way, without a knowledge base: one
ingest of each corpus, the same ``extract`` as ``crossreach ingest``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from crossreach.domain import DomainLexicon, load_domain
from crossreach.ingest import Article, prepare
from crossreach.ingest.readers import read_inputs
from crossreach.models import Extraction
from crossreach.pipeline import extract
from crossreach.record import document_record


def extract_corpus(texts: Path, domain: DomainLexicon | None = None,
                   screen: bool = True) -> list[Extraction]:
    """Every article under ``texts`` extracted, in path order (what could not be read is left out);
    ``screen=False`` keeps the metrics the figure screen would leave out."""
    domain = domain or load_domain()
    return [extract(prepare(item), domain, screen=screen)
            for item in read_inputs([str(texts)]) if isinstance(item, Article)]


def corpus_records(extractions: list[Extraction]) -> list[dict[str, Any]]:
    """The FACTS.md records of extracted documents, as ``export`` writes them."""
    return [document_record(extraction) for extraction in extractions]


def corpus_hash(directory: Path) -> str:
    """A SHA-256 over the names and bytes of a corpus's files (texts and gold), so a changed corpus shows."""
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()
