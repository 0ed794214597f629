"""Batch ingest: read inputs, prepare documents, extract and store them one transaction at a time.

This is the library function behind ``crossreach ingest`` and ``reextract``;
the CLI only shows progress and messages. A document whose text is already
stored (same id) with the current extractor version is not extracted again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from crossreach.domain import DomainLexicon
from crossreach.ingest import Article, Skipped, prepare, read_inputs
from crossreach.ingest.readers import DEFAULT_MAX_BYTES
from crossreach.pipeline import extract
from crossreach.store import KnowledgeBase


@dataclass
class BatchReport:
    """What a batch did, for the summary and the exit code."""

    added: int = 0
    duplicates: int = 0
    reextracted: int = 0
    facts: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added + self.duplicates + self.reextracted


Progress = Callable[[BatchReport, str], None]


def ingest(
    inputs: Iterable[str],
    kb: KnowledgeBase,
    domain: DomainLexicon,
    *,
    reextract: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_item: Progress | None = None,
) -> BatchReport:
    """Ingest every article of ``inputs``; bad inputs are reported in the result, never raised."""
    report = BatchReport()
    for item in read_inputs(inputs, max_bytes=max_bytes):
        if isinstance(item, Skipped):
            report.skipped.append(item)
        else:
            _ingest_article(item, kb, domain, reextract, report)
        if on_item is not None:
            on_item(report, item.source)
    return report


def _ingest_article(article: Article, kb: KnowledgeBase, domain: DomainLexicon, reextract: bool,
                    report: BatchReport) -> None:
    document = prepare(article)
    if not reextract and kb.has_current(document.doc_id):
        kb.add_source(document.doc_id, document.source)
        report.duplicates += 1
        return
    outcome = kb.save(extract(document, domain), force=reextract)
    report.facts += outcome.facts
    if outcome.status == "added":
        report.added += 1
    elif outcome.status == "reextracted":
        report.reextracted += 1
    else:
        report.duplicates += 1


def reextract_stored(kb: KnowledgeBase, domain: DomainLexicon, *, all_documents: bool = False,
                     on_item: Progress | None = None) -> BatchReport:
    """Rebuild the facts of stored documents from their stored texts (outdated ones unless ``all_documents``)."""
    report = BatchReport()
    for document in kb.stored_documents(outdated_only=not all_documents):
        outcome = kb.save(extract(document, domain), force=True)
        report.reextracted += 1
        report.facts += outcome.facts
        if on_item is not None:
            on_item(report, document.source)
    return report
