"""One partnership a deal: the same deal stated twice in a document, under two names of a party.

Split from ``relate/partnerships.py``, which finds the partnerships; this module
only merges them, in time linear in their number (an index by names, not a
comparison of every pair).

A platform and its owner are one party only where the text says so: a deal with a club's
streaming platform and another with the platform's parent group are two deals, so the gazetteer's
parent link alone merges nothing (``stated_as_one``).
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from crossreach.domain import DomainLexicon
from crossreach.lexicon import script
from crossreach.models import Mention, Partnership
from crossreach.relate.context import CLAUSE_BREAK
from crossreach.relate.partnership_reader import Reader

#: How far (characters) a platform and its owner may stand apart and be named as one party: an
#: apposition or a possessive ("Migu, la piattaforma video di China Mobile", "ByteDance's Douyin").
_APPOSITION_REACH = 40
#: What ends a statement between two names: they are then no apposition of each other.
_STATEMENT_END = re.compile(rf"[{re.escape(script().sentence_ends + script().wide_sentence_ends)};\uff1b\n]")


def one_per_deal(facts: list[Partnership], domain: DomainLexicon,
                 reader: Reader | None = None) -> list[Partnership]:
    """One partnership where a document names a platform first by its short name and then by its
    full one ("with Tmall", "with Tmall Luxury Pavilion"): the fuller name is kept, stated first.
    One too where it names a party first by a platform and then by the platform's owner, or the
    other way round, and the text ``reader`` reads states one deal (``stated_as_one``): the name
    stated first is kept. Without a reader, a platform and its owner stay two deals."""
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
            if (one := merged(kept[i], fact, domain, reader)) is not None:
                kept[i] = one
                break
        else:
            i = len(kept)
            kept.append(fact)
        for key in _deal_keys(kept[i].parties):
            by_key.setdefault(key, set()).add(i)
    return kept


def merged(kept: Partnership, fact: Partnership, domain: DomainLexicon,
           reader: Reader | None = None) -> Partnership | None:
    """``kept`` with ``fact`` folded into it when the two state one deal (a fuller name, or a
    platform and its owner that the text ``reader`` reads states as one deal), its evidence added;
    else None."""
    fuller = _fuller(kept.parties, fact.parties, domain)
    if fuller is None and reader is not None and (pair := _owner_for_owned(kept.parties, fact.parties, domain)) \
            and stated_as_one(kept, fact, *pair, reader):
        fuller = kept.parties
    if fuller is None:
        return None
    return dataclasses.replace(kept, parties=fuller, more_evidence=(
        *kept.more_evidence, fact.evidence, *fact.more_evidence))


def _deal_keys(parties: tuple[str, ...]) -> list[tuple[int, frozenset[str]]]:
    """The keys of a partnership in ``one_per_deal``: its number of parties and its names less one."""
    names = set(parties)
    return [(len(parties), frozenset(names - {name})) for name in names]


def _owner_for_owned(a: tuple[str, ...], b: tuple[str, ...], domain: DomainLexicon) -> tuple[str, str] | None:
    """The owned name and its owner when two partnerships differ by one name that owns the other
    ("Douyin" and "ByteDance"); else None."""
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    if len(a) != len(b) or len(only_a) != 1 or len(only_b) != 1:
        return None
    x, y = next(iter(only_a)), next(iter(only_b))
    return next(((owned, owner) for owned, owner in ((x, y), (y, x))
                 if (entity := domain.entities.get(owned)) is not None and entity.parent == owner), None)


def stated_as_one(a: Partnership, b: Partnership, owned: str, owner: str, reader: Reader) -> bool:
    """Whether the text makes one deal of two partnerships that differ by a platform and its owner:
    a sentence of either names the owner in apposition to the platform or as its possessor ("Migu, la
    piattaforma video di China Mobile", "ByteDance's Douyin", "signed with ByteDance and its Douyin
    app"), or points to the owner in an apposition to the platform ("JD Worldwide, the group's
    platform"), or restates the deal stated before ("The partners also plan WeChat mini programs", "O
    acordo prevê ... no JD Worldwide": a deal's or both sides' words, none of the shared parties'
    names). Two sentences that each state a deal of their own are two deals, even of one owner."""
    shared = set(a.parties) & set(b.parties)
    view, cues = reader.view, reader.cues
    for found in (a.evidence, *a.more_evidence, b.evidence, *b.more_evidence):
        named = view.mentions_between(found.sentence_start, found.sentence_end)
        if _side_by_side(named, owned, owner, view.text) \
                or _owner_described_after(named, owned, found.sentence_end, reader):
            return True
        if not shared & {m.name for m in named} and (
                cues.deal_references.search(found.sentence) or cues.both_sides.search(found.sentence)):
            return True
    return False


def _owner_described_after(named: list[Mention], owned: str, sentence_end: int, reader: Reader) -> bool:
    """Whether an apposition right after ``owned`` points to its owner by a company's word ("JD
    Worldwide, the group's cross-border platform", "PPTV, l'emittente del gruppo"): the owner the
    document named is the party, stated again."""
    text = reader.view.text
    for mention, following in itertools.zip_longest(named, named[1:]):
        if mention.name != owned:
            continue
        end = min(sentence_end, mention.end + _APPOSITION_REACH, following.start if following else sentence_end)
        gap = text[mention.end:end]
        if (stop := _STATEMENT_END.search(gap)) is not None:
            gap = gap[:stop.start()]
        if CLAUSE_BREAK.match(gap.lstrip()) and reader.cues.company_words.search(gap):
            return True
    return False


def _side_by_side(named: list[Mention], owned: str, owner: str, text: str) -> bool:
    """Whether a mention of ``owned`` and one of ``owner`` follow each other, no other name and no
    statement's end between them, within ``_APPOSITION_REACH`` characters."""
    for first, second in itertools.pairwise(named):
        if {first.name, second.name} == {owned, owner} and second.start - first.end <= _APPOSITION_REACH \
                and not _STATEMENT_END.search(text, first.end, second.start):
            return True
    return False


def _fuller(a: tuple[str, ...], b: tuple[str, ...], domain: DomainLexicon | None = None) -> tuple[str, ...] | None:
    """The parties of ``a`` with the one name that differs from ``b`` in its fuller form, when that
    name is the other's first words ("Tmall" and "Tmall Luxury Pavilion"); else None. A fuller name
    the gazetteer lists as a company of its own ("Tencent Music Entertainment" beside "Tencent",
    "Sony Music" beside "Sony") is another party: a subsidiary signs its own deals."""
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    if len(a) != len(b) or len(only_a) != 1 or len(only_b) != 1:
        return None
    short, long = sorted([next(iter(only_a)), next(iter(only_b))], key=len)
    if not long.startswith(short + " ") or (domain is not None and _own_company(long, short, domain)):
        return None
    return tuple(long if name == short else name for name in a)


def _own_company(name: str, short: str, domain: DomainLexicon) -> bool:
    """Whether the gazetteer lists ``name`` as an organization (a company, not a platform or a channel)
    and ``short`` as another entity ("Tencent"): not a short form the text alone gave ("Liga")."""
    entity = domain.entities.get(name)
    return entity is not None and entity.type == "organization" and short in domain.entities
