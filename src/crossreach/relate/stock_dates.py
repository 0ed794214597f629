"""Counts of followers told beside another clause's date: "the zoo, which signed a deal with Douyin in
June, now has 1.5 million followers", "该店铺2022年销售额达1.6亿元，店铺粉丝数约520万". The date is its own
clause's (a signing, a year's revenue, the past of a relative aside); a count an account has, stated in a
clause with no date, is as of publication."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache

from crossreach.lexicon import alternation, compiled, load_language, script
from crossreach.models import Metric
from crossreach.relate.context import START_CUE_REACH, DocumentView, _start_cue_re
from crossreach.relate.date_clauses import NUMBER_CLAUSE_BREAK, clause_break_between, leads_into


def _told_elsewhere(view: DocumentView, offset: int, date: str) -> bool:
    """Whether a figure at ``offset`` takes ``date`` from an earlier clause of its sentence that tells
    something else: one with a sum of money between them, or a count in the date's own clause (the date
    is that figure's: "2022年销售额达1.6亿元，店铺粉丝数约520万", "last year's Grand Prix gathered 310 million
    views, ... and F1's account has 3.8 million followers"; not a list of counts after a colon), or one
    that tells a start or a signing ("qui a signé en juin un accord, y compte 1,5 million d'abonnés": the
    language's ``dates.start_cues`` and ``dates.signing_cues``). Not a date after the figure
    ("收藏店铺的粉丝近3万，当天售出商品1.2万件": the day the sentence tells)."""
    sentence = view.sentence_of(offset)
    if sentence is None:
        return False
    dates, _ = view._dates_of(sentence)
    spans = [(start, end) for start, end, value in dates if value == date and end <= offset]
    if not spans:
        return False
    start, end = max(spans)
    if not clause_break_between(view.text, end, offset) or leads_into(view.text, start, end, offset, view.spaced):
        return False
    if any(end <= q.start and q.end <= offset
           and (q.kind == "money" or (q.kind == "count" and not clause_break_between(view.text, end, q.start)))
           for q in view.quantities_in(sentence)):
        return True
    opened = max((m.end() for m in NUMBER_CLAUSE_BREAK.finditer(view.text, sentence.start, start)),
                 default=sentence.start)
    began = _start_cue_re(view.extraction.document.lang, ("start_cues", "signing_cues"))
    return (began.search(view.text, max(opened, start - START_CUE_REACH), start) is not None
            or _relative_aside(view, opened))


@cache
def _relative_re(lang: str) -> re.Pattern[str]:
    """The language's ``metrics.relative_pronouns`` at the start of a clause."""
    words = [str(w) for w in load_language(lang).section("metrics").get("relative_pronouns") or []]
    if not words:
        return re.compile("(?!x)x")
    return compiled(rf"\s*(?:{alternation(words)})(?![^\W\d_])", re.IGNORECASE)


def _relative_aside(view: DocumentView, opened: int) -> bool:
    """Whether the clause opening at ``opened`` is a relative aside, a comma then a relative pronoun
    ("Visit Iceland, que desembarcó en Xiaohongshu en 2022, suma 540.000 seguidores", "British Airways,
    which resumed Beijing flights in 2024, reported 1.4 million followers"): it tells the name's past,
    and the count its main clause gives is as of now."""
    return (opened > 0 and view.text[opened - 1] in script().commas
            and _relative_re(view.extraction.document.lang).match(view.text, opened) is not None)


def gain_sentences(facts: list[Metric]) -> set[int]:
    """Where the sentences start that tell a gain: a total stated beside one ("added 224,000 over the
    period, taking its total to 8.7 million") is as of the gain's period, not of its publication."""
    return {fact.evidence.sentence_start for fact in facts if fact.aspect == "change"}


def stocks_told_elsewhere(view: DocumentView, facts: list[Metric], kinds: frozenset[str],
                          as_of: Callable[[DocumentView, int], str | None]) -> list[Metric]:
    """The facts, each total of ``kinds`` that its sentence dates only by another clause's date
    (``_told_elsewhere``) dated as of publication (or the date its counts stand at, ``as_of``),
    unless the sentence also tells a gain (its total is as of the gain's period)."""
    published = view.extraction.document.published
    if not published:
        return facts
    gains = gain_sentences(facts)
    out = []
    for fact in facts:
        if (fact.kind in kinds and fact.aspect == "total" and fact.date is not None
                and fact.date != published and fact.evidence.sentence_start not in gains
                and (sentence := view.sentence_of(fact.evidence.start)) is not None
                and view.sentence_date(sentence, fact.evidence.start) == fact.date
                and _told_elsewhere(view, fact.evidence.start, fact.date)):
            fact = dataclasses.replace(fact, date=as_of(view, sentence.start) or published)
        out.append(fact)
    return out
