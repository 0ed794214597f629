"""Quotes read from a document's sentences and recognised items."""

from __future__ import annotations

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon
from crossreach.models import Extraction, Fact


def relate_quotes(extraction: Extraction, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The quotes facts of one document."""
    return []
