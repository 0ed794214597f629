"""Partnerships: two or more parties working together, said in so many words.

Two kinds of sentence name a partnership:

- a partnership cue ("partnership", "accordo", "partenariat", "Kooperation", "合作",
  "teams up with"): its parties are the two organizations or platforms of the sentence
  (Tmall beside its owner Alibaba is one party), or with more, the first brand or
  institution named and each of the others;
- a presence cue that puts an organization on a platform ("debuts on Fliggy",
  "sbarca su Tmall", "startet auf Bilibili", "天猫旗舰店"): each brand or institution
  named before the cue is a partner of the platform named next to it.

A rivalry, acquisition or negotiation word in the cue's own clause cancels it
("Kuaishou overtook Douyin"). One partnership per set of parties per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon, cue_pattern
from crossreach.models import Fact, Mention, Partnership, Sentence
from crossreach.recognise.entity_rules import EntityRules, entity_rules
from crossreach.relate.context import CLAUSE_BREAK, DocumentView, evidence, is_tech

_PARTY_TYPES = ("organization", "platform", "event")
#: More parties than this in one sentence is a list of names, not a partnership.
_MAX_PARTIES = 3
#: How far (characters) from a presence cue its platform may stand, after or before it.
_PLATFORM_AFTER, _PLATFORM_BEFORE = 30, 12
#: How far (characters) after a partnership cue the first party it names may stand.
_LIST_REACH = 40


@dataclass(frozen=True)
class _Cues:
    partnership: re.Pattern[str]
    presence: re.Pattern[str]
    negation: re.Pattern[str]


@cache
def _cues(lexicon: LanguageLexicon, spaced: bool) -> _Cues:
    section = lexicon.section("partnerships")
    return _Cues(cue_pattern(section.get("cues"), spaced), cue_pattern(section.get("presence"), spaced),
                 cue_pattern(section.get("negations"), spaced))


def relate_partnerships(view: DocumentView, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The partnership facts of one document."""
    extraction = view.extraction
    cues = _cues(lexicon, view.spaced)
    facts: list[Fact] = []
    rules = entity_rules(lexicon)
    for sentence in extraction.sentences:
        mentions = [m for m in view.mentions_in(sentence) if m.type in _PARTY_TYPES]
        referent = view.referent(sentence) if len(mentions) == 1 else None
        if referent is not None:  # "El museo también colabora con Turespaña"
            mentions = [referent, *mentions]
        if len(mentions) < 2:
            continue
        affirmed = _all_affirmed(sentence, cues.partnership, cues.negation)
        if affirmed:
            if len({m.name for m in mentions}) <= 2:
                for parties in _named(mentions, domain):
                    facts.append(_partnership(view, sentence, affirmed[0], parties))
            else:
                for cue in affirmed:
                    parties = _around_cue(view.text, sentence, cue, mentions, rules)
                    if len(parties) >= 2:
                        facts.append(_partnership(view, sentence, cue, parties))
            continue
        cue = _affirmed(sentence, cues.presence, cues.negation)
        if cue is not None:
            for parties in _present(sentence, cue, mentions, domain):
                facts.append(_partnership(view, sentence, cue, parties))
    return facts


def _affirmed(sentence: Sentence, cues: re.Pattern[str], negations: re.Pattern[str]) -> re.Match[str] | None:
    """The first cue of the sentence whose clause has no negation word."""
    affirmed = _all_affirmed(sentence, cues, negations)
    return affirmed[0] if affirmed else None


def _all_affirmed(sentence: Sentence, cues: re.Pattern[str], negations: re.Pattern[str]) -> list[re.Match[str]]:
    """The cues of the sentence whose clause has no negation word."""
    return [cue for cue in cues.finditer(sentence.text)
            if not negations.search(_clause(sentence.text, cue.start(), cue.end()))]


def _around_cue(text: str, sentence: Sentence, cue: re.Match[str], mentions: list[Mention],
                rules: EntityRules) -> list[str]:
    """The parties one cue joins in a sentence that names more: the names listed together right after
    it ("a partnership with Alibaba and Ele.me", "un'intesa tra gli Uffizi, Weibo e l'ENIT"), with the
    brand or institution named last before it when those are platforms, or else with the sentence's
    first name; or, with nothing after it, the names listed right before it ("Louvre and Alibaba
    signed an agreement")."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    after = [m for m in mentions if m.start >= end]
    listed: list[Mention] = []
    if after and after[0].start - end <= _LIST_REACH:
        listed = [after[0]]
        for mention in after[1:]:
            if not rules.list_joiner_re.fullmatch(_without_article(text[listed[-1].end:mention.start], rules)):
                break
            listed.append(mention)
    before = [m for m in mentions if m.end <= start]
    if listed:
        anchors = [m for m in before if not is_tech(m)]
        if anchors and all(is_tech(m) for m in listed):
            # "Prada signed an agreement with Tmall"; a name in an aside before the cue ("Armani
            # Beauty, made under licence by L'Oréal, started a collaboration with …") is not the party.
            in_clause = [m for m in anchors if not CLAUSE_BREAK.search(text, m.end, start)]
            listed.insert(0, in_clause[-1] if in_clause else anchors[0])
        elif len(listed) == 1 and before:
            listed.insert(0, before[0])  # the sentence's subject: "Tencent set up a lab with the Institute"
    elif before:
        listed = [before[-1]]
        for mention in reversed(before[:-1]):
            if not rules.list_joiner_re.fullmatch(_without_article(text[mention.end:listed[0].start], rules)):
                break
            listed.insert(0, mention)
    names = list(dict.fromkeys(m.name for m in listed))
    return names if any(not is_tech(m) for m in listed) else []


def _without_article(gap: str, rules: EntityRules) -> str:
    """The text between two listed names without an article before the second ("e l'ENIT")."""
    return rules.article_re.sub("", gap)


def _clause(text: str, start: int, end: int) -> str:
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    left = max((b for b in breaks if b < start), default=-1)
    right = min((b for b in breaks if b >= end), default=len(text))
    return text[left + 1:right]


def _named(mentions: list[Mention], domain: DomainLexicon) -> list[list[str]]:
    """The partnerships a sentence with a partnership cue names: its two parties, or, with more,
    the first brand or institution named with each of the others ("Starbucks teams up with
    Alibaba and Ele.me"). Platforms alone are not partners of each other here."""
    names = list(dict.fromkeys(m.name for m in mentions))
    anchors = [m.name for m in mentions if not is_tech(m)]
    if not anchors or len(names) > _MAX_PARTIES + 1:
        return []
    if len(names) == 2:
        parties = _without_owned(names, domain)
        return [parties] if len(parties) == 2 else []
    return [[anchors[0], other] for other in names if other != anchors[0]]


def _present(sentence: Sentence, cue: re.Match[str], mentions: list[Mention],
             domain: DomainLexicon) -> list[tuple[str, ...]]:
    """Pairs of (organization, platform) a presence cue joins."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    near = [m for m in mentions if is_tech(m) and (0 <= m.start - end <= _PLATFORM_AFTER
                                                     or 0 <= start - m.end <= _PLATFORM_BEFORE)]
    if not near:
        return []
    platform = min(near, key=lambda m: m.start - end if m.start >= end else (start - m.end) * 2)
    organizations = list(dict.fromkeys(m.name for m in mentions if not is_tech(m) and m.end <= platform.start))
    return [tuple(_without_owned([name, platform.name], domain)) for name in organizations]


def _partnership(view: DocumentView, sentence: Sentence, cue: re.Match[str], parties: list[str] | tuple[str, ...]
                 ) -> Partnership:
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    return Partnership(parties=tuple(parties), date=view.date_for(sentence, start),
                       evidence=evidence(sentence, start, end), confidence=0.6)


def _without_owned(names: list[str], domain: DomainLexicon) -> list[str]:
    """Drop a platform or brand whose parent company is named too: they are one party."""
    kept = []
    for name in names:
        entity = domain.entities.get(name)
        if entity is not None and entity.parent in names:
            continue
        kept.append(name)
    return kept
