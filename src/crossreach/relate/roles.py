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
from crossreach.lexicon import LanguageLexicon
from crossreach.models import Extraction, Fact, Mention, Role
from crossreach.relate.context import DocumentView, cue_pattern, evidence

#: The most text that may stand between a person and the organization of the title (spaced, unspaced).
_SPAN, _SPAN_UNSPACED = 70, 16
_ORGANIZATION_TYPES = ("organization", "platform")


@cache
def _titles(lexicon: LanguageLexicon, spaced: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    titles = {str(k).casefold(): str(v) for k, v in (lexicon.section("roles").get("titles") or {}).items()}
    return cue_pattern(titles, spaced), titles


def relate_roles(extraction: Extraction, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The role facts of one document."""
    view = DocumentView(extraction)
    title_re, titles = _titles(lexicon, view.spaced)
    span = _SPAN if view.spaced else _SPAN_UNSPACED
    facts: list[Fact] = []
    for sentence in extraction.sentences:
        mentions = view.mentions_in(sentence)
        for person in (m for m in mentions if m.type == "person"):
            role = _role_of(view.text, person, mentions, title_re, span)
            if role is None:
                continue
            organization, title_match = role
            title = title_match.group()
            start, end = min(person.start, organization.start), max(person.end, organization.end)
            facts.append(Role(person=person.name, organization=organization.name, title=title,
                              title_normalised=titles.get(title.casefold()),
                              evidence=evidence(sentence, start, end), confidence=0.7))
    return facts


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
        if len(between) > span or any(m.type == "person" and left.end <= m.start < right.start for m in mentions):
            continue
        title = title_re.search(between)
        if title is None and other.end <= person.start:
            # "LVMH Global Brand Officer Mathilde Delhoume": the title may end right before the person
            title = title_re.search(text[other.end:person.start])
        if title is None:
            continue
        distance = len(between)
        if best is None or distance < best[0]:
            best = (distance, other, title)
    return (best[1], best[2]) if best else None
