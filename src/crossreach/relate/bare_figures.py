"""Figures that name nothing after them, and the sums among them whose currency is left unsaid.

A figure is bare when no word says what it counts: punctuation, a preposition or a date follows it
("206 million at mid-year", "580,000 last year"), not a noun ("2.1 million inhabitants"). A bare
count of a scale word (millions, milioni, 万) is a sum of money whose currency the writer did not
repeat when the figure before it in its sentence is a sum ("faturou 128 milhões de euros em 2023,
dos quais cerca de 3,5 milhões na Grande China", "7,2 milhões de yuans, seguida por O Boticário,
com 4,9 milhões"): it is in that currency. With no sum before it, a money word naming it ("ingresos
globales de 2.290 millones", "revenue of 3.1 billion") makes it a sum of a currency left unsaid,
unless that word counts units too ("sold 3 million"), which a count may be. A word of another kind
between the sum and the count names the count ("粉丝数已逾500万": the noun may come first).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.context import CLAUSE_BREAK, DocumentView
from crossreach.relate.metric_kinds import MONEY_KINDS

#: The mentions that name an owner of their own.
_NAMED = ("organization", "person", "platform")
#: The smallest bare count read as a sum with its currency left unsaid (a scale word writes it).
_SMALLEST_SUM = 100_000


def bare_figure(view: DocumentView, sentence: Sentence, figure: Quantity, tail: re.Pattern[str]) -> bool:
    """Whether no word names what a figure counts (``tail``: what may follow a bare figure)."""
    if tail.match(view.text, figure.end, sentence.end):
        return True
    return any(0 <= d.start - figure.end <= 1 for d in view.dates_in(sentence))


def elided_sums(text: str, figures: list[Quantity], cues: list[tuple[int, int, str]], units: frozenset[str],
                reach: float, bare: Callable[[Quantity], bool], names: list[Mention]) -> list[Quantity]:
    """The figures of a sentence, the bare counts of a scale word that are sums made sums. A name
    between the sum and the count (``names``: the sentence's mentions) leaves the count as it is: it
    may be that name's, of another kind, and its owner is read from the names around it, which this
    module does not."""
    made = list(figures)
    for index, figure in enumerate(figures):
        if figure.kind != "count" or figure.range is not None or (figure.value or 0) < _SMALLEST_SUM \
                or not any(ch.isalpha() for ch in figure.text) or not bare(figure):
            continue
        before = made[index - 1] if index else None
        named = [cue for cue in cues if cue[1] <= figure.start and (before is None or cue[0] >= before.end)]
        if any(cue[2] not in MONEY_KINDS for cue in named):
            continue  # (a count's own word names it: "粉丝数已逾500万", the noun before the figure)
        if before is not None and before.kind == "money":
            if not any(before.end <= name.start and name.end <= figure.start and name.type in _NAMED for name in names):
                made[index] = dataclasses.replace(figure, kind="money", currency=before.currency)
            continue
        if named and text[named[-1][0]:named[-1][1]].casefold() not in units \
                and figure.start - named[-1][1] <= reach and not CLAUSE_BREAK.search(text, named[-1][1], figure.start):
            made[index] = dataclasses.replace(figure, kind="money")
    return made
