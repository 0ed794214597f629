"""Partnerships across sentences: what a short text says of a deal after the sentence that states it.

News pages state a deal in one sentence and its term in the next ("Juventus signed with Alibaba in
2019. The deal was renewed until 2026", "Gucci and Tencent signed in 2018. It was extended in 2021 and
now covers WeChat stores"). The next sentence speaks of the same deal: its renewal or end is the
status of the pair stated before, and a platform of one party it names (WeChat, Tencent's) is no
second partner. A sentence continues a deal when it refers back to it ("the deal", "both sides", an
opening "it") and names no one but the deal's parties and what they own.

Also here: whom an opening "the group" stands for when the sentence before names several companies
and platforms ("Alibaba owns Tmall and Taobao. The group signed with the IOC"): the company that owns
the others named, else the one company named. ("The platform" is read where the platform of the
paragraph is, ``relate.partnership_presence``, unless it opens a sentence after one that opens with a
platform: ``platform_subject_before``.)
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from crossreach.models import Mention, Partnership, Sentence
from crossreach.relate.context import is_tech
from crossreach.relate.partnership_reader import Reader, clause_bounds, clause_of, deal_kind, is_anchor, owns

#: How many sentences after a deal's sentence may still speak of it (each must refer back).
_FOLLOW_SENTENCES = 2
#: How many words (an article) may stand before the name a sentence opens with, its subject.
_SUBJECT_AT = 1


def carried_terms(reader: Reader, facts: list[Partnership]) -> list[Partnership]:
    """The partnerships with the status (and, for a deal of no named kind, the kind) that the
    sentences right after theirs state of them, less the pairs those sentences only seem to make
    (a party with a platform its partner owns). A sentence of two deals carries nothing: which one
    the next sentence speaks of is a guess."""
    sentences = reader.view.extraction.sentences
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[int]] = {}
    for i, fact in enumerate(facts):
        by_sentence.setdefault(bisect_right(starts, fact.evidence.sentence_start) - 1, []).append(i)
    dropped: set[int] = set()
    result = list(facts)
    for index, held in sorted(by_sentence.items()):
        held = [i for i in held if i not in dropped]
        if not held or len({frozenset(facts[i].parties) for i in held}) != 1:
            continue
        deal = held[0]
        for after in sentences[index + 1:index + 1 + _FOLLOW_SENTENCES]:
            if not _continues(reader, after, facts[deal]):
                break
            restated = [i for i in by_sentence.get(after.index, []) if _restates(reader, facts[deal], facts[i])]
            dropped.update(restated)
            result[deal] = _with_terms(reader, after, result[deal])
    return [fact for i, fact in enumerate(result) if i not in dropped]


def noun_referent(reader: Reader, previous: Sentence | None, anaphor: str) -> Mention | None:
    """Whom an opening anaphor that names a company ("the group", not "the platform") means among the
    names of the sentence before: the company that owns another one named there, else the one
    company named; else none."""
    if previous is None or not reader.cues.company_words.search(anaphor) \
            or reader.cues.platform_words.search(anaphor):
        return None
    named = list({m.name: m for m in reader.parties(previous)}.values())
    owners = [m for m in named if any(owns(reader.domain, m, other) for other in named)]
    found = owners or [m for m in named if m.type == "organization"]
    return found[0] if len(found) == 1 else None


def subject_and_platform(reader: Reader, sentence: Sentence,
                         affirmed: list[re.Match[str]]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The parties of a cue sentence that names none, whose subject is left out or said again by a
    pronoun or an anaphor after an opening phrase ("In April it signed a partnership with the
    platform", "Em abril, assinou uma parceria com a plataforma"), and whose cue's clause says "the
    platform": the brand or institution the sentence before opens with (or its opening anaphor points
    to) and the one platform that sentence names (one it measured an audience on is the one "the
    platform" means); past a sentence between that names no one. A sentence before that names two
    platforms or two brands says too little."""
    cue = affirmed[0]
    if not reader.cues.platform_words.search(clause_of(sentence.text, cue.start(), cue.end())):
        return []
    view = reader.view
    previous = view.sentence_before(sentence)
    named = reader.parties(previous) if previous is not None else []
    if previous is not None and not named:  # "Since then it has gained 261,000 followers.": one further back
        previous = view.sentence_before(previous)
        named = reader.parties(previous) if previous is not None else []
    if previous is None:
        return []
    anchors = {m.name: m for m in named if is_anchor(m) and m.type == "organization"}
    subject = named[0] if len(anchors) == 1 and named[0].name in anchors else None
    if not anchors and view.anaphor_opens(previous):
        subject = view.referent(previous)  # "The museum has 95,000 followers on Xiaohongshu."
    platforms = {m.name: m for m in named if m.type == "platform"}
    if subject is None or len(platforms) != 1 or is_tech(subject):
        return []
    platform = next(iter(platforms.values()))
    return [(cue, [subject, platform])]


def previous_subject(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]],
                     partner: Mention) -> Mention | None:
    """The party a cue sentence leaves unnamed when its one name is the cue's object and no name
    stands before the cue ("Tmall is expanding in Europe. Last month it signed an agreement with the
    Louvre", "Il mese scorso ha firmato un accordo con il Louvre"): the name the sentence before opens
    with, its subject, when one of the two is a platform or tech company and the other a brand or
    institution (a platform named before a platform's deal is as often its rival); else none."""
    cue = affirmed[0]
    if partner.start < sentence.start + cue.end() \
            or any(m.start < sentence.start + cue.start() for m in reader.view.mentions_in(sentence)):
        return None
    left, right = clause_bounds(sentence.text, cue.start(), cue.end())
    if not sentence.start + left <= partner.start < sentence.start + right:
        return None
    previous = reader.view.sentence_before(sentence)
    named = reader.parties(previous) if previous is not None else []
    if not named or len(reader.view.text[previous.start:named[0].start].split()) > _SUBJECT_AT:
        return None
    subject = named[0]
    if subject.name == partner.name or is_tech(subject) == is_tech(partner) \
            or owns(reader.domain, subject, partner) or owns(reader.domain, partner, subject):
        return None
    return subject


def headline_pair(reader: Reader, sentence: Sentence) -> list[Mention]:
    """The two parties a headline names, for a later sentence that speaks of "the agreement" or "both
    sides" when no deal was stated before ("Gucci and Tencent: the next chapter ... On Monday the
    agreement was extended"): two names of which one is a brand or institution, neither owning the
    other; else none."""
    sentences = reader.view.extraction.sentences
    if not sentences or sentence.index == 0:
        return []
    found = list({m.name: m for m in reader.parties(sentences[0])}.values())
    if len(found) != 2 or not any(is_anchor(m) for m in found) \
            or owns(reader.domain, found[0], found[1]) or owns(reader.domain, found[1], found[0]):
        return []
    return found


def _continues(reader: Reader, sentence: Sentence, deal: Partnership) -> bool:
    """Whether a sentence speaks of the deal stated before: it refers back to it ("the deal", "both
    sides", an opening "It") and names no one outside the deal's parties and their platforms ("The
    British brand has now extended the partnership"); a subsidiary company is a party of its own
    ("Tencent Music Entertainment also renewed its agreement with UMG")."""
    cues = reader.cues
    text = sentence.text
    referred = cues.deal_references.search(text) or cues.both_sides.search(text) or cues.opening_pronoun.match(text)
    if not referred:
        return False
    return all(m.name in deal.parties or (m.type == "platform" and _owned_by(reader, m.name, deal))
               for m in reader.view.mentions_in(sentence) if m.type in ("organization", "platform"))


def _restates(reader: Reader, deal: Partnership, fact: Partnership) -> bool:
    """Whether a partnership read in a sentence that continues a deal is that deal again: its parties
    are the deal's, or one of them and a platform the other owns ("now covers WeChat stores")."""
    if set(fact.parties) == set(deal.parties):
        return True
    others = [name for name in fact.parties if name not in deal.parties]
    return bool(set(fact.parties) & set(deal.parties)) and all(_owned_by(reader, name, deal) for name in others)


def _owned_by(reader: Reader, name: str, deal: Partnership) -> bool:
    """Whether the gazetteer gives a name a parent that is a party of the deal (WeChat, Tencent's)."""
    entity = reader.domain.entities.get(name)
    return entity is not None and entity.parent in deal.parties


def _with_terms(reader: Reader, sentence: Sentence, deal: Partnership) -> Partnership:
    """The deal with the status a sentence speaking of it states (ended, renewed), and its kind when
    the deal's own sentence named none."""
    cues = reader.cues
    status = deal.status
    if cues.ended.search(sentence.text):
        status = "ended"
    elif cues.renewed.search(cues.ended.sub(" ", sentence.text)):
        status = "renewed"
    kind = deal.kind
    if kind == "other":
        kind = deal_kind(cues, sentence, "other", memo=reader.view.memo)
    return dataclasses.replace(deal, status=status, kind=kind)
