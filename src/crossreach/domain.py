"""The domain lexicon: platforms, companies, brands and institutions a specialist would list.

Loaded from ``lexicons/domain/*.yaml`` and the user's ``--lexicon`` files (format
in ``lexicons/domain/README.md``). Names are found in text with one Aho-Corasick
automaton over every alias; Chinese aliases are also indexed in traditional
characters (OpenCC), so 騰訊 finds Tencent as 腾讯 does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import opencc
import yaml

from crossreach.lexicon import read_yaml
from crossreach.models import ORGANIZATION_CATEGORIES, Entity

ENTITY_TYPES = ("organization", "platform", "event", "work", "place")


class DomainLexiconError(ValueError):
    """A domain lexicon file with a bad entry; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class AliasHit:
    """An alias found in text."""

    start: int
    end: int
    entity: Entity


@dataclass
class DomainLexicon:
    """Known entities by canonical name, with their aliases in every script."""

    entities: dict[str, Entity] = field(default_factory=dict)
    _automaton: Any = None

    def by_alias(self, name: str) -> Entity | None:
        """The entity one of whose names (any case) is ``name``."""
        return self._alias_index().get(name.casefold())

    def find(self, text: str, endings: tuple[str, ...] = ()) -> Iterator[AliasHit]:
        """Every alias occurrence in ``text`` at word boundaries (longest first where they overlap).

        ``endings`` are the language's case endings a name may carry ("Tencents" in German): the
        hit is the name without its ending.
        """
        automaton = self._build()
        if automaton is None:
            return
        lowered = text.lower() if len(text.lower()) == len(text) else text
        hits: list[AliasHit] = []
        for end_index, (length, spellings) in automaton.iter(lowered):
            start, end = end_index - length + 1, end_index + 1
            surface = text[start:end]
            for spelling, canonical in spellings:
                if _bounded(text, start, end, spelling, endings) and _case_fits(surface, spelling):
                    hits.append(AliasHit(start, end, self.entities[canonical]))
                    break
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        taken = -1
        for hit in hits:
            if hit.start >= taken:
                taken = hit.end
                yield hit

    def _alias_index(self) -> dict[str, Entity]:
        return _index(self)

    def _build(self) -> Any:
        if self._automaton is None and self.entities:
            automaton = ahocorasick.Automaton()
            spellings: dict[str, list[tuple[str, str]]] = {}
            for entity in self.entities.values():
                for alias in (entity.name, *entity.aliases):
                    for form in _forms(alias):
                        spellings.setdefault(form.lower(), []).append((form, entity.name))
            for key, forms in spellings.items():
                automaton.add_word(key, (len(key), forms))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=8)
def _index(domain: DomainLexicon) -> dict[str, Entity]:
    index: dict[str, Entity] = {}
    for entity in domain.entities.values():
        for alias in (entity.name, *entity.aliases):
            for form in _forms(alias):
                index.setdefault(form.casefold(), entity)
    return index


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _forms(alias: str) -> list[str]:
    """The spellings an alias is matched in: itself and, for Chinese, its traditional form."""
    if any("\u4e00" <= c <= "\u9fff" for c in alias):
        return list(dict.fromkeys((alias, _to_traditional().convert(alias))))
    return [alias]


def _case_fits(surface: str, spelling: str) -> bool:
    """Whether text written ``surface`` can be the name spelled ``spelling``.

    Short or all-capital Latin names ("LV", "RED", "V&A") must match their exact case. Other
    names need their capitals where the spelling has them, except an initial one when a later
    capital marks the name ("musée d'Orsay"): "prado" is a meadow, not the Museo del Prado.
    """
    if not spelling.isascii() and not any(c.isupper() for c in spelling):
        return True
    if (len(spelling) <= 4 or spelling.isupper()) and spelling.isascii():
        return surface == spelling
    capitals = [i for i, c in enumerate(spelling) if c.isupper()]
    required = capitals[1:] if len(capitals) > 1 else capitals
    return all(surface[i].isupper() for i in required)


def _bounded(text: str, start: int, end: int, alias: str, endings: tuple[str, ...] = ()) -> bool:
    """Latin-script aliases must stand as whole words, or carry one of the case ``endings`` (Han
    characters around them are a boundary); Chinese ones need no boundary."""
    if alias[0].isalnum() and alias[0].isascii() and start > 0 and _joins(text[start - 1]):
        return False
    last = alias[-1]
    if not (last.isalnum() and last.isascii()):
        return True
    return any(text.startswith(ending, end) and not _joins_at(text, end + len(ending)) for ending in ("", *endings))


def _joins_at(text: str, index: int) -> bool:
    return index < len(text) and _joins(text[index])


def _joins(char: str) -> bool:
    """Whether a character next to a Latin name makes it part of a longer word."""
    return char.isalnum() and not ("\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff")


def _domain_dir() -> Any:
    return resources.files("crossreach") / "lexicons" / "domain"


def _entries(text: str, where: str) -> list[dict[str, Any]]:
    try:
        data = read_yaml(text) or []
    except yaml.YAMLError as exc:
        raise DomainLexiconError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, list):
        raise DomainLexiconError(f"{where}: a list of entries was expected")
    return data


def check_entry(entry: object, where: str) -> Entity:
    """The entity of one lexicon entry, or DomainLexiconError saying what is wrong with it."""
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise DomainLexiconError(f"{where}: an entry needs a 'name'")
    name = entry["name"].strip()
    kind = entry.get("type")
    if kind not in ENTITY_TYPES:
        raise DomainLexiconError(f"{where}: {name}: type must be one of {', '.join(ENTITY_TYPES)}")
    category = entry.get("category")
    if category is not None and category not in ORGANIZATION_CATEGORIES:
        raise DomainLexiconError(f"{where}: {name}: unknown category {category!r}")
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise DomainLexiconError(f"{where}: {name}: aliases must be a list of names")
    return Entity(name=name, type=kind, category=category, aliases=[a for a in aliases if a.strip()],
                  parent=entry.get("parent"))


def load_domain(extra_files: Iterable[Path] = ()) -> DomainLexicon:
    """The shipped domain lexicon, extended (and overridden by name) by the user's files."""
    return _load(tuple(str(p) for p in extra_files))


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> DomainLexicon:
    domain = DomainLexicon()
    sources = [(p.read_text(encoding="utf-8"), f"lexicons/domain/{p.name}")
               for p in sorted(_domain_dir().iterdir(), key=lambda p: p.name) if p.name.endswith(".yaml")]
    for extra in extra_files:
        try:
            sources.append((Path(extra).read_text(encoding="utf-8"), extra))
        except OSError as exc:
            raise DomainLexiconError(f"{extra}: cannot read the lexicon file: {exc.strerror or exc}") from exc
    for text, where in sources:
        for n, entry in enumerate(_entries(text, where), 1):
            entity = check_entry(entry, f"{where}: entry {n}")
            known = domain.entities.get(entity.name)
            if known is not None and known.type == entity.type:
                known.aliases = sorted(set(known.aliases) | set(entity.aliases))
                known.category = entity.category or known.category
            else:
                domain.entities[entity.name] = entity
    return domain
