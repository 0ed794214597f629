"""The domain lexicon: platforms, companies, brands and institutions a specialist would list.

Loaded from ``lexicons/domain/*.yaml`` and the user's ``--lexicon`` files (format
in ``lexicons/domain/README.md``): plain entries, or groups of entries that share a
type, category and country. Names are found in text with Aho-Corasick automata
over every alias (one over the lower-cased text, one over the text as written for
the names that only match so: "UN", "On"); Chinese aliases are also indexed in traditional
characters (OpenCC, standard, Taiwan and Hong Kong forms), so 騰訊 finds Tencent as
腾讯 does. Names that are also common words ("On", "Next") are marked
``ambiguous``: they match their exact case only, and the recogniser keeps them only
with context.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any

from crossreach import models
from crossreach.build_cache import cached, source_digest
from crossreach.lexicon import builder_source, read_yaml, script, writes_unspaced
from crossreach.models import ORGANIZATION_CATEGORIES, Entity
from crossreach.quick_records import quick_init

ENTITY_TYPES = ("organization", "platform", "event", "work", "place")
#: The finer kinds of organization an entry may give (``kind``), for what a noun phrase such as "the
#: league" or "il club" points back to (``relate.referent_kinds``); the language files list their head nouns.
ENTITY_KINDS = ("orchestra", "museum", "university", "theatre", "festival", "fair", "tournament", "federation",
                "league", "club", "park", "tourism_board", "winery", "carmaker")


class DomainLexiconError(ValueError):
    """A domain lexicon file with a bad entry; the message names the file and the entry."""


@quick_init
@dataclass(frozen=True, slots=True)
class AliasHit:
    """An alias found in text."""

    start: int
    end: int
    entity: Entity
    ambiguous: bool = False


@dataclass
class DomainLexicon:
    """Known entities by canonical name, with their aliases in every script.

    ``ambiguous`` holds the spellings that are also common words (kept only with context),
    ``countries`` the country code an entry's group gives (for counts by language).
    """

    entities: dict[str, Entity] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    countries: dict[str, str] = field(default_factory=dict)
    #: The names an entry gives for some languages only (its ``names``), by spelling: the languages whose
    #: texts they are found in ("Milan" names the club in Italian, where the city is "Milano").
    local_names: dict[str, frozenset[str]] = field(default_factory=dict)
    #: The kind an entry gives itself (``kind``), by canonical name, and the kind its group gives its
    #: entries (a name's own head word, "Lega Serie A", comes before a group's default).
    kinds: dict[str, str] = field(default_factory=dict)
    group_kinds: dict[str, str] = field(default_factory=dict)
    _automaton: Any = None
    #: The names that only match as written (``_exact_case``), in an automaton of their own over the
    #: text as it is: "UN" or "On" are not found, then thrown away, inside every "fun" and "long".
    _exact_automaton: Any = None
    #: What each key of the automata stands for (its length, its spellings, whether it is matched as
    #: written), by the number the automata store: automata of numbers are read back from the build
    #: cache three times faster than automata of Python objects, which pickle every value apart.
    _payload: list[tuple[int, tuple[tuple[str, str, bool, bool], ...], bool]] = field(default_factory=list)

    def by_alias(self, name: str) -> Entity | None:
        """The entity one of whose names (any case) is ``name``."""
        return self._alias_index().get(name.casefold())

    def find(self, text: str, endings: tuple[str, ...] = (), language: str | None = None) -> Iterator[AliasHit]:
        """Every alias occurrence in ``text`` at word boundaries (longest first where they overlap).

        Latin-script aliases must stand as whole words (Han characters around them are a boundary);
        Chinese ones need no boundary. ``endings`` are the language's case endings a name may carry
        ("Tencents" in German): the hit is the name without its ending. A name given for some
        languages only is found in a text of one of them (``language``), or where none is said.
        """
        local = self.local_names if language is not None else {}
        automaton = self._build()
        if automaton is None:
            return
        lowered = text.lower()
        as_written = len(lowered) != len(text)  # then the text is searched as it is, for lower-case names
        if as_written:
            lowered = text
        hits: list[AliasHit] = []
        ambiguous_spellings = self.ambiguous
        found = chain(automaton.iter(lowered) if len(automaton) else (),
                      self._exact_automaton.iter(text) if len(self._exact_automaton) else ())
        payload = self._payload
        for end_index, slot in found:
            length, spellings, exact_case = payload[slot]
            start, end = end_index - length + 1, end_index + 1
            if exact_case and as_written:  # as the lower-case key alone would have been found
                spellings = tuple(s for s in spellings if s[0] == s[0].lower())
            surface = text[start:end]
            # What stands around the hit is the same for every spelling of it: read once, when asked.
            joined_before = ends_word = None
            for spelling, canonical, latin_first, latin_last in spellings:
                if latin_first and start > 0:
                    if joined_before is None:
                        joined_before = _joins(text[start - 1])
                    if joined_before:
                        continue
                if latin_last:
                    if ends_word is None:  # (the name alone first: most languages have no endings)
                        ends_word = not _joins_at(text, end) or any(text.startswith(ending, end)
                                                                    and not _joins_at(text, end + len(ending))
                                                                    for ending in endings)
                    if not ends_word:
                        continue
                if local and language not in local.get(spelling, (language,)):
                    continue  # a name of another language's texts
                ambiguous = spelling in ambiguous_spellings
                if surface == spelling if ambiguous else _case_fits(surface, spelling):
                    hits.append(AliasHit(start, end, self.entities[canonical], ambiguous))
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
            import ahocorasick

            automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            # Each spelling with whether its first and last characters are Latin letters or digits,
            # which then must stand as whole words (Han characters around them are a boundary) or carry one of
            # the language's case endings, worked out once here, not per hit.
            spellings: dict[str, list[tuple[str, str, bool, bool]]] = {}
            for entity in self.entities.values():
                for alias in (entity.name, *entity.aliases):
                    for form in _forms(alias):
                        spellings.setdefault(form.lower(), []).append(
                            (form, entity.name, _latin(form[0]), _latin(form[-1])))
            exact = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            payload: list[tuple[int, tuple[tuple[str, str, bool, bool], ...], bool]] = [(2, (), False)]
            # pyahocorasick looks a character up among a node's children one after the other, and a
            # text's characters are mostly looked up among the root's (some nine hundred first
            # characters). So the spellings that open with an ASCII letter or digit go in first, which
            # puts those first among the root's children, where the letters of a text are looked up;
            # then spaces and punctuation, which open no name, get a child of their own that leads to
            # none (a key closed by NUL, with no spelling: it finds nothing), instead of being compared
            # with every child; the spellings that open with another character come after them.
            ordered = sorted(spellings.items(), key=lambda item: not item[0][0].isascii())
            passing_at = sum(1 for key in spellings if key[0].isascii())
            for index, (key, forms) in enumerate(ordered):
                if index == passing_at:
                    for char in _passing_characters():
                        automaton.add_word(f"{char}\x00", 0)  # (payload 0: no spelling)
                if not all(_exact_case(form[0]) for form in forms):
                    automaton.add_word(key, len(payload))
                    payload.append((len(key), tuple(forms), False))
                    continue
                for written in dict.fromkeys(form[0] for form in forms):  # its spellings, in their order
                    exact.add_word(written, len(payload))
                    payload.append((len(written), tuple(f for f in forms if f[0] == written), True))
            for built in (automaton, exact):
                if len(built):
                    built.make_automaton()
            self._automaton, self._exact_automaton, self._payload = automaton, exact, payload
        return self._automaton

    def __hash__(self) -> int:
        return id(self)

    def __getstate__(self) -> dict[str, Any]:
        """The fields to pickle, each entity as a tuple of its fields: the build cache reads some seven
        thousand of them back, and a tuple unpickles in half the time of an object with its state."""
        state = {name: getattr(self, name) for name in self.__dataclass_fields__}
        state["entities"] = [(e.name, e.type, e.category, e.aliases, e.parent) for e in self.entities.values()]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = dict(state)
        state["entities"] = {row[0]: Entity(*row) for row in state["entities"]}
        for name, value in state.items():
            setattr(self, name, value)


@lru_cache(maxsize=8)
def _index(domain: DomainLexicon) -> dict[str, Entity]:
    index: dict[str, Entity] = {}
    for entity in domain.entities.values():
        for alias in (entity.name, *entity.aliases):
            for form in _forms(alias):
                index.setdefault(form.casefold(), entity)
    return index


@lru_cache(maxsize=4)
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


#: Traditional scripts a simplified name is also written in: standard, Taiwan, Hong Kong.
_TRADITIONAL = ("s2t", "s2tw", "s2hk")


def _is_han(name: str) -> bool:
    return script().han_re.search(name) is not None


def traditional_forms(name: str) -> list[str]:
    """The traditional-script spellings of a Chinese name other than itself (none for a Latin one).
    The shipped files list them already (``scripts/traditional_names.py``); a user's file need not."""
    if not _is_han(name):
        return []
    return [f for f in dict.fromkeys(_converter(c).convert(name) for c in _TRADITIONAL) if f != name]


def _forms(alias: str) -> tuple[str, ...]:
    """The spellings an alias is matched in (the loader has added the traditional ones as aliases)."""
    return (alias,)


def _exact_case(spelling: str) -> bool:
    """Whether a name matches only as it is written: a Latin name of three letters or fewer, or one
    in capitals (``_case_fits``; an ambiguous name of that shape also matches only so)."""
    return spelling.isascii() and (len(spelling) <= 3 or spelling.isupper())


@cache
def _passing_characters() -> str:
    """Spaces, line breaks and punctuation: characters a text is full of and no name opens with."""
    import string

    chars = script()
    return "".join(dict.fromkeys(string.whitespace + string.punctuation + chars.spaces + chars.quote_marks
                                 + chars.clause_breaks + chars.wide_breaks + chars.name_breaks + chars.dashes
                                 + chars.sentence_ends + chars.closers))


def _latin(char: str) -> bool:
    """Whether a name's first or last character is a Latin letter or digit (then it needs a boundary)."""
    return char.isalnum() and char.isascii()


@lru_cache(maxsize=8192)
def _case_fits(surface: str, spelling: str) -> bool:
    """Whether text written ``surface`` can be the name spelled ``spelling``.

    A name of four letters or more may be written in capitals ("NUXE"). Otherwise short or
    all-capital Latin names ("LV", "RED", "V&A") must match their exact case. Other
    names need their capitals where the spelling has them, except an initial one when a later
    capital marks the name ("musée d'Orsay"): "prado" is a meadow, not the Museo del Prado.
    """
    if not spelling.isascii() and not any(c.isupper() for c in spelling):
        return True
    if surface.isupper() and len(spelling) >= 4 and not spelling.isupper():
        return True  # a name of four letters or more written in capitals ("NUXE" for Nuxe)
    if (len(spelling) <= 4 or spelling.isupper()) and spelling.isascii():
        return surface == spelling
    capitals = [i for i, c in enumerate(spelling) if c.isupper()]
    required = capitals[1:] if len(capitals) > 1 else capitals
    return all(surface[i].isupper() for i in required)


def _joins_at(text: str, index: int) -> bool:
    return index < len(text) and _joins(text[index])


@lru_cache(maxsize=1024)
def _joins(char: str) -> bool:
    """Whether a character next to a Latin name makes it part of a longer word."""
    return char.isalnum() and not writes_unspaced(char)


def _domain_dir() -> Any:
    return resources.files("crossreach") / "lexicons" / "domain"


def _entries(text: str, where: str) -> list[dict[str, Any]]:
    import yaml

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
    names = entry.get("names") or {}
    if not isinstance(names, dict) or not all(
            isinstance(v, list) and all(isinstance(a, str) for a in v) for v in names.values()):
        raise DomainLexiconError(f"{where}: {name}: names must map a language to a list of names")
    every = dict.fromkeys(a.strip() for a in [*aliases, *(a for v in names.values() for a in v)] if a.strip())
    every.pop(name, None)
    ambiguous = entry.get("ambiguous") or []
    if not isinstance(ambiguous, list) or not set(ambiguous) <= {name, *every}:
        raise DomainLexiconError(f"{where}: {name}: ambiguous must list some of the entry's names")
    for key in ("kind", "group_kind"):
        if entry.get(key) is not None and entry[key] not in ENTITY_KINDS:
            raise DomainLexiconError(f"{where}: {name}: unknown kind {entry[key]!r}")
    return Entity(name=name, type=kind, category=category, aliases=list(every), parent=entry.get("parent"))


def _from_line(line: str) -> dict[str, Any]:
    """The entry of a line "Name | alias | ~Alias": a name marked "~" is also a common word."""
    parts = [part.strip() for part in line.split(" | ") if part.strip()]
    names = [part.removeprefix("~").strip() for part in parts]
    ambiguous = [name for part, name in zip(parts, names, strict=True) if part.startswith("~")]
    return {"name": names[0], "aliases": names[1:], **({"ambiguous": ambiguous} if ambiguous else {})}


def _expanded(items: list[Any], where: str) -> Iterator[tuple[dict[str, Any], str]]:
    """The entries of a file with their places; a group's entries take its shared fields, and a
    string entry is "Name | alias | alias"."""
    for n, item in enumerate(items, 1):
        if isinstance(item, dict) and "group" in item:
            shared = item.get("group") or {}
            if isinstance(shared, dict) and "kind" in shared:  # (a default: an entry's own kind comes first)
                shared = {**{k: v for k, v in shared.items() if k != "kind"}, "group_kind": shared["kind"]}
            entries = item.get("entries") or []
            if not isinstance(shared, dict) or not isinstance(entries, list):
                raise DomainLexiconError(f"{where}: group {n}: needs a 'group' mapping and a list of 'entries'")
            for m, entry in enumerate(entries, 1):
                if isinstance(entry, str):
                    entry = _from_line(entry)
                if not isinstance(entry, dict):
                    raise DomainLexiconError(f"{where}: group {n}, entry {m}: a name or a mapping was expected")
                yield {**shared, **entry}, f"{where}: group {n}, entry {m}"
        else:
            yield item, f"{where}: entry {n}"


def load_domain(extra_files: Iterable[Path] = ()) -> DomainLexicon:
    """The shipped domain lexicon, extended (and overridden by name) by the user's files."""
    return _load(tuple(str(p) for p in extra_files))


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> DomainLexicon:
    sources = [(p.read_bytes(), f"lexicons/domain/{p.name}")
               for p in sorted(_domain_dir().iterdir(), key=lambda p: p.name) if p.name.endswith(".yaml")]
    shipped = len(sources)
    for extra in extra_files:
        try:
            sources.append((Path(extra).read_bytes(), extra))
        except OSError as exc:
            raise DomainLexiconError(f"{extra}: cannot read the lexicon file: {exc.strerror or exc}") from exc
    parts = [_builder_source(), builder_source(), *(part for data, where in sources for part in (data, where.encode()))]
    return cached("domain", parts, lambda: _built(sources, shipped))


@cache
def _builder_source() -> bytes:
    """The bytes of this module and of the entity model: a change to either invalidates the cache."""
    return source_digest(__file__, models.__file__)


def _built(sources: list[tuple[bytes, str]], shipped: int) -> DomainLexicon:
    """The domain lexicon of the files' bytes (the first ``shipped`` are crossreach's own), its
    automaton built, so that the build cache stores it ready to search."""
    domain = DomainLexicon()
    for index, (data, where) in enumerate(sources):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DomainLexiconError(f"{where}: not UTF-8 text: {exc}") from exc
        for entry, place in _expanded(_entries(text, where), where):
            entity = check_entry(entry, place)
            if index >= shipped:  # a user's file: its Chinese names in traditional script too
                entity.aliases += [f for a in (entity.name, *entity.aliases) for f in traditional_forms(a)
                                   if f not in entity.aliases]
            domain.ambiguous.update(entry.get("ambiguous") or ())
            for language, local in (entry.get("names") or {}).items():
                for spelling in set(local) - set(entry.get("aliases") or ()):
                    domain.local_names[spelling] = domain.local_names.get(spelling, frozenset()) | {str(language)}
            if entry.get("country"):
                domain.countries[entity.name] = str(entry["country"])
            if entry.get("kind"):
                domain.kinds[entity.name] = str(entry["kind"])
            if entry.get("group_kind"):
                domain.group_kinds[entity.name] = str(entry["group_kind"])
            known = domain.entities.get(entity.name)
            if known is not None and known.type == entity.type:
                known.aliases = sorted(set(known.aliases) | set(entity.aliases))
                known.category = entity.category or known.category
            else:
                domain.entities[entity.name] = entity
    domain._build()
    return domain
