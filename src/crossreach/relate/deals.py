"""One partnership a deal: the same deal stated twice in a document, under two names of a party.

Split from ``relate/partnerships.py``, which finds the partnerships; this module
only merges them, in time linear in their number (an index by names, not a
comparison of every pair).
"""

from __future__ import annotations

import dataclasses

from crossreach.domain import DomainLexicon
from crossreach.models import Partnership


def one_per_deal(facts: list[Partnership], domain: DomainLexicon) -> list[Partnership]:
    """One partnership where a document names a platform first by its short name and then by its
    full one ("with Tmall", "with Tmall Luxury Pavilion"): the fuller name is kept, stated first.
    One too where it names a party first by a platform and then by the platform's owner, or the
    other way round ("sold the rights to Douyin", "signed with ByteDance's managers"): the name
    stated first is kept."""
    kept: list[Partnership] = []
    # Two partnerships can be one deal only when they have as many parties and all names but one in
    # common, so each kept one is indexed under its names less one: a fact is compared with the few
    # kept ones that share such a key, in the order they were kept, not with every one.
    # A long document states one deal many times over: whether two merge depends on their parties
    # alone, so a candidate whose parties were tried already for this fact is passed over.
    by_key: dict[tuple[int, frozenset[str]], set[int]] = {}
    for fact in facts:
        tried: set[tuple[str, ...]] = set()
        for i in sorted(set().union(*(by_key.get(key, ()) for key in _deal_keys(fact.parties)))):
            if kept[i].parties in tried:
                continue
            tried.add(kept[i].parties)
            if (one := merged(kept[i], fact, domain)) is not None:
                kept[i] = one
                break
        else:
            i = len(kept)
            kept.append(fact)
        for key in _deal_keys(kept[i].parties):
            by_key.setdefault(key, set()).add(i)
    return kept


def merged(kept: Partnership, fact: Partnership, domain: DomainLexicon) -> Partnership | None:
    """``kept`` with ``fact`` folded into it when the two state one deal (a fuller name, or a
    platform and its owner), its evidence added; else None."""
    fuller = _fuller(kept.parties, fact.parties)
    if fuller is None and _owner_for_owned(kept.parties, fact.parties, domain):
        fuller = kept.parties
    if fuller is None:
        return None
    return dataclasses.replace(kept, parties=fuller, more_evidence=(
        *kept.more_evidence, fact.evidence, *fact.more_evidence))


def _deal_keys(parties: tuple[str, ...]) -> list[tuple[int, frozenset[str]]]:
    """The keys of a partnership in ``one_per_deal``: its number of parties and its names less one."""
    names = set(parties)
    return [(len(parties), frozenset(names - {name})) for name in names]


def _owner_for_owned(a: tuple[str, ...], b: tuple[str, ...], domain: DomainLexicon) -> bool:
    """Whether two partnerships differ by one name that owns the other ("Douyin" and "ByteDance")."""
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    if len(a) != len(b) or len(only_a) != 1 or len(only_b) != 1:
        return False
    x, y = next(iter(only_a)), next(iter(only_b))
    return any((entity := domain.entities.get(owned)) is not None and entity.parent == owner
               for owned, owner in ((x, y), (y, x)))


def _fuller(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    """The parties of ``a`` with the one name that differs from ``b`` in its fuller form, when that
    name is the other's first words ("Tmall" and "Tmall Luxury Pavilion"); else None."""
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    if len(a) != len(b) or len(only_a) != 1 or len(only_b) != 1:
        return None
    short, long = sorted([next(iter(only_a)), next(iter(only_b))], key=len)
    if not long.startswith(short + " "):
        return None
    return tuple(long if name == short else name for name in a)
