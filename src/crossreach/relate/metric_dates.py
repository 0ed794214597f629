"""Dates of figures stated more than once: a repeat without a date of its own takes the dated one's."""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable

from crossreach.models import Metric
from crossreach.relate.context import DocumentView


def _figure_key(fact: Metric) -> Hashable:
    """A figure as its repeats share it: kind and value to three significant digits (a headline's
    "3.2 mln" and the body's "3,2 millions" agree), or its range."""
    value = float(f"{fact.value:.3g}") if fact.value is not None else fact.range
    return fact.kind, value


def dated_repeats(view: DocumentView, facts: list[Metric]) -> list[Metric]:
    """The facts, each repeat of a figure whose sentence gives no date (a headline's "draws 3.2
    million viewers") dated as the statement of the same figure whose sentence does (the lead's
    "on Wednesday ... drew 3.2 million viewers"): the figure belongs to that event."""
    own: dict[Hashable, str] = {}
    stated: list[bool] = []
    for fact in facts:
        sentence = view.sentence_of(fact.evidence.start)
        date = view.sentence_date(sentence, fact.evidence.start) if sentence is not None else None
        stated.append(date is not None)
        if date is not None:
            own.setdefault(_figure_key(fact), date)
    return [fact if has_own or _figure_key(fact) not in own
            else dataclasses.replace(fact, date=own[_figure_key(fact)])
            for fact, has_own in zip(facts, stated, strict=True)]
