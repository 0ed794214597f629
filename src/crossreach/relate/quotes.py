"""Quotes: direct quotations and their speakers.

A quotation is text between paired quote marks (“ ” « » „ “ 「 」 『 』 "…"), long
enough to be speech rather than a scare-quoted term. Its speaker is the person
named next to a speech verb right after it ("…," said Helen Marsh), right
before it (吴晨表示：「…」), a pronoun after it ("he said": the last person
named), the subject of the sentence a colon before it ends ("X thanked the
public: “…”"), a speaker named in an aside between dashes inside it, or, for a
quotation that goes on after an attribution, the speaker of the part before it in
the same paragraph.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon, cue_pattern
from crossreach.models import Fact, Mention, Quote
from crossreach.relate.context import DocumentView, evidence

_QUOTATION = re.compile(r"“([^”“\n]+)”|«\s?([^»«\n]+?)\s?»|„([^“”\n]+)[“”]|「([^」\n]+)」|『([^』\n]+)』"
                        r"|\"([^\"\n]+)\"")
#: Words (or, unspaced, characters) a quotation needs to count as speech.
_MIN_WORDS, _MIN_CHARS = 5, 10
#: How far from the quotation an attribution may stand.
_WINDOW = 90
#: An aside between dashes inside a quotation ("… - ha spiegato X, presidente di Y - …").
_ASIDE = re.compile(r"\s[-–—]\s([^-–—\n]{3,120}?)\s[-–—](?=[\s.,;:])")


@cache
def _cues(lexicon: LanguageLexicon, spaced: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    section = lexicon.section("quotes")
    return cue_pattern(section.get("verbs"), spaced), cue_pattern(section.get("pronouns"), spaced)


def relate_quotes(view: DocumentView, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The quote facts of one document."""
    verbs, pronouns = _cues(lexicon, view.spaced)
    text = view.text
    facts: list[Fact] = []
    previous: tuple[int, str] | None = None  # end offset and speaker of the last quotation
    for match in _QUOTATION.finditer(text):
        body = next(g for g in match.groups() if g is not None).strip()
        if not _is_speech(body, view.spaced):
            continue
        speaker = _speaker(view, match.start(), match.end(), verbs, pronouns)
        if speaker is None and (interrupted := _interrupted(view, match.start(), match.end(), verbs)):
            speaker, body = interrupted
        if speaker is None and previous is not None and "\n" not in text[previous[0]:match.start()]:
            speaker = previous[1]
        sentence = view.sentence_of(match.start())
        if speaker is None or sentence is None:
            continue
        previous = (match.end(), speaker)
        facts.append(Quote(speaker=speaker, text=body, evidence=evidence(sentence, match.start(), match.end()),
                           confidence=0.8))
    return facts


def _is_speech(body: str, spaced: bool) -> bool:
    return len(body.split()) >= _MIN_WORDS if spaced else len(body) >= _MIN_CHARS


def _speaker(view: DocumentView, start: int, end: int, verbs: re.Pattern[str],
             pronouns: re.Pattern[str]) -> str | None:
    text = view.text
    after_end = _stop(text, end, end + _WINDOW)
    after = text[end:after_end]
    people_after = [m for m in view.extraction.mentions if m.type == "person" and end <= m.start < after_end]
    verb_after = verbs.search(after)
    if people_after and verb_after:
        return people_after[0].name
    before_start = _stop_back(text, start, start - _WINDOW)
    before = text[before_start:start]
    people_before = [m for m in view.extraction.mentions if m.type == "person" and before_start <= m.start
                     and m.end <= start]
    if people_before and verbs.search(before[before.find(people_before[-1].text):] if people_before else ""):
        return people_before[-1].name
    if verb_after and pronouns.search(after[:verb_after.end() + 12]):
        person: Mention | None = view.last_person_before(start)
        return person.name if person else None
    if people_after and after.lstrip(" ,.").startswith(people_after[0].text):
        return people_after[0].name
    if before.rstrip().endswith((":", "：")):
        return _introducer(view, before_start + len(before.rstrip()) - 1)
    return None


def _introducer(view: DocumentView, colon: int) -> str | None:
    """Who a colon hands the word to ("Nick Marchand, head of …, thanked the public: “…”"): the
    first person of the sentence it ends, the subject as a rule, however far before."""
    sentence = view.sentence_of(colon)
    if sentence is None:
        return None
    people = [m for m in view.mentions_in(sentence) if m.type == "person" and m.end <= colon]
    return people[0].name if people else None


def _interrupted(view: DocumentView, start: int, end: int, verbs: re.Pattern[str]) -> tuple[str, str] | None:
    """A quotation its attribution interrupts («A - ha spiegato Martin Lau, presidente di Tencent -. B»):
    the speaker named after a speech verb between dashes inside it, and the words without the aside."""
    inside = view.text[start:end]
    for aside in _ASIDE.finditer(inside):
        verb = verbs.search(aside.group(1))
        if verb is None:
            continue
        people = [m for m in view.extraction.mentions if m.type == "person"
                  and start + aside.start(1) + verb.end() <= m.start < start + aside.end(1)]
        if people:
            rest = inside[aside.end():]
            words = inside[:aside.start()].rstrip() + (rest if rest[:1] in ".,;:" else " " + rest.lstrip())
            words = words.strip(" «»“”\"„「」『』")
            return people[0].name, words
    return None


def _stop(text: str, start: int, limit: int) -> int:
    """Where the attribution window after a quotation ends: the paragraph end or the next quotation."""
    end = min(limit, len(text))
    for mark in ("\n", "“", "«", "„", "「", "『"):
        found = text.find(mark, start, end)
        if found != -1:
            end = found
    return end


def _stop_back(text: str, end: int, limit: int) -> int:
    start = max(limit, 0)
    for mark in ("\n", "”", "»", "」", "』"):
        found = text.rfind(mark, start, end)
        if found != -1:
            start = found + 1
    return start
