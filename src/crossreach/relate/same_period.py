"""Figures of "the same period" ("im selben Zeitraum", "nello stesso periodo", "over the same three
months"): a rival's sales told after the subject's for the period the text has named take that
period's date, the date of the figure told before them, not one the sentence happens to reach (the
publication, a festival named paragraphs before). The words are the language's
``dates.same_period_cues``; one that a word of an earlier year follows (``dates.same_period_earlier``:
"the same period last year", "去年同期") names a comparison, not the period, and changes nothing.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from crossreach.lexicon import cue_pattern, is_spaced, load_language
from crossreach.models import Metric
from crossreach.relate.context import DocumentView
from crossreach.relate.metric_dates import STOCK_KINDS

#: How far (characters) after a same-period word a word of an earlier year still qualifies it
#: ("in the same period of the previous year", "im selben Zeitraum des Vorjahres").
_EARLIER_REACH = 25


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """The language's same-period words and its words of an earlier year; None where it lists none."""
    lexicon = load_language(lang)
    section = lexicon.section("dates")
    cues, earlier = section.get("same_period_cues"), section.get("same_period_earlier")
    if not cues:
        return None
    spaced = is_spaced(lexicon)
    return cue_pattern(cues, spaced), (cue_pattern(earlier, spaced) if earlier else None)


def names_the_period(lang: str, text: str) -> bool:
    """Whether a sentence names the period told before it: a same-period word no earlier year follows."""
    found = _patterns(lang)
    if found is None:
        return False
    cues, earlier = found
    for cue in cues.finditer(text):
        before = text[max(0, cue.start() - _EARLIER_REACH):cue.start()]
        after = text[cue.end():cue.end() + _EARLIER_REACH]
        if earlier is None or not (earlier.search(after) or earlier.search(before)):
            return True
    return False


def same_period_dates(view: DocumentView, facts: list[Metric]) -> list[Metric]:
    """The facts, each figure of a sentence that names "the same period" dated as the last dated figure
    of its kind told before that sentence, below the headline, in a sentence that does not (else the
    last of any kind but a stock, whose date is when it was read, not a period): the period the text
    named."""
    lang = view.extraction.document.lang
    if _patterns(lang) is None:
        return facts
    sentences = view.extraction.sentences
    headline = sentences[0].end if sentences else 0  # a headline's figure is dated by the body, not it
    named: dict[int, bool] = {}
    last_of_kind: dict[str, Metric] = {}  # (dated figures of sentences that name no period, told so far)
    last_flow: Metric | None = None
    dated = list(facts)
    for index in sorted(range(len(facts)), key=lambda i: facts[i].evidence.start):
        fact = facts[index]
        sentence = view.sentence_of(fact.evidence.start)
        if sentence is not None and sentence.start not in named:
            named[sentence.start] = names_the_period(lang, sentence.text)
        if sentence is None or not named[sentence.start]:
            if fact.date and fact.evidence.start >= headline:
                last_of_kind[fact.kind] = fact
                last_flow = fact if fact.kind not in STOCK_KINDS else last_flow
            continue
        anchor = last_of_kind.get(fact.kind) or last_flow
        if anchor is not None:
            dated[index] = dataclasses.replace(fact, date=anchor.date)
    return dated
