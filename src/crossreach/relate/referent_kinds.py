"""What kind of entity a noun phrase points back to ("the league", "le tournoi", "il club", "该俱乐部").

An organization's category (brand, culture, museum, ...) puts a league, a club, a tournament and a
festival together, so "il campionato" could be given to the club named last. A finer **kind** tells
them apart: a noun phrase has the kind its head noun names (the language's ``metrics.referent_kinds``);
an entity has the kind its gazetteer entry gives (``kind``), else the kind a head word of one of its
names gives in any language ("Lega Serie A": league, "FC Porto": club, "Festival de Cannes":
festival, "Staatsoper": theatre), else its group's default. A phrase of a kind points back to the
nearest entity of that kind; when none is named, to one whose kind nothing says, never to an entity
of another kind (``of_kind``). The metric owner nouns and the partnership anaphors share this test.
A name of one kind right before a head noun of another ("Premier League clubs") describes that noun
(``describes_other_kind``): neither a party nor a figure's owner.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crossreach.domain import ENTITY_KINDS, load_domain
from crossreach.lexicon import alternation, compiled, load_language, script, supported_languages
from crossreach.models import Mention
from crossreach.rule_cache import language_rules

#: How many letters a head must have to end a capitalised compound ("Bundes|liga", "Staats|oper").
_COMPOUND_HEAD = 4
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
#: What may stand between a name and the head noun it describes ("Premier League clubs", "英超球队").
_HEAD_GAP = re.compile(r"[ \u00a0]?")


def _heads(lang: str) -> dict[str, list[str]]:
    section = load_language(lang).section("metrics").get("referent_kinds") or {}
    return {str(kind): [str(w) for w in words or []] for kind, words in section.items() if kind in ENTITY_KINDS}


def _is_han(word: str) -> bool:
    return script().han_re.search(word) is not None


def _pattern(words: list[str], compounds: list[str]) -> re.Pattern[str] | None:
    """One regex for a kind's heads: a Han head anywhere, a lower-case head as a whole word in any
    case, a head with capitals ("FC") as written, a compound head at the end of a capitalised word."""
    han = [w for w in words if _is_han(w)]
    lower = [w for w in words if not _is_han(w) and w == w.lower()]
    capital = [w for w in words if not _is_han(w) and w != w.lower()]
    parts = []
    if han:
        parts.append(f"(?:{alternation(han)})")
    if lower:
        parts.append(rf"{_LETTER_BEFORE}(?i:{alternation(lower, ignore_case=True)}){_LETTER_AFTER}")
    if capital:
        parts.append(rf"{_LETTER_BEFORE}(?:{alternation(capital)}){_LETTER_AFTER}")
    if compounds:
        ends = alternation(compounds, ignore_case=True)
        parts.append(rf"{_LETTER_BEFORE}[A-Z][^\W\d_]{{3,}}(?i:{ends}){_LETTER_AFTER}")
    return compiled("|".join(parts)) if parts else None


@language_rules("referent_heads")
def _phrase_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The language's heads by kind, in the order of ``ENTITY_KINDS`` (capitalised name markers left out)."""
    heads = _heads(lang)
    found = ((kind, _pattern([w for w in heads.get(kind, []) if w == w.lower()], [])) for kind in ENTITY_KINDS)
    return tuple((kind, pattern) for kind, pattern in found if pattern is not None)


@language_rules("referent_names")
def _name_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every language's heads by kind; where nouns are capitalised (German), the longer heads also end
    a compound ("Bundesliga", "Staatsoper")."""
    words: dict[str, list[str]] = {}
    compounds: dict[str, list[str]] = {}
    for lang in supported_languages():
        capitalised = load_language(lang).section("entities").get("capitals_mark") == "nouns"
        for kind, heads in _heads(lang).items():
            words.setdefault(kind, []).extend(heads)
            if capitalised:
                compounds.setdefault(kind, []).extend(
                    h for h in heads if len(h) >= _COMPOUND_HEAD and h.isalpha() and " " not in h)
    found = ((kind, _pattern(sorted(set(words.get(kind, []))), sorted(set(compounds.get(kind, [])))))
             for kind in ENTITY_KINDS)
    return tuple((kind, pattern) for kind, pattern in found if pattern is not None)


@lru_cache(maxsize=4096)
def phrase_kind(lang: str, words: str) -> str | None:
    """The kind a noun phrase's head names in its language ("le tournoi": tournament), else None."""
    return next((kind for kind, pattern in _phrase_patterns(lang) if pattern.search(words)), None)


@lru_cache(maxsize=8192)
def name_kind(name: str) -> str | None:
    """The kind of the entity of a canonical name: its gazetteer entry's, else the first kind (in the
    order of ``ENTITY_KINDS``) a head word of one of its names gives, else its group's default."""
    domain = load_domain()
    if name in domain.kinds:
        return domain.kinds[name]
    entity = domain.entities.get(name)
    names = [name, *(entity.aliases if entity is not None else [])]
    found = next((kind for kind, pattern in _name_patterns() if any(pattern.search(n) for n in names)), None)
    return found or domain.group_kinds.get(name)


def entity_kind(mention: Mention) -> str | None:
    """The kind of an organization mentioned (platforms, persons, works have none here)."""
    return name_kind(mention.name) if mention.type == "organization" else None


def fits_kind(mention: Mention, kind: str | None) -> bool:
    """Whether a mention may be what a phrase of ``kind`` points to: no kind is asked, or the
    mention's kind is that one or unknown."""
    return kind is None or entity_kind(mention) in (kind, None)


def of_kind(mentions: list[Mention], kind: str | None) -> list[Mention]:
    """Of the mentions (in their order), those of ``kind`` if any is, else those of no known kind;
    all of them when no kind is asked."""
    if kind is None:
        return mentions
    kinds = [entity_kind(m) for m in mentions]
    same = [m for m, k in zip(mentions, kinds, strict=True) if k == kind]
    return same or [m for m, k in zip(mentions, kinds, strict=True) if k is None]


def describes_other_kind(text: str, mention: Mention, lang: str) -> bool:
    """Whether a name of a known kind stands right before a head noun of another kind, which it
    describes ("Premier League clubs", "英超球队", "Bundesliga-Vereine" aside): the noun, not the
    name, is what the clause speaks of, so the name is neither a party nor an owner there."""
    kind = entity_kind(mention)
    if kind is None:
        return False
    at = _HEAD_GAP.match(text, mention.end)
    start = at.end() if at is not None else mention.end
    found = next((k for k, pattern in _phrase_patterns(lang) if pattern.match(text, start)), None)
    return found is not None and found != kind
