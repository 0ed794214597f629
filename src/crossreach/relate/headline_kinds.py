"""One kind a figure: a headline that restates a figure of the body states the same fact, of the kind
the body gives it.

A headline is written short, and its cue word is often looser than the body's sentence: "Chicco, il
618 vale 86 milioni di yuan" (a word of worth: a deal's value) for the body's "vendite per 86 milioni di
yuan" (sales); "DFL verkauft Bundesliga-Clips an Douyin – 45 Millionen Euro" (a selling word) for "zahlt
Douyin dafür rund 45 Millionen Euro" (the deal's value); "crowd hits record 215,000" for "215,000
spectators passed through the gates". Read apart, the two statements are two facts of two kinds, one
of them wrong; given the body's kind, they are one fact (``one_owner_a_figure`` then gives them one owner,
and ``resolve.facts`` merges them, every evidence kept).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable

from crossreach.models import Metric


def _figure(fact: Metric) -> Hashable:
    """What makes two statements one figure, their kind aside: the value to three significant digits (or
    the range), its currency (a sum or a count) and its aspect."""
    value = float(f"{fact.value:.3g}") if fact.value is not None else fact.range
    return value, fact.currency, fact.aspect


def body_kinds(facts: list[Metric], headline_end: int) -> list[Metric]:
    """The facts, each figure of the headline (the text's first sentence, ending at ``headline_end``) that
    the body states too with another kind given the body's first kind."""
    body: dict[Hashable, str] = {}
    for fact in facts:
        if fact.evidence.sentence_start >= headline_end:
            body.setdefault(_figure(fact), fact.kind)
    return [dataclasses.replace(fact, kind=kind)
            if fact.evidence.sentence_end <= headline_end and (kind := body.get(_figure(fact), fact.kind)) != fact.kind
            else fact for fact in facts]
