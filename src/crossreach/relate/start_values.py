"""Start values: "grew from 12,000 to 265,000 followers" states two figures, not a range.

``recognise/numbers.py`` leaves such a pair as two figures (a verb of change and a "from" opener
before the first: the language's ``numbers.change_verbs`` and ``numbers.from_openers``). The second
is where the count is now; the first is where it started, and counts what the second counts even
when its noun is said only once, after the second ("pasó de 12 mil a 265 mil seguidores").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from crossreach.models import Fact, Metric, Quantity
from crossreach.recognise.number_rules import NumberRules
from crossreach.recognise.numbers import changed_from
from crossreach.relate.context import DocumentView

#: A word between the start value and the joiner (its noun).
_WORD = re.compile(r"\s+[^\W\d_]+")


def start_values(text: str, figures: list[Quantity], rules: NumberRules) -> dict[int, int]:
    """Which figure (by index) is the start value of which end value (the figure right after it,
    past a range joiner, of the same sort)."""
    found: dict[int, int] = {}
    for index in range(len(figures) - 1):
        start, end = figures[index], figures[index + 1]
        if start.kind != end.kind or start.value is None or end.value is None:
            continue
        if (changed_from(text, start.start, rules) and _joined(text, start.end, end.start, _range_joiners, rules)) \
                or (rules.from_opener_re is not None and rules.from_opener_re.search(text, max(0, start.start - 8),
                                                                                      start.start) is not None
                    and _joined(text, start.end, end.start, _change_joiners, rules)):
            found[index] = index + 1
    return found


def _joined(text: str, left: int, right: int, joiners: Callable[[NumberRules], list[re.Pattern[str] | None]],
            rules: NumberRules) -> bool:
    """Whether one of the ``joiners`` ends the text between two figures, after at most two words (the
    start's noun: "from 1.1 million followers to 3.4 million")."""
    at = left
    for _ in range(3):
        for joiner in joiners(rules):
            found = joiner.match(text, at) if joiner is not None else None
            if found is not None and found.end() >= right - 1:
                return True
        word = _WORD.match(text, at, right)
        if word is None:
            return False
        at = word.end()
    return False


def _range_joiners(rules: NumberRules) -> list[re.Pattern[str] | None]:
    return [rules.range_joiner_re, rules.range_joiner_symbol_re]


def _change_joiners(rules: NumberRules) -> list[re.Pattern[str] | None]:
    return [rules.change_joiner_re]


def start_value_kinds(text: str, figures: list[Quantity], kinds: list[str | None],
                      rules: NumberRules) -> list[str | None]:
    """The figures' kinds with a start value that names none given its end value's."""
    named = list(kinds)
    for start, end in start_values(text, figures, rules).items():
        if named[start] is None and named[end] is not None:
            named[start] = named[end]
    return named


def started_values(view: DocumentView, facts: list[Fact], rules: NumberRules) -> list[Fact]:
    """The metrics with each start value made a total dated where the count started: the last date of
    its sentence before it that is earlier than its end value's ("abierta en agosto, pasó de 12 mil a
    265 mil": August), else none (the end value's date is not the start's)."""
    by_start = {fact.evidence.start: index for index, fact in enumerate(facts) if isinstance(fact, Metric)}
    sentences = {fact.evidence.sentence_start for fact in facts if isinstance(fact, Metric)}
    out = list(facts)
    for sentence_start in sentences:
        sentence = view.sentence_of(sentence_start)
        figures = view.quantities_in(sentence) if sentence is not None else []
        if sentence is None or len(figures) < 2:
            continue
        for start, end in start_values(view.text, figures, rules).items():
            first, last = by_start.get(figures[start].start), by_start.get(figures[end].start)
            if first is None or last is None:
                continue
            ends_at = out[last].date  # type: ignore[attr-defined]
            earlier = [d.value for d in view.dates_in(sentence) if d.value is not None and d.end <= figures[start].start
                       and (ends_at is None or _before(d.value, ends_at))]
            out[first] = replace(out[first], date=earlier[-1] if earlier else None, aspect="total")
    return out


def _before(date: str, other: str) -> bool:
    """Whether ISO date ``date`` is earlier than ``other``, compared at the coarser precision."""
    size = min(len(date), len(other))
    return date[:size] < other[:size]
