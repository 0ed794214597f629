"""In-document coreference: short forms, acronyms and transliterations point to one entity.

- A person named in full ("SY Lau") is meant by the family name alone later ("said Lau").
- A name followed by a parenthesised acronym or transliteration ("Victoria and Albert
  Museum (V&A)", "杰西卡·摩尔（Jessica Moore）") has that form as an alias, and its
  later occurrences are mentions of the same entity.
- Every mention gets the canonical name of its entity; the document's entities list
  every surface form seen as an alias.
"""

from __future__ import annotations

import re

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon
from crossreach.models import Entity, Mention

_PARENTHESISED = re.compile(r"\s?[（(]\s?([^()（）]{1,40}?)\s?[)）]")
_ACRONYM_LIKE = re.compile(r"[A-Z][A-Za-z&.\s]{0,10}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,3}")


def resolve_mentions(
    text: str, mentions: list[Mention], lexicon: LanguageLexicon, domain: DomainLexicon
) -> tuple[list[Mention], list[Entity]]:
    """Mentions with their canonical names set, and the document's entities."""
    mentions = list(mentions)
    aliases: dict[str, Mention] = {}
    for mention in list(mentions):
        inner = _PARENTHESISED.match(text, mention.end)
        if inner is None:
            continue
        alias = inner.group(1).strip()
        if _ACRONYM_LIKE.fullmatch(alias) and not any(m.start == inner.start(1) and m.name != mention.name
                                                      for m in mentions):
            aliases.setdefault(alias, mention)
    for person in [m for m in mentions if m.type == "person" and " " in m.name]:
        family = person.name.split()[-1]
        if len(family) > 2 and domain.by_alias(family) is None:
            aliases.setdefault(family, person)
    mentions += _alias_mentions(text, aliases, mentions)
    mentions.sort(key=lambda m: m.start)
    return mentions, _entities(mentions, domain)


def _alias_mentions(text: str, aliases: dict[str, Mention], mentions: list[Mention]) -> list[Mention]:
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for alias, target in aliases.items():
        pattern = re.compile(rf"(?<![\w&]){re.escape(alias)}(?![\w&])")
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            found.append(Mention(match.start(), match.end(), alias, target.name, target.type, target.category,
                                 origin="coreference"))
            taken.append(match.span())
    return found


def _entities(mentions: list[Mention], domain: DomainLexicon) -> list[Entity]:
    entities: dict[str, Entity] = {}
    for mention in mentions:
        entity = entities.get(mention.name)
        if entity is None:
            known = domain.entities.get(mention.name) if mention.origin != "pattern" else None
            entity = Entity(name=mention.name, type=mention.type, category=mention.category,
                            parent=known.parent if known else None)
            entities[mention.name] = entity
        if mention.text not in entity.aliases:
            entity.aliases.append(mention.text)
    return list(entities.values())
