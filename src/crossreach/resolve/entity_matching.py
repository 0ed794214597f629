"""Cross-document entity matching: does a document's entity name one already in the knowledge base?

API used by ``store/repository.py`` (keep these names and shapes):
``normalise_name(name) -> str``, ``KnownEntity``, ``Match``,
``match_entity(candidate, known[, names]) -> Match | None`` (the store passes as ``known``
the entities that share at least one normalised alias with the candidate) and
``similar_entity(candidate, known) -> Match | None`` (for those whose names
start with the same four letters).

Lexicon names and normalised names decide first; rapidfuzz similarity then joins
spellings of one company ("Kuaishou Technologies" = "Kuaishou Technology"), with
types that agree. Persons are never joined by similarity: "Lau" and "SY Lau", or
two people who share a surname, stay apart unless a document says they are one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from crossreach.lexicon import every_language
from crossreach.models import Entity

#: The least rapidfuzz ratio (0-100) at which two organization names are one spelling of the same name.
SIMILARITY_THRESHOLD = 92.0
_NON_WORD = re.compile(r"[^\w&\s]")
_SPACES = re.compile(r"\s+")


def fold_name(name: str) -> str:
    """A name as names are compared: NFKC, case-folded, accents and punctuation other than &
    removed, spaces collapsed. The evaluator's ``norm`` folds the same way."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", s)).strip()


@lru_cache(maxsize=1)
def _leading_articles() -> tuple[str, ...]:
    """Every language's articles dropped from the front of a name (``names.leading_articles``),
    folded, each with its space: a knowledge base compares names across languages."""
    return tuple(dict.fromkeys(fold_name(a) + " " for a in every_language("names", "leading_articles")))


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """``fold_name``, then a leading article dropped ("The Louvre" is "louvre") (cached: the store
    normalises the same few thousand names again and again)."""
    s = fold_name(name)
    article = next((a for a in _leading_articles() if s.startswith(a)), "")
    return s[len(article):]


def normalised_names(names: Iterable[str]) -> set[str]:
    """The non-empty normalised forms of some names."""
    return {norm for name in names if (norm := normalise_name(name))}


@dataclass(slots=True)
class KnownEntity:
    """An entity already in the knowledge base."""

    id: int
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    category: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """The knowledge-base entity a candidate resolves to, and why (kept with the aliases)."""

    entity_id: int
    reason: str


def _compatible(a: str, b: str) -> bool:
    company_like = {"organization", "platform"}
    return a == b or (a in company_like and b in company_like)


def match_entity(candidate: Entity, known: Sequence[KnownEntity], names: set[str] | None = None) -> Match | None:
    """The known entity of a compatible type that shares a normalised name with the candidate.

    The candidate's own name decides before its other aliases, so that a document's
    "SY Lau" (also called "Lau" there) joins SY Lau and not an entity named Lau.
    ``names``: the candidate's ``normalised_names`` when the caller has them already.
    """
    own = normalise_name(candidate.name)
    if names is None:
        names = normalised_names([candidate.name, *candidate.aliases])
    compatible = [e for e in known if _compatible(candidate.type, e.type)]
    for entity in compatible:
        if normalise_name(entity.name) == own:
            return Match(entity.id, "same normalised name")
    for entity in compatible:
        if own in {normalise_name(a) for a in entity.aliases}:
            return Match(entity.id, "shared alias")
    for entity in compatible:
        if normalise_name(entity.name) in names or names & {normalise_name(a) for a in entity.aliases}:
            return Match(entity.id, "shared alias")
    return None


def similar_entity(candidate: Entity, known: Sequence[KnownEntity]) -> Match | None:
    """The known organization or platform whose name is another spelling of the candidate's."""
    if candidate.type == "person":
        return None
    from rapidfuzz import fuzz  # here: the extraction pipeline imports this module for ``normalise_name`` alone

    own = normalise_name(candidate.name)
    best: tuple[float, int] | None = None
    for entity in known:
        if entity.type == "person" or not _compatible(candidate.type, entity.type):
            continue
        for alias in {entity.name, *entity.aliases}:
            score = fuzz.ratio(own, normalise_name(alias))
            if score >= SIMILARITY_THRESHOLD and (best is None or score > best[0]):
                best = (score, entity.id)
    return None if best is None else Match(best[1], f"similar name ({best[0]:.0f}%)")
