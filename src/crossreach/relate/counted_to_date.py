"""Figures counted up to now: "a read-along has been played 38 million times", "la cuenta acumula 96.000
seguidores", "已累计播放1.2亿次". A figure its clause gives as a running count, with no date of its own, is as
of publication, not of the last event the text told before it (a deal agreed in June, a show's premiere)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from crossreach.lexicon import cue_pattern, is_spaced, load_language
from crossreach.models import Metric
from crossreach.relate.context import DocumentView
from crossreach.relate.date_clauses import NUMBER_CLAUSE_BREAK

#: How far before a figure (characters) a word of a running count may stand, in the figure's clause.
TO_DATE_REACH = 40


@cache
def _to_date_re(lang: str) -> re.Pattern[str]:
    """The language's ``dates.to_date_cues`` ("has been viewed", "acumula", "已累计")."""
    lexicon = load_language(lang)
    return cue_pattern(lexicon.section("dates").get("to_date_cues"), is_spaced(lexicon))


def _counted_to_date(view: DocumentView, start: int, offset: int) -> bool:
    """Whether a word of a running count stands before a figure at ``offset`` in its clause (its sentence
    opens at ``start``)."""
    low = max(start, offset - TO_DATE_REACH)
    low = max((m.end() for m in NUMBER_CLAUSE_BREAK.finditer(view.text, low, offset)), default=low)
    return _to_date_re(view.extraction.document.lang).search(view.text, low, offset) is not None


def counted_to_date(view: DocumentView, facts: list[Metric]) -> list[Metric]:
    """The facts, each figure but a deal's value whose sentence gives no date and whose clause gives it
    as a running count (``_counted_to_date``) dated as the publication."""
    published = view.extraction.document.published
    if not published:
        return facts
    out = []
    for fact in facts:
        sentence = view.sentence_of(fact.evidence.start)
        if (fact.kind != "deal_value" and fact.date != published and sentence is not None
                and view.sentence_date(sentence, fact.evidence.start) is None
                and _counted_to_date(view, sentence.start, fact.evidence.start)):
            fact = dataclasses.replace(fact, date=published)
        out.append(fact)
    return out
