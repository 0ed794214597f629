"""Which partnership cues state a deal, which names are no party, and which pairs are part of a larger deal.

A cue is no deal when its sentence is a disclaimer about the page ("This article was produced in
partnership with Alibaba Cloud", "Sponsored content"; ``disclaimers``), when its clause denies it (a
rival, "no plans"; ``negations``) or when its clause, before the cue, says the deal is only planned,
rumoured, denied or under negotiation ("Gucci could sign a partnership with Tencent", "si dice che ...
un accordo", "envisage un partenariat", "正在与腾讯洽谈合作"; ``speculations``): what follows the cue may
speculate about a stated deal ("a deal that could be worth $1 billion") and keeps it. A venue or event
that sets where a deal was made is no party ("At the Cannes Film Festival, iQiyi bought ..."; ``settings``),
nor is the document's subject when the cue's partner is an unnamed group ("signed with several brands";
``groups``). The words come from the language's ``partnerships`` section through
``relate.partnership_cues``; nothing here is language-specific.
"""

from __future__ import annotations

import dataclasses
import re

from crossreach.lexicon import NEVER, script
from crossreach.models import Mention, Partnership, Sentence
from crossreach.relate.context import is_tech
from crossreach.relate.partnership_cues import PartnershipCues
from crossreach.relate.partnership_reader import Reader, clause_bounds
from crossreach.relate.partnership_scorer import Candidate

#: How many characters (a determiner, "Its", "老", or a short verb phrase, "Davor hatte der") may stand before
#: a rival epithet opening its clause.
_EPITHET_LEAD = 20
#: The adjectives (lower-case words, two at most) that may stand between a rival epithet and its name
#: ("the German rival Rosenthal", "la concurrente allemande Rosenthal").
_EPITHET_ADJECTIVES = re.compile(r"(?:\s+[^\W\d_A-Z][^\W\d_]*){0,2}\s+")


def affirmed(sentence: Sentence, found: re.Pattern[str], cues: PartnershipCues,
             mentions: list[Mention] | None = None) -> list[re.Match[str]]:
    """The matches of ``found`` in a sentence that state a deal: none in a disclaimer, none that is a noun
    after its article (``not_cues``: "la firma", the firm), and no negation word in the cue's clause (but
    one after the cue and a conjunction, which negates a coordinated predicate: "ended its store on Pinduoduo
    and had no plans to return"; or an epithet that opens the clause right before one of the sentence's
    ``mentions``, "老对手FNATIC opened a store on Tmall", "its rival JD.com signed with Nike", only says who
    the name is), no speculation word in it before the cue's end. A negation or speculation word inside a
    phrase that says the deal ended ("decided not to renew", ``ended``) denies nothing: the deal ended."""
    return affirmed_each(sentence, (found,), cues, mentions)[0]


def affirmed_each(sentence: Sentence, patterns: tuple[re.Pattern[str], ...], cues: PartnershipCues,
                  mentions: list[Mention] | None = None) -> list[list[re.Match[str]]]:
    """``affirmed`` for each of the patterns, the sentence's disclaimer and nouns read once for all."""
    if cues.disclaimer.search(sentence.text):
        return [[] for _ in patterns]
    starts = {m.start - sentence.start for m in mentions or []}
    nouns = [m.span() for m in cues.not_cue.finditer(sentence.text)]
    return [_affirmed(sentence, found, cues, starts, nouns) for found in patterns]


def _affirmed(sentence: Sentence, found: re.Pattern[str], cues: PartnershipCues, starts: set[int],
              nouns: list[tuple[int, int]]) -> list[re.Match[str]]:
    kept = []
    for cue in cues.matches(found, sentence.text):
        if any(start <= cue.start() < end for start, end in nouns):
            continue  # "la firma" (the firm), not "firma" (signs)
        left, right = clause_bounds(sentence.text, cue.start(), cue.end())
        ended: list[tuple[int, int]] | None = None  # the clause's ended phrases, read when a negation is found
        denied = False
        for word in [*cues.negation.finditer(sentence.text, left, right),
                     *cues.speculation.finditer(sentence.text, left, cue.end())]:
            if word.re is cues.negation and (_epithet(sentence.text, left, word, starts, cues.rival_nouns)
                                             or cues.conjunction.search(sentence.text, cue.end(), word.start())):
                continue
            if ended is None:
                ended = [m.span() for m in cues.ended.finditer(sentence.text, left, right)]
            if not _within(word, ended):
                denied = True
                break
        if not denied:
            kept.append(cue)
    return kept


def _within(word: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a negation or speculation word is part of a phrase that says a deal ended ("decided not to
    renew", "has no plans to renew", "declined to renew"): the deal was, and is an ended one, not denied."""
    return any(start <= word.start() and word.end() <= end for start, end in spans)


def _epithet(text: str, left: int, negation: re.Match[str], starts: set[int],
             rival_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether a negation word is an epithet of the name right after it (a space, or after a rival noun
    of ``rival_nouns`` two lower-case adjectives, at most between) near the start of its clause (a few
    words, no name, before it): "Its rival JD.com", "老对手FNATIC", "Davor hatte der Konkurrent Huya die
    Rechte", "la concurrente allemande Rosenthal"; not "Gucci尚未与腾讯签署" (Gucci, then a negation)."""
    end = negation.end()
    if len(text[left:negation.start()].strip()) > _EPITHET_LEAD or any(left <= s < negation.start() for s in starts):
        return False
    if end in starts or (end < len(text) and text[end].isspace() and end + 1 in starts):
        return True
    if negation.group().casefold() not in rival_nouns:
        return False  # "has no partnership with Tencent": no rival noun, no epithet
    adjectives = _EPITHET_ADJECTIVES.match(text, end)
    return adjectives is not None and adjectives.end() in starts


def without_parts(facts: list[Partnership]) -> list[Partnership]:
    """The partnerships of a document less those whose parties are all parties of a larger one it
    states ("an agreement between the Uffizi, Weibo and ENIT"; "in collaboration with Weibo and
    ENIT" is the same deal, read without its subject), their evidence added to the larger one."""
    larger = [fact for fact in facts if len(fact.parties) > 2]
    if not larger:
        return facts
    kept: list[Partnership] = []
    folded: dict[int, list[Partnership]] = {}
    for fact in facts:
        within = next((i for i, big in enumerate(larger)
                       if len(fact.parties) < len(big.parties) and set(fact.parties) <= set(big.parties)), None)
        if within is None:
            kept.append(fact)
        else:
            folded.setdefault(within, []).append(fact)
    return [_with_evidence(fact, folded.get(larger.index(fact), [])) if fact in larger else fact for fact in kept]


#: What may follow a name inside a longer name that it opens ("Natuzzi China", "CCTV-5").
_NAME_GOES_ON = (" ", "-")


def without_nested(found: list[Candidate]) -> list[Candidate]:
    """The candidates less those whose one party's name opens the other's ("Natuzzi" and "Natuzzi China",
    "CCTV" and "CCTV-5"): a company beside its own unit or channel, named from it, is one side of a deal, not
    two."""
    return [c for c in found if not any(
        a != b and b.startswith(a) and b[len(a):len(a) + 1] in _NAME_GOES_ON for a in c.names for b in c.names)]


def _with_evidence(fact: Partnership, parts: list[Partnership]) -> Partnership:
    """A partnership with the evidence of the smaller ones it holds."""
    if not parts:
        return fact
    more = tuple(e for part in parts for e in (part.evidence, *part.more_evidence))
    return dataclasses.replace(fact, more_evidence=(*fact.more_evidence, *more))


#: How many words (characters of a script without spaces) may stand between a setting word and its name
#: ("during the 2024 Shanghai Fashion Week", "在同期举行的……").
_SETTING_WORDS, _SETTING_CHARS = 3, 16
#: How many characters a setting's closing word may stand after its name (a bracket closing between).
_CLOSING_CHARS = 2
#: A bracketed aside right after a name ("（Marché du Film）"): the setting closes after it.
_OPENING = "(\uff08 "
_ASIDE_AFTER = re.compile(r"\s*[(\uff08][^()\uff08\uff09]{0,40}[)\uff09]")


def is_setting(text: str, spaced: bool, cues: PartnershipCues, sentence: Sentence, mention: Mention) -> bool:
    """Whether a name is where or when something happened ("At the Cannes Film Festival, iQiyi bought the
    rights", "Durante la Milano Fashion Week", "在……电影市场上"), not a party: a setting word stands
    right before it in its clause and, where the language closes a setting after the name, a closing
    word right after it. A platform is never a setting ("在天猫上开设旗舰店" opens a store on it)."""
    if is_tech(mention):
        return False
    at = mention.start - sentence.start
    while at and sentence.text[at - 1] in _OPENING:  # a name restated in brackets: its setting is outside them
        at -= 1
    left, _ = clause_bounds(sentence.text, at, at)
    words = [w for w in cues.setting.finditer(sentence.text, left, at)]
    if not words:
        return False
    gap = sentence.text[words[-1].end():at]
    if (len(gap.split()) > _SETTING_WORDS) if spaced else (len(gap) > _SETTING_CHARS):
        return False
    if cues.setting_after.pattern == NEVER.pattern:
        return True
    end = mention.end
    aside = _ASIDE_AFTER.match(text, end)
    if aside is not None:
        end = aside.end()
    rest = text[end:end + _CLOSING_CHARS + 2]
    closing = cues.setting_after.search(rest)
    return closing is not None and closing.start() <= _CLOSING_CHARS


def without_settings(reader: Reader, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates none of whose parties the sentence names as a setting (``is_setting``), and none
    that takes a party from outside the sentence (the document's subject, an anaphor's referent) when
    the cue's clause gives the partner as an unnamed group ("京东国际……与多家欧洲食品企业签约",
    "signed with several brands"): that group is the partner, not the document's subject."""
    text, spaced = reader.view.text, reader.view.spaced
    settings: dict[tuple[int, int], bool] = {}
    kept = []
    for candidate in candidates:
        sentence = candidate.sentence
        for mention in candidate.parties:
            if (sentence.start <= mention.start < sentence.end) and (mention.start, mention.end) not in settings:
                settings[mention.start, mention.end] = is_setting(text, spaced, reader.cues, sentence, mention)
        for mention in candidate.parties:
            if (sentence.start <= mention.start < sentence.end) and not settings.get((mention.start, mention.end)):
                settings[mention.start, mention.end] = in_title(sentence, mention)
        if any(settings.get((m.start, m.end), False) for m in candidate.parties
               if sentence.start <= m.start < sentence.end) or _group_partner(reader, candidate):
            continue
        kept.append(candidate)
    return kept


def _group_partner(reader: Reader, candidate: Candidate) -> bool:
    """Whether a candidate takes a party from outside its sentence while its cue's clause names the
    partner as an unnamed group; not a group after the name the cue joins ("un accord avec Kuaishou pour
    une serie de directs": what the deal is for, the partner is named)."""
    sentence, cue = candidate.sentence, candidate.cue
    if all(sentence.start <= m.start < sentence.end for m in candidate.parties):
        return False
    left, right = clause_bounds(sentence.text, cue.start(), cue.end())
    group = reader.cues.groups.search(sentence.text, left, right)
    return group is not None and not any(
        sentence.start + cue.end() <= m.start < sentence.start + group.start() for m in candidate.parties)


#: The most words a quoted title holds ("il padiglione «Italian Living»"); a longer quotation is speech.
_TITLE_WORDS = 6
#: Marks inside a quotation that make it speech, not a title.
_SPEECH_MARKS = re.compile(r"[.,;!?\u3002\uff0c\uff1b\uff01\uff1f]")


def in_title(sentence: Sentence, mention: Mention) -> bool:
    """Whether a name stands inside a short quoted title after its first words (the pavilion «Foods &
    Wines from Spain»): a work's name, not a party. A name that opens the title is its maker's ("“Tencent
    AI Simultaneous Interpreting”" is Tencent's); a quotation with a comma or a full stop, or longer than
    a title, is speech, whose names may be parties."""
    text, at, end = sentence.text, mention.start - sentence.start, mention.end - sentence.start
    marks = script().quotations
    opening = max((text.rfind(mark, 0, at) for mark in marks), default=-1)
    if opening < 0:
        return False
    closing = min((i for i in (text.find(mark, end) for mark in marks[text[opening]]) if i >= 0), default=-1)
    if closing < 0 or any(text.find(mark, opening + 1, at) >= 0 for mark in marks[text[opening]]):
        return False
    if text[opening] in marks[text[opening]] and text.count(text[opening], 0, at) % 2 == 0:
        return False  # a plain quote mark that closes a quotation before the name
    quoted = text[opening + 1:closing]
    return (not _SPEECH_MARKS.search(quoted) and len(quoted.split()) <= _TITLE_WORDS
            and bool(text[opening + 1:at].strip()))


#: How far (characters) before a platform's name a noun of what it hosts may start ("cuenta oficial de ").
_CONTENT_BEFORE = 24


def hosts_content(reader: Reader, mention: Mention) -> bool:
    """Whether a platform's name only says where an account or a post is ("a Weibo hashtag about the
    collaboration", "its Douyin account has 310,000 followers", "le compte Douyin du musee")."""
    if not is_tech(mention):
        return False
    text = reader.view.text
    return reader.cues.content_after.match(text, mention.end) is not None \
        or reader.cues.content_before.search(text, max(0, mention.start - _CONTENT_BEFORE), mention.start) is not None


def without_hosting(reader: Reader, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates none of whose parties named in their sentence only hosts an account or a post there;
    the platform stays what "the platform" of a later sentence points back to."""
    return [c for c in candidates if not any(
        c.sentence.start <= m.start < c.sentence.end and hosts_content(reader, m) for m in c.parties)]
