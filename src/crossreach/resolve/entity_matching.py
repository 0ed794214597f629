"""Cross-document entity matching: does a document's entity name one already in the knowledge base?

API used by ``store/repository.py`` (keep these names and shapes):
``normalise_name(name) -> str``, ``KnownEntity``, ``Match`` and
``match_entity(candidate, known) -> Match | None``. The store passes as ``known``
the entities that share at least one normalised alias with the candidate.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from crossreach.models import Entity

_NON_WORD = re.compile(r"[^\w&\s]")
_SPACES = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """NFKC, case-folded, accents and punctuation other than & removed, spaces collapsed."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = _SPACES.sub(" ", _NON_WORD.sub(" ", s)).strip()
    return s.removeprefix("the ")


@dataclass(slots=True)
class KnownEntity:
    """An entity already in the knowledge base."""

    id: int
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Match:
    """The knowledge-base entity a candidate resolves to, and why (kept with the aliases)."""

    entity_id: int
    reason: str


def _compatible(a: str, b: str) -> bool:
    company_like = {"organization", "platform"}
    return a == b or (a in company_like and b in company_like)


def match_entity(candidate: Entity, known: Sequence[KnownEntity]) -> Match | None:
    """The known entity of a compatible type that shares a normalised name with the candidate."""
    names = {normalise_name(n) for n in [candidate.name, *candidate.aliases]} - {""}
    for entity in known:
        if not _compatible(candidate.type, entity.type):
            continue
        if normalise_name(entity.name) in names:
            return Match(entity.id, "same normalised name")
        if names & {normalise_name(a) for a in entity.aliases}:
            return Match(entity.id, "shared alias")
    return None
