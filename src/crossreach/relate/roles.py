"""Roles read from a document's sentences and recognised items."""

from __future__ import annotations

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon
from crossreach.models import Extraction, Fact


def relate_roles(extraction: Extraction, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The roles facts of one document."""
    return []
