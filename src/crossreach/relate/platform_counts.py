"""Counts of what a platform hosts ("more than 40,000 brands on Tmall Global", "290,000 brands took
part", "plus de 400 marques ... sur l'application") are the platform's own figure, whoever the
sentence is about: the brands, merchants or sellers are counted on it, not by the brand named next
to the figure. The words are the ``metrics.platform_counts`` of each language's lexicon."""

from __future__ import annotations

from crossreach.lexicon import LanguageLexicon
from crossreach.models import Metric


def platform_counts(lexicon: LanguageLexicon, facts: list[Metric]) -> list[Metric]:
    """The facts, each count of kind ``other`` whose label names what a platform hosts and that was
    counted on a platform given that platform for subject."""
    hosted = {str(word).casefold() for word in lexicon.section("metrics").get("platform_counts") or []}
    for fact in facts:
        if fact.kind == "other" and fact.platform and fact.label in hosted:
            fact.subject = fact.platform
    return facts
