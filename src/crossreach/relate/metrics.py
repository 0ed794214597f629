"""Metrics read from a document's sentences and recognised items."""

from __future__ import annotations

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon
from crossreach.models import Extraction, Fact


def relate_metrics(extraction: Extraction, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The metrics facts of one document."""
    return []
