"""Entity mentions: lexicon entries and names discovered in text."""

from __future__ import annotations

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon
from crossreach.models import Mention, Sentence


def recognise_mentions(
    text: str, sentences: list[Sentence], lexicon: LanguageLexicon, domain: DomainLexicon
) -> list[Mention]:
    """Every entity mention in ``text``, in order of its start offset."""
    return []
