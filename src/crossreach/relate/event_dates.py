"""Figures dated by the event their sentence names: "During the livestream, the brand sold 100,000
bottles" takes the day of the sentence that told the livestream ("On November 3, Li Jiaqi hosted a
livestream"), not the last date written before it (a store opened on October 20, told in between)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from crossreach.lexicon import alternation, compiled, is_spaced, load_language
from crossreach.models import Metric, Sentence
from crossreach.relate.context import PARAGRAPH_REACH, DocumentView

#: How many sentences back the sentence that told an event is looked for.
EVENT_SENTENCES_BACK = 12


@cache
def _event_re(lang: str) -> re.Pattern[str] | None:
    """The language's ``dates.dated_events`` nouns ("livestream", "campagna", "直播"), a whole word
    where words are spaced (a plural ending of up to two letters allowed); None where it lists none."""
    lexicon = load_language(lang)
    nouns = [str(n) for n in lexicon.section("dates").get("dated_events") or []]
    if not nouns:
        return None
    if not is_spaced(lexicon):
        return compiled(f"(?P<noun>{alternation(nouns)})")
    return compiled(rf"(?<![^\W\d_])(?P<noun>{alternation(nouns)})(?:[^\W\d_]{{0,2}})(?![^\W\d_])",
                      re.IGNORECASE)


def _events_in(view: DocumentView, sentence: Sentence) -> dict[str, int]:
    """The event nouns a sentence names (casefolded), each with the offset of its first mention."""
    key = ("events named", sentence.start)
    if key not in view.memo:
        pattern = _event_re(view.extraction.document.lang)
        found: dict[str, int] = {}
        if pattern is not None:
            for match in pattern.finditer(view.text, sentence.start, sentence.end):
                found.setdefault(match["noun"].casefold(), match.start())
        view.memo[key] = found
    return view.memo[key]


def _event_date(view: DocumentView, sentence: Sentence) -> str | None:
    """The date of the last sentence before ``sentence`` that names an event ``sentence`` names and
    gives a date of its own (the one nearest that noun), a paragraph or so back at most."""
    nouns = _events_in(view, sentence)
    if not nouns:
        return None
    sentences = view.extraction.sentences
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - EVENT_SENTENCES_BACK), -1):
        earlier = sentences[index]
        if sentence.start - earlier.end > PARAGRAPH_REACH:
            return None
        named = _events_in(view, earlier)
        if not any(noun in nouns for noun in named) or any(view.tells_background(d) for d in view.dates_in(earlier)):
            continue  # ("the concert was presented under a memorandum signed in June": the deal's date)
        for noun, offset in named.items():
            if noun in nouns and (date := view.sentence_date(earlier, offset)) is not None:
                return date
    return None


def dated_by_event(view: DocumentView, facts: list[Metric], stock_kinds: frozenset[str]) -> list[Metric]:
    """The facts, each figure (but a total of ``stock_kinds``, as of publication) whose sentence
    gives no date and names an event (``dates.dated_events``) dated as the last sentence before it
    that names that event and dates it, unless that date says less than the one it has ("the fair"
    told in "this year's fair", a month known). A sentence whose date is a deal's background
    (``DocumentView.tells_background``) tells no event."""
    out = []
    for fact in facts:
        sentence = view.sentence_of(fact.evidence.start)
        if (sentence is not None and not (fact.kind in stock_kinds and fact.aspect == "total")
                and view.sentence_date(sentence, fact.evidence.start) is None
                and (date := _event_date(view, sentence)) is not None and date != fact.date
                and (fact.date is None or len(date) >= len(fact.date))):
            fact = dataclasses.replace(fact, date=date)
        out.append(fact)
    return out
