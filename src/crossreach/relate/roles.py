"""Roles: a person holding a title at an organization.

Read where a person, a title and an organization stand together in a sentence
with nothing else between them: "Helen Marsh, Burberry's chief digital
officer", "Marco Bizzarri, ceo di Gucci", "LVMH Global Brand Officer Mathilde
Delhoume", "la responsabile digital di Valentino, Chiara Molteni",
"路易威登中国区总裁吴晨". The title is normalised through the language's lexicon.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon, cue_pattern
from crossreach.models import Fact, Mention, Role, Sentence
from crossreach.recognise.entity_rules import entity_rules
from crossreach.relate.context import DocumentView, evidence

#: The most text that may stand between a person and the organization of the title (spaced, unspaced).
_SPAN, _SPAN_UNSPACED = 70, 16
_ORGANIZATION_TYPES = ("organization", "platform")
#: After a person's name, what opens an apposition (", the ..." / " (").
_APPOSITION = re.compile(r"\s*[,(]\s*")
#: How far into an apposition its title may start; how far past it "of Gucci" may stand; how much
#: may stand between a title before a name and the name (a comma, an article, an organization).
_TITLE_REACH, _OF_REACH, _GAP = 40, 60, 30
#: How far after "led by" the person may stand ("guidato dagli amministratori delegati X e Y").
_LED_REACH = 70
#: What ends a title phrase after the title ("an analyst, said ...").
_PHRASE_END = re.compile(r"[,.;:!?()（），。；：]")
#: What ends a phrase: a title beyond it is not this person's.
_BREAK = re.compile(r"[.;:!?\n«»“”\"„]|,\s*\w+\s*,")


@cache
def _titles(lexicon: LanguageLexicon, spaced: bool) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    section = lexicon.section("roles")
    titles = {str(k).casefold(): str(v) for k, v in (section.get("titles") or {}).items()}
    return cue_pattern(titles, spaced), titles, cue_pattern(section.get("anaphors"), spaced)


@cache
def _led_by(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The "led by" phrases, with room for a time phrase inside ("dirigée depuis 2018 par")."""
    return cue_pattern((), spaced, gapped=lexicon.section("roles").get("led_by"))


def relate_roles(view: DocumentView, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The role facts of one document."""
    extraction = view.extraction
    title_re, titles, anaphors = _titles(lexicon, view.spaced)
    span = _SPAN if view.spaced else _SPAN_UNSPACED
    facts: list[Fact] = []
    led_by = _led_by(lexicon, view.spaced)
    platform_word = entity_rules(lexicon).platform_cue_re
    for sentence in extraction.sentences:
        mentions = view.mentions_in(sentence)
        for person in (m for m in mentions if m.type == "person"):
            role = _appositive_role(view, person, mentions, title_re, anaphors, platform_word) or \
                _role_of(view.text, person, mentions, title_re, span) or \
                _led_role(view, sentence, person, mentions, led_by, title_re)
            if role is None:
                continue
            organization, title_match = role
            title = title_match.group()
            spans = [(person.start, person.end), (title_match.start(), title_match.end())]
            if sentence.start <= organization.start and organization.end <= sentence.end:
                spans.append((organization.start, organization.end))
            start, end = min(a for a, _ in spans), max(b for _, b in spans)
            facts.append(Role(person=person.name, organization=organization.name, title=title,
                              title_normalised=titles.get(title.casefold()),
                              evidence=evidence(sentence, start, end), confidence=0.7))
    return facts


def _appositive_role(view: DocumentView, person: Mention, mentions: list[Mention], title_re: re.Pattern[str],
                     anaphors: re.Pattern[str], platform_word: re.Pattern[str]) -> tuple[Mention, re.Match[str]] | None:
    """A title set beside the person ("Helen Marsh, Burberry's chief digital officer", "Sa
    présidente, Catherine Pégard", "Il gruppo guidato da Remo Ruffini, presidente"): the
    organization is the one named inside that title phrase, else, when a word there refers
    to it without its name ("the museum", "sa"), the one the document is about, or for a word
    naming a platform ("della piattaforma"), the platform named last."""
    text = view.text
    title = _title_beside(text, person, title_re)
    if title is None:
        return None
    low, high = min(person.end, title.start()), max(person.start, title.end()) + _OF_REACH
    phrase_end = _PHRASE_END.search(text, title.end(), high)
    high = phrase_end.start() if phrase_end and title.end() >= person.start else high
    named = [m for m in mentions if m.type in _ORGANIZATION_TYPES and low <= m.start and m.end <= high
             and not any(p.type == "person" and p is not person and min(m.start, person.start) < p.start
                         < max(m.start, person.start) for p in mentions)]
    if named:
        return min(named, key=lambda m: abs(m.start - title.start())), title
    anaphor = anaphors.search(text, max(0, min(person.start, title.start()) - _TITLE_REACH), high)
    if anaphor is None:
        return None
    if platform_word.search(anaphor.group()):  # "della piattaforma": the platform named last, not the brand
        earlier = [m for m in view.extraction.mentions if m.type == "platform" and m.end <= person.start]
        referred = earlier[-1] if earlier else view.main_platform
    else:
        referred = view.focus
    return (referred, title) if referred is not None else None


def _led_role(view: DocumentView, sentence: Sentence, person: Mention, mentions: list[Mention],
              led_by: re.Pattern[str], title_re: re.Pattern[str]) -> tuple[Mention, re.Match[str]] | None:
    """The head of an organization said with a verb ("Starbucks, led by Kevin Johnson", "Chanel
    wird von Leena Nair geführt", "Il gruppo, guidato dagli amministratori delegati X e Y"): the
    title is the one between the verb and the name, else the verb itself; the organization is the
    last one named before, else what an opening anaphor refers to."""
    text = view.text
    cue = next((c for c in led_by.finditer(text, sentence.start, sentence.end)
                if 0 <= person.start - c.end() <= _LED_REACH or 0 <= c.start() - person.end <= _GAP), None)
    if cue is None or _BREAK.search(text, min(cue.end(), person.end), max(cue.start(), person.start)):
        return None
    head = min(cue.start(), person.start)
    named = [m for m in mentions if m.type in _ORGANIZATION_TYPES and m.end <= head]
    organization = named[-1] if named else view.referent(sentence)
    if organization is None:
        return None
    title = title_re.search(text, cue.end(), person.start) if cue.end() <= person.start else None
    return organization, title or cue


def _title_beside(text: str, person: Mention, title_re: re.Pattern[str]) -> re.Match[str] | None:
    """A title right after the person's name and a comma, or right before it."""
    after = _APPOSITION.match(text, person.end)
    if after is not None:
        title = title_re.search(text, after.end(), min(len(text), after.end() + _TITLE_REACH))
        if title is not None and not _BREAK.search(text, after.end(), title.start()):
            return title
    window_start = max(0, person.start - _TITLE_REACH)
    for title in reversed(list(title_re.finditer(text, window_start, person.start))):
        gap = text[title.end():person.start]
        if len(gap) <= _GAP and not _BREAK.search(gap):
            return title
    return None


def _role_of(text: str, person: Mention, mentions: list[Mention], title_re: re.Pattern[str],
             span: int) -> tuple[Mention, re.Match[str]] | None:
    """The organization nearest the person with a title between them (or around the pair), if any."""
    best: tuple[int, Mention, re.Match[str]] | None = None
    for other in mentions:
        if other.type not in _ORGANIZATION_TYPES:
            continue
        left, right = (other, person) if other.end <= person.start else (person, other)
        if left.end > right.start:
            continue
        between = text[left.end:right.start]
        crowded = between.count(",") > 1 or _BREAK.search(between)
        if len(between) > span or crowded or any(
                m.type == "person" and left.end <= m.start < right.start for m in mentions):
            continue
        title = title_re.search(text, left.end, right.start)
        if title is None:
            continue
        distance = len(between)
        if best is None or distance < best[0]:
            best = (distance, other, title)
    return (best[1], best[2]) if best else None
